import { describe, expect, it } from 'vitest';
import { ModelLoadFailed, ThreadedGenerator } from '../../src/engine/index.js';

const log = { info: () => undefined, warn: () => undefined };
const request = { shots: [{ caption: 'x', frames: 16 }], width: 32, height: 32, seed: 1 };

describe('model thread', () => {
  it('GIVEN a model in its thread THEN steps are reported and frames come back', async () => {
    const host = await ThreadedGenerator.start(
      { modelDir: 'test-pattern:10', device: 'cpu', threads: 0 },
      log,
    );
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
    const host = await ThreadedGenerator.start(
      { modelDir: 'test-pattern:100', device: 'cpu', threads: 0 },
      log,
    );
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
    const start = ThreadedGenerator.start({ modelDir: '/nonexistent/model', device: 'cpu', threads: 0 }, log);
    await expect(start).rejects.toBeInstanceOf(ModelLoadFailed);
    await expect(start).rejects.toThrow(/\/nonexistent\/model/);
  });
});
