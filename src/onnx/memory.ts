import { readdir, stat } from 'node:fs/promises';
import { freemem } from 'node:os';
import { join } from 'node:path';
import type { Device } from './device.js';
import { ModelTooLarge } from './errors.js';
import type { Log } from './log.js';

const WEIGHT_FILE = /\.(onnx|onnx_data|onnx\.data|pb|bin)$/;

/** Sum of the sizes of every ONNX graph and external-weights file under `dir`, in bytes. */
export async function modelBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await modelBytes(path);
    else if (WEIGHT_FILE.test(entry.name)) total += (await stat(path)).size;
  }
  return total;
}

/** What the memory check needs to know about the device. */
export interface MemoryBudget {
  device: Device;
  /**
   * Memory the model may use, in bytes. On CPU it defaults to the host's available memory; on CUDA node
   * cannot query the GPU, so the operator states it (ENGINE_DEVICE_MEMORY_MB) or the check is skipped.
   */
  availableBytes?: number;
  log: Log;
}

/**
 * Weights plus this fraction again must fit: activations, the runtime's arena and the decoded clip need room
 * too. A model that would not fit is refused with a message instead of being killed by the OOM killer halfway
 * through loading.
 */
export const MEMORY_HEADROOM = 0.2;

/** Refuses a model folder whose weights do not fit the device's memory; returns the weights' size. */
export async function assertModelFits(dir: string, budget: MemoryBudget): Promise<number> {
  const bytes = await modelBytes(dir);
  const available = budget.availableBytes ?? (budget.device === 'cpu' ? freemem() : undefined);
  const mib = (n: number) => `${Math.round(n / 2 ** 20)} MiB`;
  if (available === undefined) {
    budget.log.warn('onnx: GPU memory unknown, skipping the model size check (set ENGINE_DEVICE_MEMORY_MB)', {
      modelBytes: bytes,
    });
    return bytes;
  }
  if (bytes * (1 + MEMORY_HEADROOM) > available) {
    throw new ModelTooLarge(
      `the model in ${dir} has ${mib(bytes)} of weights but only ${mib(available)} of ${budget.device} memory ` +
        `is available (it needs about ${mib(bytes * (1 + MEMORY_HEADROOM))}); use a smaller model, a host with ` +
        'more memory, or a GPU (docs/gpu.md)',
      { modelBytes: bytes, availableBytes: available, device: budget.device },
    );
  }
  return bytes;
}
