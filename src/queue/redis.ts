import { Redis, type RedisOptions } from 'ioredis';

/**
 * Opens a Redis connection suitable for BullMQ (workers need `maxRetriesPerRequest: null`, so a blocked
 * worker waits for Redis to come back instead of throwing). Callers own the connection and close it.
 */
export function connectRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...options });
}
