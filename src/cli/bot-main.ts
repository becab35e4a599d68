import type { Logger } from 'pino';
import { type Bot, type ModelInfo, promptCaptions, startBot } from '../bot/index.js';
import type { Config } from '../config/index.js';
import { findFfmpeg } from '../engine/encoder/index.js';
import { loadTextModerator, remoteLayerFromConfig } from '../moderation/index.js';
import type { Metrics, RedisLink } from '../ops/index.js';
import { connectRedis, DEFAULT_PROSE_CARD, type ModelCard, readModelCard } from '../queue/index.js';

/**
 * Starts the Discord bot against `redisUrl`: reads the model card (for captions and /animate), wires the
 * prompt expander and the text moderator, logs in. Resolves with the running bot; `close()` stops it and
 * its connections.
 */
export async function runBot(
  config: Config,
  redisUrl: string,
  log: Logger,
  ops: { metrics?: Metrics; link?: RedisLink } = {},
): Promise<Bot> {
  const card = await readModelCard(config.MODEL_DIR).catch((error: Error) => {
    // Engines may run elsewhere with their own model; without a card the bot expands in plain prose.
    log.warn(
      { err: error.message, modelDir: config.MODEL_DIR },
      'no model card here; using the prose caption style',
    );
    return undefined;
  });
  const model: ModelInfo | undefined = card
    ? { name: card.name, version: card.version, conditioning: card.limits.conditioning }
    : undefined;
  const effectiveCard: ModelCard = card ?? DEFAULT_PROSE_CARD;
  // /verify and the verify page decode clips: the same ffmpeg the engine would use (system, else bundled).
  const ffmpeg = await findFfmpeg(config.FFMPEG_PATH ? { ffmpegPath: config.FFMPEG_PATH } : {});
  const redis = connectRedis(redisUrl);
  try {
    const bot = await startBot({
      config,
      log,
      redis,
      connect: () => connectRedis(redisUrl),
      captions: promptCaptions({ card: effectiveCard, config, log }),
      // Built once per process: the rules (and any model layer) load now, not on the first member's prompt.
      // Loaded before login, so a missing or broken classifier stops the bot at start, not at the first request.
      moderator: await loadTextModerator({ remote: remoteLayerFromConfig(config, log) }),
      ...(model ? { model } : {}),
      ffmpeg: ffmpeg.path,
      ...(ops.metrics && { metrics: ops.metrics }),
      ...(ops.link && { link: ops.link }),
    });
    return {
      ...bot,
      async close(force?: boolean) {
        await bot.close(force);
        redis.disconnect();
      },
    };
  } catch (error) {
    redis.disconnect();
    throw error;
  }
}
