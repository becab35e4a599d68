import { createHash } from 'node:crypto';
import type { RawFile, REST } from 'discord.js';
import { Routes } from 'discord.js';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import type { TextModerator } from '../moderation/index.js';
import type { Metrics } from '../ops/index.js';
import type { ArtifactStore, GenerateJob, GenerationQueue, Keys } from '../queue/index.js';
import type { CaptionService } from './captions.js';
import type { RoundService } from './rounds/index.js';
import type { BotState } from './state.js';
import type { StatusGates } from './status.js';
import type { ClipVerifier } from './verify.js';

/** What the bot knows about the model the engines run, for /animate and the help text. */
export interface ModelInfo {
  name: string;
  version: string;
  /** Conditioning modes the model supports (`first_frame`, `loop` …). */
  conditioning: readonly string[];
}

/** Everything a handler needs, passed in explicitly (no module-level connections). */
export interface BotContext {
  config: Config;
  log: Logger;
  redis: Redis;
  keys: Keys;
  queue: GenerationQueue;
  artifacts: ArtifactStore;
  state: BotState;
  captions: CaptionService;
  /** Checks every text before anything is queued (src/moderation's stack). */
  moderator: TextModerator;
  /** Where deliveries, Discord rate limits and text refusals are counted (src/ops); absent: not counted. */
  metrics?: Metrics;
  model: ModelInfo | undefined;
  rest: REST;
  clock: () => number;
  /** Origins attachments may be fetched from (Discord's CDN; the fake's in tests). */
  cdnOrigins: readonly string[];
  applicationId: () => string;
  /** Keeps a delivery from editing a status message before the handler has shown "Queued" on it. */
  statusGates: StatusGates;
  /** Verifies clips for /verify, "Verify clip" and the verify page (bounded: it decodes video). */
  verifier: ClipVerifier;
  /** Prompt rounds (/round); set by `startBot`, absent in contexts built for other tests. */
  rounds?: RoundService;
}

/** Where a job's status message can be edited: through the interaction webhook while its token lives. */
export type MessageTarget =
  | { kind: 'webhook'; applicationId: string; token: string }
  | { kind: 'channel'; channelId: string; messageId: string };

/** Tokens are treated as expired a minute early, so a slow request never lands on a dead token. */
const TOKEN_MARGIN_MS = 60_000;

/**
 * Discord caps edits of messages older than an hour (error 30046, a 429 the REST client keeps retrying),
 * so the bot does not edit one that old; the same margin as for tokens applies.
 */
const EDIT_WINDOW_MS = 60 * 60_000 - TOKEN_MARGIN_MS;

/** Discord's epoch: snowflakes count milliseconds from the start of 2015. */
const DISCORD_EPOCH = 1_420_070_400_000n;

/** Whether a message (by its id, which carries its creation time) is young enough to be edited at `now`. */
export function editableAt(messageId: string, now: number): boolean {
  if (!/^\d{1,20}$/.test(messageId)) return true;
  const created = Number((BigInt(messageId) >> 22n) + DISCORD_EPOCH);
  return now - created < EDIT_WINDOW_MS;
}

/**
 * The job's status message as it can be reached at `now`: the interaction response through its webhook
 * while the token lives, then `newest` (a fresh status the bot posted, see `src/bot/status.ts`) or the
 * first status message through the channel route, which works with the bot token for the bot's own,
 * non-ephemeral messages (the deferred interaction response is one).
 */
export function statusTarget(job: GenerateJob, now: number, newest?: string): MessageTarget | undefined {
  const r = job.requester;
  if (r.source !== 'discord') return undefined;
  if (r.interaction && r.interaction.expiresAt - TOKEN_MARGIN_MS > now) {
    return { kind: 'webhook', applicationId: r.interaction.applicationId, token: r.interaction.token };
  }
  const messageId = newest ?? r.statusMessageId;
  if (messageId) return { kind: 'channel', channelId: r.channelId, messageId };
  return undefined;
}

/**
 * The nonce of a message the bot posts at most once, whatever retries happen: sent with `enforce_nonce`,
 * Discord returns the first message for a repeat within a few minutes. Derived from `key` (at most 25
 * characters, Discord's limit).
 */
export const messageNonce = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 25);

/** Edits a status message; returns the edited message's id. */
export async function editMessage(
  rest: REST,
  target: MessageTarget,
  body: Record<string, unknown>,
  files?: RawFile[],
): Promise<string> {
  const options = { body, ...(files ? { files } : {}) };
  const message =
    target.kind === 'webhook'
      ? await rest.patch(Routes.webhookMessage(target.applicationId, target.token, '@original'), {
          ...options,
          auth: false,
        })
      : await rest.patch(Routes.channelMessage(target.channelId, target.messageId), options);
  return (message as { id: string }).id;
}
