import type { Cluster, Redis } from 'ioredis';
import type { Keys } from '../../queue/index.js';
import { isActive, type Round } from './store.js';

/** The steps of a round that are jobs on the `rounds` queue (job ids `<step>-<round id>`). */
export type RoundStep = 'close' | 'vote' | 'advance';

/**
 * The job a round that has not ended waits on, and when it is due (undefined: now): the `close` at the
 * deadline while it collects, then `close` now until what closing posts is out (`announced`); `vote` at the
 * poll's end; `advance` while it runs or posts. A round whose host is picking waits on the host, not a job.
 */
export function awaitedStep(round: Round): { step: RoundStep; dueAt?: number } | undefined {
  if (!isActive(round)) return undefined;
  if (round.phase === 'collecting') return { step: 'close', dueAt: round.deadline };
  if (!round.announced) return { step: 'close' };
  switch (round.phase) {
    case 'voting':
      return round.poll ? { step: 'vote', dueAt: round.poll.endsAt } : undefined;
    case 'running':
    case 'posting':
      return { step: 'advance' };
    default:
      return undefined;
  }
}

/**
 * The channels that have a round recorded in Redis (in any phase), found with SCAN. On a Redis Cluster a
 * SCAN reaches one node, so every master is scanned (the deployment's hash tag puts all its keys on one).
 */
export async function recordedRoundChannels(redis: Redis, keys: Keys): Promise<string[]> {
  const nodes = redis.isCluster ? (redis as unknown as Cluster).nodes('master') : [redis];
  const prefix = keys.round('');
  const channels = new Set<string>();
  for (const node of nodes) {
    let cursor = '0';
    do {
      const [next, found] = await node.scan(cursor, 'MATCH', keys.roundPattern, 'COUNT', 500);
      cursor = next;
      // SCAN may return a key twice; the set keeps one.
      for (const key of found) channels.add(key.slice(prefix.length));
    } while (cursor !== '0');
  }
  return [...channels];
}
