// Opens the real ComfyUI generator against local fake servers, for the conformance suite, tests and bench.
import { join } from 'node:path';
import { ComfyUIGenerator as Generator } from '../../src/engine/backends/comfyui/generator.js';
import { type ComfyUIGenerator, loadWorkflow, ServerPool } from '../../src/engine/backends/comfyui/index.js';
import { findFfmpeg } from '../../src/engine/encoder/index.js';
import type { VideoGenerator } from '../../src/engine/generator.js';
import { type FakeComfyOptions, FakeComfyUI } from './comfyui.js';

/** The test workflows folder: `tiny` is Wan 2.2's graphs at 64×48, 8 fps, with a first-and-last-frame graph. */
export const TEST_WORKFLOWS = join(import.meta.dirname, '..', 'fixtures', 'comfyui');

/** Fake servers and the generator driving them; `close` stops both. */
export interface FakeComfySetup {
  generator: ComfyUIGenerator;
  fakes: FakeComfyUI[];
  /** The generator as the conformance suite takes it: closing it stops the fakes as well. */
  asVideoGenerator(): VideoGenerator;
  close(): Promise<void>;
}

/** What to open: how many fakes, which workflow (from `workflowsRoot`, default the test workflows). */
export type FakeComfySetupOptions = {
  servers?: number;
  workflow?: string;
  workflowsRoot?: string;
  pollMs?: number;
  retryMs?: number;
} & Partial<FakeComfyOptions>;

/** The real generator on the given server URLs, with a quiet log. */
export async function comfyGenerator(
  urls: string[],
  options: FakeComfySetupOptions = {},
): Promise<ComfyUIGenerator> {
  const ffmpeg = (await findFfmpeg()).path;
  const workflow = await loadWorkflow(options.workflowsRoot ?? TEST_WORKFLOWS, options.workflow ?? 'tiny');
  return new Generator(workflow, new ServerPool(urls, { headers: {}, timeoutMs: 5000 }), {
    ffmpeg,
    log: { info: () => {}, warn: () => {} },
    pollMs: options.pollMs ?? 1000,
    retryMs: options.retryMs ?? 10_000,
  });
}

export async function openFakeComfy(options: FakeComfySetupOptions = {}): Promise<FakeComfySetup> {
  const ffmpeg = (await findFfmpeg()).path;
  const fakes = Array.from(
    { length: options.servers ?? 1 },
    () => new FakeComfyUI({ stepMs: 15, ...options, ffmpeg }),
  );
  const urls = await Promise.all(fakes.map((f) => f.start()));
  const generator = await comfyGenerator(urls, options);
  const close = async () => {
    await generator.close();
    await Promise.all(fakes.map((f) => f.close()));
  };
  return {
    generator,
    fakes,
    close,
    asVideoGenerator: () => ({
      info: generator.info,
      generate: (request, hooks) => generator.generate(request, hooks),
      close,
    }),
  };
}
