import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What the operator asks for (ENGINE_DEVICE): `auto` picks CUDA when its provider is installed. */
export type DeviceRequest = 'auto' | 'cpu' | 'cuda';

/** The device a session actually runs on. */
export type Device = 'cpu' | 'cuda';

/** What each device means for ONNX Runtime: its execution providers, in priority order, and what it supports. */
export interface DeviceProfile {
  /** Execution providers handed to ONNX Runtime; CPU stays last so nodes a GPU kernel lacks still run. */
  readonly providers: readonly string[];
  /**
   * Whether float16 weights are worth feeding natively. onnxruntime-node exposes no IO binding to device
   * buffers for CUDA (that is WebGPU-only in its JS API), so the closest thing used here is pre-allocated,
   * reused output tensors, which work on every provider.
   */
  readonly fp16: boolean;
}

/** The one device → execution-provider table; frozen so nothing can re-route sessions at run time. */
export const DEVICE_PROFILES: Readonly<Record<Device, DeviceProfile>> = Object.freeze({
  cpu: Object.freeze({ providers: Object.freeze(['cpu']), fp16: false }),
  cuda: Object.freeze({ providers: Object.freeze(['cuda', 'cpu']), fp16: true }),
});

/** What the host offers, probed once; passed in explicitly so device choice is testable. */
export interface DeviceProbe {
  /** Whether onnxruntime-node's CUDA provider library is installed next to its binding. */
  cudaProviderInstalled: boolean;
}

/** The chosen device and a sentence saying why, for the start-up log line. */
export interface DeviceChoice {
  device: Device;
  providers: readonly string[];
  reason: string;
}

/** Looks for `libonnxruntime_providers_cuda.so` (or the Windows DLL) in onnxruntime-node's binary folder. */
export function probeDevice(): DeviceProbe {
  try {
    const require = createRequire(import.meta.url);
    const pkg = dirname(require.resolve('onnxruntime-node/package.json'));
    const bin = join(pkg, 'bin', 'napi-v6', process.platform, process.arch);
    const names = ['libonnxruntime_providers_cuda.so', 'onnxruntime_providers_cuda.dll'];
    return { cudaProviderInstalled: names.some((n) => existsSync(join(bin, n))) };
  } catch {
    return { cudaProviderInstalled: false };
  }
}

/** Maps ENGINE_DEVICE and what the host offers to a device, with the reason that goes in the log. */
export function chooseDevice(request: DeviceRequest, probe: DeviceProbe): DeviceChoice {
  const pick = (device: Device, reason: string): DeviceChoice => ({
    device,
    providers: DEVICE_PROFILES[device].providers,
    reason,
  });
  if (request === 'cpu') return pick('cpu', 'ENGINE_DEVICE=cpu');
  if (probe.cudaProviderInstalled) {
    return pick('cuda', `ENGINE_DEVICE=${request} and the CUDA execution provider is installed`);
  }
  if (request === 'cuda') {
    // Explicit requests are honoured or refused, never silently downgraded: a GPU host quietly running on
    // CPU would be two orders of magnitude slower and look like a hang.
    return pick(
      'cuda',
      'ENGINE_DEVICE=cuda (CUDA provider library not found; session creation will say why)',
    );
  }
  return pick(
    'cpu',
    'ENGINE_DEVICE=auto and the CUDA execution provider is not installed (see docs/gpu.md); using CPU',
  );
}
