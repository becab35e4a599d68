import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Config } from '../config/index.js';
import { type GenerateJob, generateJobSchema, type Keys, resultSchema } from '../queue/index.js';

/** Per-server settings, set with /settings and stored in Redis. Absent fields fall back to the config. */
export const guildSettingsSchema = z.object({
  /** Channels where the bot answers; empty = everywhere. Threads follow their parent channel. */
  channels: z.array(z.string()).max(50).default([]),
  maxQueued: z.number().int().min(1).max(100).optional(),
  cooldownSeconds: z.number().int().min(0).max(3600).optional(),
  defaultDurationSeconds: z.number().positive().max(60).optional(),
  /** Whether anyone may press Retry/Extend/Loop on someone else's clip. */
  openButtons: z.boolean().default(false),
});
export type GuildSettings = z.infer<typeof guildSettingsSchema>;

/** Settings with config defaults filled in. */
export interface EffectiveSettings {
  channels: string[];
  maxQueued: number;
  cooldownSeconds: number;
  defaultDurationSeconds: number;
  openButtons: boolean;
}

/** What the bot remembers about a job beyond BullMQ's retention: the payload, result and where it lives. */
export const jobRecordSchema = z.object({
  jobId: z.string(),
  job: generateJobSchema,
  /** The thread the job was asked from, or the thread its clip started. */
  threadId: z.string().optional(),
  result: resultSchema.optional(),
  messageId: z.string().optional(),
});
export type JobRecord = z.infer<typeof jobRecordSchema>;

/** The outcome of the atomic limit check. */
export type LimitCheck =
  | { ok: true }
  | { ok: false; reason: 'cooldown'; resetAt: number }
  | { ok: false; reason: 'queued'; count: number };

const RECORD_TTL = 30 * 24 * 3600;

// Checks the in-flight count (enqueued + being enqueued) and the cooldown, and reserves a slot, in one step,
// so a burst of commands from one member cannot slip past the limit between check and enqueue.
const RESERVE = `
local queued = redis.call('SCARD', KEYS[1]) + tonumber(redis.call('GET', KEYS[2]) or '0')
if queued >= tonumber(ARGV[1]) then return {1, queued} end
local ttl = redis.call('PTTL', KEYS[3])
if ttl > 0 then return {2, ttl} end
if tonumber(ARGV[2]) > 0 then redis.call('SET', KEYS[3], '1', 'PX', ARGV[2]) end
redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], 120000)
return {0, queued}
`;

/** The bot's own Redis state: settings, job records, thread → clip, limits. */
export class BotState {
  private readonly root: string;
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    private readonly config: Config,
    private readonly clock: () => number = Date.now,
  ) {
    this.root = `${keys.bullPrefix}:bot`;
  }

  async settings(guildId: string | null): Promise<EffectiveSettings> {
    const stored = guildId ? await this.redis.get(this.keys.guildSettings(guildId)) : null;
    const parsed = guildSettingsSchema.safeParse(stored ? JSON.parse(stored) : {});
    const s = parsed.success ? parsed.data : guildSettingsSchema.parse({});
    return {
      channels: s.channels,
      maxQueued: s.maxQueued ?? this.config.USER_MAX_QUEUED,
      cooldownSeconds: s.cooldownSeconds ?? this.config.USER_COOLDOWN_SECONDS,
      defaultDurationSeconds: Math.min(
        s.defaultDurationSeconds ?? this.config.DEFAULT_DURATION_SECONDS,
        this.config.MAX_DURATION_SECONDS,
      ),
      openButtons: s.openButtons,
    };
  }

  async updateSettings(guildId: string, change: (s: GuildSettings) => GuildSettings): Promise<GuildSettings> {
    const key = this.keys.guildSettings(guildId);
    const stored = await this.redis.get(key);
    const parsed = guildSettingsSchema.safeParse(stored ? JSON.parse(stored) : {});
    const next = guildSettingsSchema.parse(
      change(parsed.success ? parsed.data : guildSettingsSchema.parse({})),
    );
    await this.redis.set(key, JSON.stringify(next));
    return next;
  }

  /** Reserves a queue slot for `userId` or says which limit stops them; release with {@link unreserve}. */
  async reserve(userId: string, settings: EffectiveSettings): Promise<LimitCheck> {
    const [code, value] = (await this.redis.eval(
      RESERVE,
      3,
      this.keys.userQueued(userId),
      `${this.root}:user:${userId}:reserved`,
      this.keys.userCooldown(userId),
      String(settings.maxQueued),
      String(settings.cooldownSeconds * 1000),
    )) as [number, number];
    if (code === 1) return { ok: false, reason: 'queued', count: value };
    if (code === 2) return { ok: false, reason: 'cooldown', resetAt: this.clock() + value };
    return { ok: true };
  }

  async unreserve(userId: string): Promise<void> {
    await this.redis.decr(`${this.root}:user:${userId}:reserved`);
  }

  async saveJob(record: JobRecord): Promise<void> {
    await this.redis.set(`${this.root}:job:${record.jobId}`, JSON.stringify(record), 'EX', RECORD_TTL);
  }

  async job(jobId: string): Promise<JobRecord | undefined> {
    const raw = await this.redis.get(`${this.root}:job:${jobId}`);
    if (!raw) return undefined;
    const parsed = jobRecordSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  }

  /** Points a thread at its latest clip: replies in it refine/extend that one. */
  async setThreadJob(threadId: string, jobId: string): Promise<void> {
    await this.redis.set(`${this.root}:thread:${threadId}`, jobId, 'EX', RECORD_TTL);
  }

  async threadJob(threadId: string): Promise<string | undefined> {
    return (await this.redis.get(`${this.root}:thread:${threadId}`)) ?? undefined;
  }
}

/** The job payload's owner-facing shape, for readers that only need the requester. */
export type DiscordRequester = Extract<GenerateJob['requester'], { source: 'discord' }>;
