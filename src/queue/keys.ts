/**
 * Every Redis key zoetrope writes is built here, under one prefix wrapped in a hash tag (`{zoetrope}`) so
 * that all keys of one deployment land in the same Redis Cluster slot and BullMQ's multi-key scripts work.
 */
export interface Keys {
  /** The BullMQ `prefix` option: queues live under `{prefix}:<queue name>:…`. */
  readonly bullPrefix: string;
  artifact(key: string): string;
  cancelFlag(jobId: string): string;
  /** Pub/sub channel on which cancel requests are announced to every engine. */
  readonly cancelChannel: string;
  userQueued(userId: string): string;
  userCooldown(userId: string): string;
  /** Idempotency marker: set once a job's clip has been posted. */
  delivered(jobId: string): string;
  guildSettings(guildId: string): string;
  /** Rolling average of recent clip wall times, for queue ETAs. */
  readonly clipSeconds: string;
  /** The bot's record of a job (payload, result, message) beyond BullMQ's retention. */
  botJob(jobId: string): string;
  /** The clip a thread continues: replies in the thread refine or extend that job. */
  botThread(threadId: string): string;
  /** Set (with a TTL) once a reply the bot could not read in a thread was answered with how to refine. */
  botThreadHinted(threadId: string): string;
  /** Job ids the bot has reserved for a member but not yet enqueued (part of the in-flight limit). */
  userReserved(userId: string): string;
  /** The provenance registry: a clip's record under the registry id its watermark carries (12 hex digits). */
  provenance(idHex: string): string;
  /** The moderation audit stream of a server (capped): every refusal, newest last. Without a server: `direct`. */
  moderationAudit(guildId: string | undefined): string;
  /** When a member's recent refusals on a server happened (a sorted set), for the moderation cooldown. */
  moderationStrikes(guildId: string, userId: string): string;
  /** Set (with a TTL) while a member is on a server's moderation cooldown; the value is when it ends. */
  moderationCooldown(guildId: string, userId: string): string;
  /** The hosted-model request (fal) a job is waiting on, recorded before waiting so a retry resumes it. */
  remoteRequest(jobId: string): string;
  /** What a server (or `direct`) spent on a hosted model in a month (`2026-12`): a hash of job → dollars. */
  spend(guildId: string | undefined, month: string): string;
  /** The open prompt round of a channel (JSON: phase, entries, call message); one per channel. */
  round(channelId: string): string;
  /** A SCAN MATCH pattern for the round of every channel (the keys {@link Keys.round} builds). */
  readonly roundPattern: string;
  /** The channel whose round a thread belongs to: replies in it are entries. */
  roundThread(threadId: string): string;
}

/** Builds the key scheme for a deployment prefix such as `zoetrope`. */
export function createKeys(prefix: string): Keys {
  const root = `{${prefix}}`;
  const round = (channelId: string) => `${root}:bot:round:${channelId}`;
  return {
    bullPrefix: root,
    artifact: (key) => `${root}:artifact:${key}`,
    cancelFlag: (jobId) => `${root}:cancel:${jobId}`,
    cancelChannel: `${root}:cancel`,
    userQueued: (userId) => `${root}:user:${userId}:queued`,
    userCooldown: (userId) => `${root}:user:${userId}:cooldown`,
    delivered: (jobId) => `${root}:delivered:${jobId}`,
    guildSettings: (guildId) => `${root}:guild:${guildId}:settings`,
    clipSeconds: `${root}:stats:clip-seconds`,
    botJob: (jobId) => `${root}:bot:job:${jobId}`,
    botThread: (threadId) => `${root}:bot:thread:${threadId}`,
    botThreadHinted: (threadId) => `${root}:bot:thread:${threadId}:hinted`,
    userReserved: (userId) => `${root}:bot:user:${userId}:reserved`,
    provenance: (idHex) => `${root}:provenance:${idHex}`,
    moderationAudit: (guildId) => `${root}:moderation:audit:${guildId ?? 'direct'}`,
    moderationStrikes: (guildId, userId) => `${root}:moderation:guild:${guildId}:user:${userId}:strikes`,
    moderationCooldown: (guildId, userId) => `${root}:moderation:guild:${guildId}:user:${userId}:cooldown`,
    remoteRequest: (jobId) => `${root}:remote:request:${jobId}`,
    spend: (guildId, month) => `${root}:spend:${guildId ?? 'direct'}:${month}`,
    round,
    roundPattern: everyKeyOf(round),
    roundThread: (threadId) => `${root}:bot:round-thread:${threadId}`,
  };
}

/**
 * A SCAN MATCH pattern for every key `build` makes from an id it puts last: the key of an empty id, its glob
 * characters escaped (so the prefix, hash tag included, matches only itself), then `*`. The braces of the
 * hash tag are no glob characters and stay as they are.
 */
function everyKeyOf(build: (id: string) => string): string {
  return `${build('').replace(/[*?[\]\\]/g, '\\$&')}*`;
}

/**
 * Queue names. Generation jobs go to `generate`; finished Discord jobs come back through `deliveries`;
 * `rounds` holds the bot's own delayed work for prompt rounds (closing, reading the vote, advancing the winners).
 */
export const QUEUE_NAMES = { generate: 'generate', deliveries: 'deliveries', rounds: 'rounds' } as const;
