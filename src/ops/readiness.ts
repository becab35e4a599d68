import type { Redis } from 'ioredis';

/** One readiness condition: true when the part it names can do its work now. */
export type ReadyCheck = () => boolean | Promise<boolean>;

/** What `/readyz` answers: each check by name, and the names of those that are not ready. */
export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, boolean>;
  notReady: string[];
}

// A check that does not answer in this time counts as not ready: a probe must not hang on a dead Redis.
const CHECK_TIMEOUT_MS = 2000;

/**
 * The named conditions a process needs to do its work (Redis reachable, model loaded, gateway connected).
 * Parts register their checks as they start; a part still starting registers `() => false`, so `/readyz`
 * names it until it is up.
 */
export class Readiness {
  private readonly checks = new Map<string, ReadyCheck>();

  /** Adds or replaces the check for `name`. */
  set(name: string, check: ReadyCheck): void {
    this.checks.set(name, check);
  }

  async report(timeoutMs = CHECK_TIMEOUT_MS): Promise<ReadinessReport> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, check]) => [name, await settle(check, timeoutMs)] as const),
    );
    const checks = Object.fromEntries(entries);
    const notReady = entries.filter(([, ok]) => !ok).map(([name]) => name);
    return { ready: entries.length > 0 && notReady.length === 0, checks, notReady };
  }
}

async function settle(check: ReadyCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      Promise.resolve().then(check),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Redis is reachable: the connection is up and a PING comes back. The status alone would miss a Redis
 * that hangs; the PING alone would queue behind a reconnect (BullMQ connections never fail a command).
 */
export function redisReachable(redis: Redis): ReadyCheck {
  return async () => redis.status === 'ready' && (await redis.ping()) === 'PONG';
}
