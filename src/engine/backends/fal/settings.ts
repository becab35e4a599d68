import type { Config } from '../../../config/index.js';
import { falPriceList, type PricedMode, type PriceList } from '../../../queue/index.js';

/** fal's output resolutions for the default endpoints (Wan 2.2 A14B; LTX extend takes 480p and 720p). */
export type FalResolution = Config['FAL_RESOLUTION'];

/** What the fal backend reads from the configuration, checked once when it opens. */
export interface FalSettings {
  key: string;
  /** Where the queue API answers: `https://queue.fal.run`, or a proxy or a local fake. */
  queueUrl: string;
  endpoints: Readonly<Record<PricedMode, string>>;
  prices: PriceList;
  resolution: FalResolution;
  /** Time between status polls while a request waits or runs. */
  pollMs: number;
}

/** Thrown when ENGINE_BACKEND=fal lacks what it needs; the message says which variable to set. */
export class FalMisconfigured extends Error {
  override readonly name = 'FalMisconfigured';
}

/** The fal settings of a configuration; without FAL_KEY the engine refuses to start, saying so. */
export function falSettings(config: Config): FalSettings {
  if (!config.FAL_KEY) {
    throw new FalMisconfigured('ENGINE_BACKEND=fal needs FAL_KEY (the API key from fal.ai/dashboard/keys)');
  }
  return {
    key: config.FAL_KEY,
    queueUrl: config.FAL_QUEUE_URL.replace(/\/+$/, ''),
    endpoints: Object.freeze({
      'text-to-video': config.FAL_TEXT_TO_VIDEO_ENDPOINT,
      'image-to-video': config.FAL_IMAGE_TO_VIDEO_ENDPOINT,
      extend: config.FAL_EXTEND_ENDPOINT,
    }),
    prices: falPriceList(config),
    resolution: config.FAL_RESOLUTION,
    pollMs: config.FAL_POLL_MS,
  };
}
