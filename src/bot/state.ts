import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Config } from '../config/index.js';
import {
  CONFIGURABLE_CATEGORIES,
  type ConfigurableCategory,
  DEFAULT_POLICY,
  type GenerateJob,
  generateJobSchema,
  type Keys,
  type PolicyLevel,
  parsePayload,
  policyLevelSchema,
  resultSchema,
} from '../queue/index.js';

/** Per-server settings, set with /settings and stored in Redis. Absent fields fall back to the config. */
export const guildSettingsSchema = z.object({
  /** Channels where the bot answers; empty = everywhere. Threads follow their parent channel. */
  channels: z.array(z.string()).max(50).default([]),
  maxQueued: z.number().int().min(1).max(100).optional(),
  cooldownSeconds: z.number().int().min(0).max(3600).optional(),
  defaultDurationSeconds: z.number().positive().max(60).optional(),
  /** Whether anyone may press Retry/Extend/Loop on someone else's clip. */
  openButtons: z.boolean().default(false),
  /** The content policy's level per configurable category; a category not set keeps the default's. */
  policy: z
    .object({
      sexual: policyLevelSchema.optional(),
      violence: policyLevelSchema.optional(),
      likeness: policyLevelSchema.optional(),
      ip: policyLevelSchema.optional(),
    })
    .default({}),
  /** Adult content in age-restricted channels (never anywhere else, and never involving minors). */
  adultContent: z.boolean().default(false),
  /** Whether the moderation audit keeps a refused text as written or only its SHA-256. */
  auditText: z.enum(['text', 'hash']).default('text'),
  /** The server's monthly budget for a hosted model (fal), in US dollars; the operator's cap still applies. */
  monthlyBudgetUsd: z.number().min(0).max(1_000_000).optional(),
  /** A role whose members may start prompt rounds (besides those with Manage Server). */
  roundHostRole: z
    .string()
    .regex(/^\d{17,20}$/)
    .optional(),
  /** A channel that receives every refusal as it happens. */
  modLogChannel: z
    .string()
    .regex(/^\d{17,20}$/)
    .optional(),
});
export type GuildSettings = z.infer<typeof guildSettingsSchema>;

/** A server's moderation settings with the defaults filled in. */
export interface ModerationSettings {
  levels: Record<ConfigurableCategory, PolicyLevel>;
  adultContent: boolean;
  auditText: 'text' | 'hash';
  logChannelId: string | undefined;
}

/** Settings with config defaults filled in. */
export interface EffectiveSettings {
  channels: string[];
  maxQueued: number;
  cooldownSeconds: number;
  defaultDurationSeconds: number;
  openButtons: boolean;
  moderation: ModerationSettings;
  /** The monthly hosted-model budget (US dollars): the lower of the server's and FAL_MONTHLY_BUDGET_USD. */
  monthlyBudgetUsd: number | undefined;
  /** A role whose members may start prompt rounds, besides those with Manage Server. */
  roundHostRole: string | undefined;
}

/** What the moderation cooldown needs from the config: how many refusals, within how long, cost how long. */
export interface StrikeLimits {
  blocks: number;
  windowSeconds: number;
  cooldownSeconds: number;
}

/** What the bot remembers about a job beyond BullMQ's retention: the payload, result and where it lives. */
export const jobRecordSchema = z.object({
  jobId: z.string(),
  job: generateJobSchema,
  /** The thread the job was asked from, or the thread its clip started. */
  threadId: z.string().optional(),
  result: resultSchema.optional(),
  messageId: z.string().optional(),
  /** The newest status message, posted by the bot once the first could no longer be edited (over an hour old). */
  statusMessageId: z.string().optional(),
});
export type JobRecord = z.infer<typeof jobRecordSchema>;

/** The outcome of the atomic limit check. */
export type LimitCheck =
  | { ok: true; jobId: string }
  | { ok: false; reason: 'cooldown'; resetAt: number }
  | { ok: false; reason: 'queued'; count: number };

const RECORD_TTL = 30 * 24 * 3600;

