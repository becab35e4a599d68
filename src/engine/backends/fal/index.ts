// The fal backend's door: ENGINE_BACKEND=fal runs clips on fal's hosted open models through its queue API.
import { createFalClient, type FalClient } from '@fal-ai/client';
import type { Config } from '../../../config/index.js';
import { connectRedis, createKeys } from '../../../queue/index.js';
import { findFfmpeg } from '../../encoder/index.js';
import type { HostLog } from '../../model-host/index.js';
import { FalGenerator } from './generator.js';
import { RequestRecords } from './request-record.js';
import { type FalSettings, falSettings } from './settings.js';

export { FalGenerator, type FalGeneratorOptions, FalRequestFailed, falCard } from './generator.js';
export { FAL_FPS, FAL_SIZES } from './inputs.js';
export { RequestRecords } from './request-record.js';
export { FalMisconfigured, type FalSettings, falSettings } from './settings.js';

/** fal's queue host, as `@fal-ai/client` builds every queue URL. */
const FAL_QUEUE_ORIGIN = 'https://queue.fal.run';

/**
 * A fal client for these settings. The client builds its URLs on fal's own host; when FAL_QUEUE_URL names
 * another (a proxy, a local fake) its request middleware moves each queue call there, paths unchanged.
 */
export function falClient(settings: FalSettings): FalClient {
  const moved = settings.queueUrl !== FAL_QUEUE_ORIGIN;
  return createFalClient({
    credentials: settings.key,
    ...(moved && {
      requestMiddleware: async (request) =>
        request.url.startsWith(FAL_QUEUE_ORIGIN)
          ? { ...request, url: settings.queueUrl + request.url.slice(FAL_QUEUE_ORIGIN.length) }
          : request,
    }),
  });
}

/**
 * Opens the fal backend: checks its settings, finds ffmpeg (to send stills and decode results) and connects
 * to Redis, where each job's request id is recorded so a retried job resumes it.
 */
export async function openFal(
  config: Config,
  log: HostLog,
  deps: { redisUrl?: string | undefined },
): Promise<FalGenerator> {
  const settings = falSettings(config);
  if (!deps.redisUrl) throw new Error('the fal backend needs Redis to record its requests');
  const ffmpeg = await findFfmpeg(config.FFMPEG_PATH ? { ffmpegPath: config.FFMPEG_PATH } : {});
  const redis = connectRedis(deps.redisUrl);
  log.info(
    { endpoints: settings.endpoints, resolution: settings.resolution, queue: settings.queueUrl },
    'fal backend ready',
  );
  return new FalGenerator({
    client: falClient(settings),
    settings,
    records: new RequestRecords(redis, createKeys(config.ZOETROPE_PREFIX)),
    ffmpeg: ffmpeg.path,
    log,
    onClose: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  });
}
