import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** Anything BullMQ makes that reports failures as 'error' events: Queue, Worker, QueueEvents. */
export interface ErrorEmitter {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

// Socket-level failures: Redis is away (restarting, unreachable). Anything else is a real error.
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
]);
const CONNECTION_MESSAGES =
  /Connection is closed|Stream isn't writeable|connect ETIMEDOUT|Failed to refresh slots cache|None of startup nodes is available/i;

/** Whether an error only says that Redis cannot be reached right now. */
export function isConnectionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code !== undefined && CONNECTION_CODES.has(code)) || CONNECTION_MESSAGES.test(String(error));
}

// A connection error reported by BullMQ while every watched connection is up is checked again after this:
// if they are all still up, it was one BullMQ connection's blip, and the link is reported regained.
const BLIP_RECHECK_MS = 2000;

/**
 * The process's link to Redis, as its logs tell it. Every connection and BullMQ object the process opens
 * is watched, so no library error goes unhandled (ioredis prints `[ioredis] Unhandled error event` and a
 * stack trace otherwise) and each becomes one JSON line. An outage is told once, however many connections
 * it touches and however often they retry: one `redis connection lost` line when the first connection
 * drops, one `redis connection regained` line when every watched connection is back; the retries in
 * between log at debug level.
 */
export class RedisLink {
  private readonly watched = new Set<Redis>();
  private readonly down = new Set<Redis>();
  private lostAt: number | undefined;
  private recheck: NodeJS.Timeout | undefined;

  constructor(
    private readonly log: Logger,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Whether the link is up as far as the logs said: no outage reported, or one reported regained. */
  get up(): boolean {
    return this.lostAt === undefined;
  }

  /** Watches a connection this process opened; returns it, so `link.watch(connectRedis(url), 'name')` reads well. */
  watch<T extends Redis>(redis: T, name: string): T {
    this.watched.add(redis);
    redis.on('error', (error: Error) => {
      if (!isConnectionError(error)) {
        this.log.error({ err: error, connection: name }, 'redis error');
        return;
      }
      if (redis.status !== 'ready') this.down.add(redis);
      this.markLost(name, error);
    });
    // Emitted only when the client will try again: a deliberate disconnect ends without it.
    redis.on('reconnecting', () => {
      this.down.add(redis);
      this.markLost(name, undefined);
    });
    redis.on('ready', () => {
      this.down.delete(redis);
      this.markRegained(name);
    });
    // Closed for good (by its owner, or out of retries): it no longer says anything about the link.
    redis.on('end', () => {
      this.watched.delete(redis);
      this.down.delete(redis);
    });
    return redis;
  }

  /** Watches a BullMQ Queue, Worker or QueueEvents: its errors become JSON lines. */
  watchBullmq<T extends ErrorEmitter>(emitter: T, name: string): T {
    emitter.on('error', (error: Error) => {
      if (!isConnectionError(error)) {
        this.log.error({ err: error, source: name }, 'queue error');
        return;
      }
      const known = !this.up;
      this.markLost(name, error);
      // BullMQ's own duplicated connections may notice first; if ours never drop, it was a blip.
      if (!known && this.down.size === 0) this.scheduleRecheck(name);
    });
    return emitter;
  }

  /** Stops the pending recheck (process shutdown). */
  close(): void {
    clearTimeout(this.recheck);
  }

  private markLost(source: string, error: Error | undefined): void {
    if (!this.up) {
      if (error) this.log.debug({ err: error, source }, 'redis still unreachable');
      return;
    }
    this.lostAt = this.clock();
    this.log.warn(
      { source, ...(error && { err: error }) },
      'redis connection lost; retrying until it is back (jobs wait, nothing is dropped)',
    );
  }

  private markRegained(source: string): void {
    if (this.up || this.down.size > 0) return;
    const downMs = this.clock() - (this.lostAt ?? this.clock());
    this.lostAt = undefined;
    clearTimeout(this.recheck);
    this.log.info({ source, downMs }, 'redis connection regained');
  }

  private scheduleRecheck(source: string): void {
    clearTimeout(this.recheck);
    this.recheck = setTimeout(() => {
      const allReady = [...this.watched].every((r) => r.status === 'ready');
      if (allReady) {
        this.down.clear();
        this.markRegained(source);
      }
    }, BLIP_RECHECK_MS);
    this.recheck.unref();
  }
}