// Replaces a stored value only if it is still the one read: a change to a job record made while another
// writer (the delivery) saved it is retried on the new value instead of overwriting it.
const REPLACE_IF_UNCHANGED = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
return 1
`;

// Checks the in-flight count and the cooldown and reserves a slot, in one step, so a burst of commands from
// one member cannot slip past the limit between check and enqueue. A reservation is the future job's id in
// a short-lived set of its own; the count is the union with the queue's in-flight set, so a job is never
// counted twice while it moves from one to the other. (Reservations stay out of the queue's set because
// the queue derives a job's fair-share priority from that set's size.)
const RESERVE = `
local queued = #redis.call('SUNION', KEYS[1], KEYS[3])
if queued >= tonumber(ARGV[1]) then return {1, queued} end
local ttl = redis.call('PTTL', KEYS[2])
if ttl > 0 then return {2, ttl} end
if tonumber(ARGV[2]) > 0 then redis.call('SET', KEYS[2], '1', 'PX', ARGV[2]) end
redis.call('SADD', KEYS[3], ARGV[3])
redis.call('EXPIRE', KEYS[3], 120)
return {0, queued}
`;

// One refusal more in a sliding window; the one that reaches the limit starts the cooldown and clears the
// window (so the next cooldown takes as many refusals again). Returns the cooldown's length, or 0.
const STRIKE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZADD', KEYS[1], now, ARGV[5])
redis.call('PEXPIRE', KEYS[1], window)
local cooldown = tonumber(ARGV[4])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) and cooldown > 0 then
  redis.call('SET', KEYS[2], now + cooldown, 'PX', cooldown)
  redis.call('DEL', KEYS[1])
  return cooldown
end
return 0
`;

/** The lower of two optional limits: a server may spend less than the operator allows, never more. */
function lowest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.min(a, b);
}

