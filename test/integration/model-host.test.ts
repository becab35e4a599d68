import { describe, expect, it } from 'vitest';
import { UnsupportedRequest } from '../../src/engine/generators/index.js';
import { ModelLoadFailed, ThreadedGenerator } from '../../src/engine/index.js';

const log = { info: () => undefined, warn: () => undefined };
const request = { shots: [{ caption: 'x', frames: 16 }], width: 32, height: 32, seed: 1 };

describe('model thread', () => {
  it('GIVEN a model in its thread THEN steps are reported and frames come back', async () => {
    const host = await ThreadedGenerator.start({ kind: 'test-pattern', options: { stepMs: 10 } }, log);
    try {
      const steps: number[] = [];
      const clip = await host.generate(request, { onStep: ({ step }) => steps.push(step) });
      expect(steps).toEqual([1, 2, 3, 4]);
      expect(clip.frames).toHaveLength(16);
      expect(clip.frames[0]!.length).toBe(32 * 32 * 3);
    } finally {
      await host.close();
    }
  });

  it('GIVEN a generation in flight WHEN its signal aborts THEN it rejects with AbortError and the thread stays usable', async () => {
    const host = await ThreadedGenerator.start({ kind: 'test-pattern', options: { stepMs: 100 } }, log);
    try {
      const controller = new AbortController();
      const pending = host.generate(
        { ...request, steps: 50 },
        {
          signal: controller.signal,
          onStep: ({ step }) => step === 2 && controller.abort(),
        },
      );
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
      const again = await host.generate({ ...request, steps: 1 });
      expect(again.frames).toHaveLength(16);
    } finally {
      await host.close();
    }
  });

  it('GIVEN a model folder that does not exist THEN loading fails with a message naming it', async () => {
    const start = ThreadedGenerator.start(
      { kind: 'onnx', modelDir: '/nonexistent/model', device: 'cpu', threads: 0 },
      log,
    );
    await expect(start).rejects.toBeInstanceOf(ModelLoadFailed);
    await expect(start).rejects.toThrow(/\/nonexistent\/model/);
  });

  it('GIVEN a request the model refuses THEN the refusal arrives typed (UnsupportedRequest), so the engine can tell it from a crash', async () => {
    const host = await ThreadedGenerator.start(
      { kind: 'onnx', modelDir: 'test/fixtures/models/zoetrope-dit-tiny', device: 'cpu', threads: 1 },
      log,
    );
    try {
      const refused = host.generate({ ...request, width: 12, height: 12 });
      await expect(refused).rejects.toBeInstanceOf(UnsupportedRequest);
      const clip = await host.generate({
        ...request,
        shots: [{ caption: 'x', frames: 8 }],
        width: 8,
        height: 8,
      });
      expect(clip.frames).toHaveLength(8);
    } finally {
      await host.close();
    }
  });
});
