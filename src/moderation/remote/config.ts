import { type Config, ConfigError } from '../../config/index.js';
import { createGuardModerationClient } from './guard.js';
import { createRemoteLayer, type RemoteLayer, type RemoteLog } from './layer.js';
import { createOpenAiModerationClient } from './openai.js';
import type { FetchLike } from './types.js';

/** The config fields the remote layer reads (a full {@link Config} fits). */
export type RemoteModerationConfig = Pick<
  Config,
  'MODERATION_REMOTE' | 'MODERATION_GUARD_MODEL' | 'MODERATION_TIMEOUT_MS' | 'MODERATION_REMOTE_FAIL'
> &
  Partial<Pick<Config, 'MODERATION_API_URL' | 'MODERATION_API_KEY' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL'>>;

const OPENAI_URL = 'https://api.openai.com/v1';

/**
 * The remote layer the configuration asks for, or `undefined` when `MODERATION_REMOTE=none`. OpenAI's
 * endpoint defaults to api.openai.com (not `OPENAI_BASE_URL`, which often points at a local caption model
 * without a moderation endpoint); a guard model needs `MODERATION_API_URL` or `OPENAI_BASE_URL`.
 */
export function remoteLayerFromConfig(
  config: RemoteModerationConfig,
  log?: RemoteLog,
  fetchImpl?: FetchLike,
): RemoteLayer | undefined {
  if (config.MODERATION_REMOTE === 'none') return undefined;
  const apiKey = config.MODERATION_API_KEY ?? config.OPENAI_API_KEY;
  const extra = fetchImpl === undefined ? {} : { fetch: fetchImpl };
  let client: ReturnType<typeof createOpenAiModerationClient>;
  if (config.MODERATION_REMOTE === 'openai') {
    client = createOpenAiModerationClient({
      baseURL: config.MODERATION_API_URL ?? OPENAI_URL,
      apiKey,
      ...extra,
    });
  } else {
    const baseURL = config.MODERATION_API_URL ?? config.OPENAI_BASE_URL;
    if (baseURL === undefined) {
      throw new ConfigError(
        'MODERATION_API_URL',
        "MODERATION_API_URL is needed with MODERATION_REMOTE=guard: the guard model's OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1 for Ollama.",
      );
    }
    client = createGuardModerationClient({ baseURL, apiKey, model: config.MODERATION_GUARD_MODEL, ...extra });
  }
  return createRemoteLayer({
    client,
    timeoutMs: config.MODERATION_TIMEOUT_MS,
    // Images are checked while the clip encodes (a few requests of a few hundred KB each): more time.
    imageTimeoutMs: config.MODERATION_TIMEOUT_MS * 4,
    failMode: config.MODERATION_REMOTE_FAIL,
    ...(log === undefined ? {} : { log }),
  });
}
