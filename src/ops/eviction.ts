import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** What the eviction check found: the policy, or why it could not be read. */
export type EvictionCheck =
  | { policy: string; ok: boolean; via: 'CONFIG GET' | 'INFO' }
  | { policy: undefined; ok: undefined; reason: string };

/**
 * Reads Redis's `maxmemory-policy` and warns once when it is not `noeviction`: under any other policy a
 * full Redis silently deletes keys, and BullMQ's queues (and our clips, flags and counters) break in ways
 * no log shows. Managed Redis services often refuse CONFIG; then INFO's `maxmemory_policy` is read; when
 * neither answers, the log says the policy could not be checked. Never throws: this is advice, not a gate.
 */
export async function checkEvictionPolicy(redis: Redis, log: Logger): Promise<EvictionCheck> {
  const result = await readPolicy(redis);
  if (result.policy === undefined) {
    log.warn(
      { reason: result.reason },
      'could not read Redis maxmemory-policy (CONFIG GET and INFO refused, as on some managed Redis); make sure it is noeviction, or a full Redis deletes queued jobs',
    );
  } else if (!result.ok) {
    log.warn(
      { policy: result.policy, via: result.via },
      `Redis maxmemory-policy is ${result.policy}: set it to noeviction (redis.conf or CONFIG SET maxmemory-policy noeviction), or a full Redis deletes queued jobs`,
    );
  }
  return result;
}

async function readPolicy(redis: Redis): Promise<EvictionCheck> {
  let refused: string;
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as unknown as string[];
    const policy = reply[1];
    if (typeof policy === 'string' && policy !== '')
      return { policy, ok: policy === 'noeviction', via: 'CONFIG GET' };
    refused = 'CONFIG GET returned no maxmemory-policy';
  } catch (error) {
    refused = `CONFIG GET: ${(error as Error).message}`;
  }
  try {
    const info = await redis.info('memory');
    const policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
    if (policy) return { policy, ok: policy === 'noeviction', via: 'INFO' };
    return { policy: undefined, ok: undefined, reason: `${refused}; INFO has no maxmemory_policy` };
  } catch (error) {
    return { policy: undefined, ok: undefined, reason: `${refused}; INFO: ${(error as Error).message}` };
  }
}
