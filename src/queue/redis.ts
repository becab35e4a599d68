import { Cluster, Redis, type RedisOptions } from 'ioredis';

// `redis+cluster://host:port` (or `rediss+cluster://`) names one node of a Redis Cluster; the client
// discovers the others from it. Every key carries the deployment's hash tag (keys.ts), so a deployment's
// keys live in one slot and BullMQ's multi-key scripts and our MULTIs run unchanged on a cluster.
const CLUSTER_SCHEME = /^(rediss?)\+cluster:/i;

/** Whether a Redis URL names a Redis Cluster (`redis+cluster://…` or `rediss+cluster://…`). */
export function isClusterUrl(url: string): boolean {
  return CLUSTER_SCHEME.test(url);
}

/**
 * The one node a URL names, as a plain `redis://` (or `rediss://`) URL: for a cluster URL its seed node,
 * otherwise the URL itself. Checks that talk to a single node (is it up, does the database exist) use it.
 */
export function nodeUrl(url: string): string {
  return url.replace(CLUSTER_SCHEME, '$1:');
}

/**
 * Opens a Redis connection suitable for BullMQ (workers need `maxRetriesPerRequest: null`, so a blocked
 * worker waits for Redis to come back instead of throwing). A cluster URL opens an ioredis `Cluster`.
 * Callers own the connection and close it.
 */
export function connectRedis(url: string, options: RedisOptions = {}): Redis {
  const redisOptions: RedisOptions = { maxRetriesPerRequest: null, enableReadyCheck: true, ...options };
  if (!isClusterUrl(url)) return new Redis(url, redisOptions);
  const seed = new URL(nodeUrl(url));
  const cluster = new Cluster([{ host: seed.hostname, port: Number(seed.port || 6379) }], {
    enableReadyCheck: true,
    redisOptions: {
      ...redisOptions,
      ...(seed.username && { username: decodeURIComponent(seed.username) }),
      ...(seed.password && { password: decodeURIComponent(seed.password) }),
      ...(seed.protocol === 'rediss:' && { tls: {} }),
    },
  });
  // Typed as Redis so every room keeps one connection type: a Cluster answers the same commands, MULTI,
  // EVAL, pub/sub, duplicate() and events that zoetrope uses, and BullMQ accepts either. SELECT, SCAN and
  // KEYS would reach one node only: nothing calls the first and last, and the one SCAN (the rounds sweep at
  // bot start, src/bot/rounds/sweep.ts) runs it on every master itself.
  return cluster as unknown as Redis;
}
