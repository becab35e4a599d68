import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerationRequest, VideoGenerator } from '../../src/engine/generator.js';
import { loadGenerator } from '../../src/engine/generators/index.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'models', 'text-to-video-sd-tiny');

function request(extra: Partial<GenerationRequest> = {}): GenerationRequest {
  return {
    shots: [{ caption: 'the cat on the red dog', frames: 16 }],
    width: 16,
    height: 16,
    seed: 3,
    steps: 4,
    ...extra,
  };
}

let gen: VideoGenerator;
beforeAll(async () => {
  gen = await loadGenerator(DIR, { device: 'cpu', threads: 1 });
});
afterAll(async () => {
  await gen.close();
});

describe('TextToVideoSDPipeline on the tiny UNet3D-shaped fixture', () => {
  it('GIVEN a folder without a card THEN it loads with the default prose card', () => {
    expect(gen.info.generator).toBe('onnx:TextToVideoSDPipeline');
    expect(gen.info.card.caption_language.style).toBe('prose');
  });

  // Frame count and shape, progress, seed determinism, abort, refusing known frames (no vae_encoder) and
  // sizes off the 8-pixel latent grid: the conformance suite (test/conformance/generators.test.ts).

  it('GIVEN int32 input_ids and an int64 [1] timestep in the export THEN it generates 16 RGB frames', async () => {
    const a = await gen.generate(request());
    expect(a.frames).toHaveLength(16);
    expect(a.frames[0]).toHaveLength(16 * 16 * 3);
    // Not a saturated or constant image: the VAE output went through the scaling factor and [-1, 1] mapping.
    expect(new Set(a.frames[0]).size).toBeGreaterThan(4);
  });

  it('GIVEN a clip longer than the window THEN it chains windows in latent space without a VAE encoder', async () => {
    const steps: number[] = [];
    const clip = await gen.generate(request({ shots: [{ caption: 'a dog', frames: 24 }] }), {
      onStep: (p) => steps.push(p.totalSteps),
    });
    expect(clip.frames).toHaveLength(24);
    expect(steps[0]).toBe(8); // two windows × 4 steps
  });
});

describe('TextToVideoSDPipeline with each scheduler config', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zoetrope-sd-'));
    await cp(DIR, dir, { recursive: true });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true });
  });
  const configs = [
    { _class_name: 'DPMSolverMultistepScheduler', prediction_type: 'epsilon', timestep_spacing: 'linspace' },
    { _class_name: 'EulerDiscreteScheduler', prediction_type: 'v_prediction', timestep_spacing: 'trailing' },
    { _class_name: 'DDIMScheduler', beta_schedule: 'linear', timestep_spacing: 'trailing' },
  ];
  for (const config of configs) {
    it(`GIVEN ${config._class_name} (${config.prediction_type ?? 'epsilon'}) THEN it samples finite frames`, async () => {
      await writeFile(
        join(dir, 'scheduler', 'scheduler_config.json'),
        JSON.stringify({
          num_train_timesteps: 1000,
          beta_start: 0.00085,
          beta_end: 0.012,
          beta_schedule: 'scaled_linear',
          ...config,
        }),
      );
      const g = await loadGenerator(dir, { device: 'cpu', threads: 1 });
      try {
        const clip = await g.generate(request({ shots: [{ caption: 'a cat', frames: 16 }] }));
        expect(clip.frames).toHaveLength(16);
        expect(new Set(clip.frames[5]).size).toBeGreaterThan(1);
      } finally {
        await g.close();
      }
    });
  }
});