/** The bot's own Redis state: settings, job records, thread → clip, limits. */
export class BotState {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    private readonly config: Config,
    private readonly clock: () => number = Date.now,
  ) {}

  async settings(guildId: string | null): Promise<EffectiveSettings> {
    const s = guildId ? await this.storedSettings(guildId) : guildSettingsSchema.parse({});
    return {
      channels: s.channels,
      maxQueued: s.maxQueued ?? this.config.USER_MAX_QUEUED,
      cooldownSeconds: s.cooldownSeconds ?? this.config.USER_COOLDOWN_SECONDS,
      defaultDurationSeconds: Math.min(
        s.defaultDurationSeconds ?? this.config.DEFAULT_DURATION_SECONDS,
        this.config.MAX_DURATION_SECONDS,
      ),
      openButtons: s.openButtons,
      roundHostRole: s.roundHostRole,
      monthlyBudgetUsd: lowest(s.monthlyBudgetUsd, this.config.FAL_MONTHLY_BUDGET_USD),
      moderation: {
        levels: Object.fromEntries(
          CONFIGURABLE_CATEGORIES.map((c) => [c, s.policy[c] ?? DEFAULT_POLICY[c]]),
        ) as Record<ConfigurableCategory, PolicyLevel>,
        adultContent: s.adultContent,
        auditText: s.auditText,
        logChannelId: s.modLogChannel,
      },
    };
  }

  /**
   * Applies a change to a server's settings. A result the schema refuses (one channel too many) throws
   * `InvalidPayload` naming the field and its limit, and nothing is written.
   */
  async updateSettings(guildId: string, change: (s: GuildSettings) => GuildSettings): Promise<GuildSettings> {
    const next = parsePayload(guildSettingsSchema, change(await this.storedSettings(guildId)));
    await this.redis.set(this.keys.guildSettings(guildId), JSON.stringify(next));
    return next;
  }

  /** A server's stored settings; a missing or unreadable value reads as the defaults. */
  private async storedSettings(guildId: string): Promise<GuildSettings> {
    const parsed = guildSettingsSchema.safeParse(
      readJson(await this.redis.get(this.keys.guildSettings(guildId))),
    );
    return parsed.success ? parsed.data : guildSettingsSchema.parse({});
  }

  /**
   * Reserves a queue slot for `userId` (the returned job id, to enqueue under) or says which limit stops
   * them. {@link unreserve} ends the reservation once the job is enqueued or given up.
   */
  async reserve(userId: string, settings: EffectiveSettings): Promise<LimitCheck> {
    const jobId = crypto.randomUUID();
    const [code, value] = (await this.redis.eval(
      RESERVE,
      3,
      // The queue's in-flight set for this member (the queue keys it by user id).
      this.keys.userQueued(userId),
      this.keys.userCooldown(userId),
      this.keys.userReserved(userId),
      String(settings.maxQueued),
      String(settings.cooldownSeconds * 1000),
      jobId,
    )) as [number, number];
    if (code === 1) return { ok: false, reason: 'queued', count: value };
    if (code === 2) return { ok: false, reason: 'cooldown', resetAt: this.clock() + value };
    return { ok: true, jobId };
  }

  async unreserve(userId: string, jobId: string): Promise<void> {
    await this.redis.srem(this.keys.userReserved(userId), jobId);
  }

  /**
   * Gives back the request cooldown a reservation started, for a request that was refused before anything
   * was queued (the content policy): a refused request costs the member no wait. While it runs the
   * member's cooldown can only be this reservation's, as a second one would have been refused by it.
   */
  async refundCooldown(userId: string): Promise<void> {
    await this.redis.del(this.keys.userCooldown(userId));
  }

  /**
   * Counts a refusal by the content policy against a member on a server; the one that makes `blocks`
   * within the window starts the moderation cooldown. Returns when that cooldown ends, if it started now.
   */
  async recordBlock(
    guildId: string | null,
    userId: string,
    limits: StrikeLimits,
  ): Promise<{ cooldownUntil?: number }> {
    const guild = guildId ?? 'direct';
    const now = this.clock();
    const ttl = (await this.redis.eval(
      STRIKE,
      2,
      this.keys.moderationStrikes(guild, userId),
      this.keys.moderationCooldown(guild, userId),
      String(now),
      String(limits.windowSeconds * 1000),
      String(limits.blocks),
      String(limits.cooldownSeconds * 1000),
      crypto.randomUUID(),
    )) as number;
    return ttl > 0 ? { cooldownUntil: now + ttl } : {};
  }

  /** When a member's moderation cooldown on a server ends, if they are on one. */
  async moderationCooldown(guildId: string | null, userId: string): Promise<number | undefined> {
    const ttl = await this.redis.pttl(this.keys.moderationCooldown(guildId ?? 'direct', userId));
    return ttl > 0 ? this.clock() + ttl : undefined;
  }

  async saveJob(record: JobRecord): Promise<void> {
    await this.redis.set(this.keys.botJob(record.jobId), JSON.stringify(record), 'EX', RECORD_TTL);
  }

  async job(jobId: string): Promise<JobRecord | undefined> {
    const parsed = jobRecordSchema.safeParse(readJson(await this.redis.get(this.keys.botJob(jobId))));
    return parsed.success ? parsed.data : undefined;
  }

  /** Remembers a job's newest status message (later status edits go to it); a missing record stays missing. */
  async setStatusMessage(jobId: string, messageId: string): Promise<void> {
    const key = this.keys.botJob(jobId);
    for (let attempt = 0; attempt < 5; attempt++) {
      const stored = await this.redis.get(key);
      const parsed = jobRecordSchema.safeParse(readJson(stored));
      if (stored === null || !parsed.success) return;
      const next = JSON.stringify({ ...parsed.data, statusMessageId: messageId });
      if (await this.redis.eval(REPLACE_IF_UNCHANGED, 1, key, stored, next)) return;
    }
  }

  /** Points a thread at its latest clip: replies in it refine/extend that one. */
  async setThreadJob(threadId: string, jobId: string): Promise<void> {
    await this.redis.set(this.keys.botThread(threadId), jobId, 'EX', RECORD_TTL);
  }

  async threadJob(threadId: string): Promise<string | undefined> {
    return (await this.redis.get(this.keys.botThread(threadId))) ?? undefined;
  }
}

/** A stored JSON value, or undefined when absent or corrupt (the reader's schema then refuses it). */
function readJson(stored: string | null): unknown {
  if (stored === null) return undefined;
  try {
    return JSON.parse(stored);
  } catch {
    return undefined;
  }
}

/** The job payload's owner-facing shape, for readers that only need the requester. */
export type DiscordRequester = Extract<GenerateJob['requester'], { source: 'discord' }>;
