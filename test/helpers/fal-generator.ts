// A FalGenerator pointed at a FakeFal, as the conformance suite and the fal tests open it.
import {
  FalGenerator,
  type FalSettings,
  falClient,
  type RequestRecords,
} from '../../src/engine/backends/fal/index.js';
import { FakeFal } from './fake-fal.js';

/** Settings for a generator talking to `fake`: 480p keeps frames small, fast polls keep tests quick. */
export function fakeFalSettings(
  fake: Pick<FakeFal, 'key' | 'url'>,
  overrides: Partial<FalSettings> = {},
): FalSettings {
  return {
    key: fake.key,
    queueUrl: fake.url,
    endpoints: {
      'text-to-video': 'fal-ai/wan/v2.2-a14b/text-to-video',
      'image-to-video': 'fal-ai/wan/v2.2-a14b/image-to-video',
      extend: 'fal-ai/ltxv-13b-098-distilled/extend',
    },
    prices: { 'text-to-video': 0.08, 'image-to-video': 0.08, extend: 0.02 },
    resolution: '480p',
    pollMs: 20,
    ...overrides,
  };
}

/** Starts a fake and opens a generator on it; closing the generator stops the fake. */
export async function openFakeFalGenerator(
  options: { fake?: FakeFal; records?: RequestRecords; settings?: Partial<FalSettings> } = {},
): Promise<{ generator: FalGenerator; fake: FakeFal }> {
  const fake = options.fake ?? (await new FakeFal().start());
  const settings = fakeFalSettings(fake, options.settings);
  const generator = new FalGenerator({
    client: falClient(settings),
    settings,
    ...(options.records && { records: options.records }),
    ffmpeg: 'ffmpeg',
    log: { info: () => {}, warn: () => {} },
    onClose: () => fake.close(),
  });
  return { generator, fake };
}
