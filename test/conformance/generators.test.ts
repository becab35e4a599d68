// Every VideoGenerator the engine can choose runs the same conformance suite (./generator.ts). A new
// backend adds one line here, with a local fake of its server if it is remote.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { loadGenerator } from '../../src/engine/generators/index.js';
import { ThreadedGenerator } from '../../src/engine/model-host/index.js';
import { TestPatternGenerator } from '../../src/engine/test-pattern.js';
import { openFakeComfy } from '../fakes/comfyui-generator.js';
import { openFakeFalGenerator } from '../helpers/fal-generator.js';
import { describeGeneratorConformance } from './generator.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'models');
// The built-in model; ZOETROPE_BUILTIN_MODEL points at another folder of the same class (as in
// test/unit/pipeline-builtin.test.ts).
const BUILTIN =
  process.env.ZOETROPE_BUILTIN_MODEL ?? join(import.meta.dirname, '..', '..', 'models', 'zoetrope-tiny');
const builtinPresent = existsSync(join(BUILTIN, 'model_index.json'));

// One intra-op thread: CI has two cores and runs test files one after another.
const cpu = { device: 'cpu', threads: 1 } as const;

describe.skipIf(!builtinPresent)('the built-in model', () => {
  // Pixel space: known frames come back exactly.
  describeGeneratorConformance(
    'ZoetropeDiTPipeline (models/zoetrope-tiny)',
    () => loadGenerator(BUILTIN, cpu),
    {
      deterministic: true,
      knownTolerance: 0,
    },
  );
});

describeGeneratorConformance(
  'ZoetropeDiTPipeline (tiny fixture)',
  () => loadGenerator(join(FIXTURES, 'zoetrope-dit-tiny'), cpu),
  { deterministic: true },
);

describeGeneratorConformance(
  'TextToVideoSDPipeline (tiny fixture)',
  () => loadGenerator(join(FIXTURES, 'text-to-video-sd-tiny'), cpu),
  {
    deterministic: true,
    // The folder has no card, so the default card's 256×256 stands for a real ModelScope export; the
    // fixture's UNet takes any multiple of the VAE's 8 pixels, and 16×16 keeps it fast.
    size: [16, 16],
    refusedSizes: [[12, 16]],
    // No vae_encoder: given frames cannot be brought into the latent space.
    refuses: ['first_frame', 'first_frames', 'last_frames'],
  },
);

describeGeneratorConformance('test pattern', async () => new TestPatternGenerator(), { deterministic: true });

// What the engine actually runs: the generator in its model thread, with steps, aborts and refusals crossing
// the thread boundary. Steps take 25 ms, as a model's do: a cancel lands between steps once the main thread
// has heard of one, and with instant steps the thread would be done before the main thread heard of any.
describeGeneratorConformance(
  'test pattern in the model thread (ThreadedGenerator)',
  () =>
    ThreadedGenerator.start(
      { kind: 'test-pattern', options: { stepMs: 25 } },
      { info: () => {}, warn: () => {} },
    ),
  { deterministic: true },
);

// fal's queue API, on a local fake that renders real MP4s: known frames come back through H.264 twice (sent,
// returned), so they are kept closely, not exactly; fal offers no loop or backward extension here.
describeGeneratorConformance('fal (fake queue API)', async () => (await openFakeFalGenerator()).generator, {
  deterministic: false,
  refuses: ['last_frames', 'loop'],
  knownTolerance: 24,
});

// ComfyUI: the real generator and a test workflow (Wan 2.2's graphs at 64×48, plus first-and-last-frame) on a
// local fake server that renders real MP4s. Known frames travel as PNG and return through H.264, so they
// are kept closely, not exactly; backward extension is not something the workflows can do.
describeGeneratorConformance(
  'ComfyUI (fake server, tiny workflow)',
  async () => (await openFakeComfy()).asVideoGenerator(),
  {
    deterministic: true,
    refuses: ['last_frames'],
    refusedSizes: [[72, 48]],
    knownTolerance: 24,
  },
);
