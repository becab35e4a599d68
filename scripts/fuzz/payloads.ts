import { Queue, QueueEvents } from 'bullmq';
import { pino } from 'pino';
import { loadConfig } from '../../src/config/index.js';
import { startEngine } from '../../src/engine/index.js';
import {
  connectRedis,
  createKeys,
  decodeFailure,
  generateJobSchema,
  InvalidPayload,
  parsePayload,
  QUEUE_NAMES,
} from '../../src/queue/index.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../../test/helpers/redis.js';
import { anyValue, emptyRow, type FuzzRow, nastyString, p99, type Rng } from './random.js';

const VALID = {
  version: 1,
  kind: 'generate',
  prompt: 'a red fox',
  caption: { text: 'a red fox', expander: 'verbatim' },
  durationSeconds: 2,
  seed: 7,
  requester: { source: 'discord', userId: '100000000000000001', channelId: '200000000000000001' },
  createdAt: 1_700_000_000_000,
};

/** A valid job with one to three fields replaced, removed or added (nested ones included). */
function mutatedJob(rng: Rng): unknown {
  if (rng.chance(0.1)) return anyValue(rng);
  const job = structuredClone(VALID) as Record<string, unknown>;
  for (let i = rng.int(1, 3); i > 0; i--) {
    const nested = rng.chance(0.3) ? rng.pick([job.caption, job.requester]) : job;
    const target = (
      nested !== null && typeof nested === 'object' && !Array.isArray(nested) ? nested : job
    ) as Record<string, unknown>;
    const field = rng.chance(0.8) ? rng.pick(Object.keys(target)) : nastyString(rng, 12);
    if (rng.chance(0.15)) delete target[field];
    else target[field] = rng.chance(0.5) ? anyValue(rng) : nastyString(rng);
  }
  return job;
}

/** The job contract at the engine's door: every payload is a valid job or an InvalidPayload naming a field. */
export function fuzzSchema(rng: Rng, count: number): FuzzRow {
  const row = emptyRow('job payloads (schema)');
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const payload = mutatedJob(rng);
    const started = performance.now();
    row.inputs++;
    try {
      parsePayload(generateJobSchema, payload);
      row.accepted++;
    } catch (error) {
      if (error instanceof InvalidPayload && error.message.length > 0) row.refused++;
      else {
        row.crashes++;
        if (row.notes.length < 3)
          row.notes.push(`${JSON.stringify(payload).slice(0, 120)} → ${(error as Error).message}`);
      }
    }
    times.push(performance.now() - started);
  }
  row.p99Ms = p99(times);
  return row;
}

/**
 * What a real engine does with malformed jobs written straight into its queue (data that is not JSON, and
 * JSON that breaks the contract): each must fail once with INVALID_REQUEST, and the engine keep going.
 */
export async function fuzzEngine(rng: Rng, count: number): Promise<FuzzRow> {
  const row = emptyRow('job payloads (real engine)');
  const prefix = uniquePrefix('fuzz-engine');
  const keys = createKeys(prefix);
  const engine = await startEngine({
    config: loadConfig({
      REDIS_URL: TEST_REDIS_URL,
      ZOETROPE_PREFIX: prefix,
      ENGINE_BACKEND: 'test-pattern',
      TEST_PATTERN: 'steps=2,size=64x64',
      DISPLAY_SIZE: '64',
      MODERATION_FRAMES: 'false',
      LOG_LEVEL: 'silent',
    }),
    redisUrl: TEST_REDIS_URL,
    log: pino({ level: 'silent' }),
  });
  const redis = connectRedis(TEST_REDIS_URL);
  const queue = new Queue(QUEUE_NAMES.generate, { connection: redis, prefix: keys.bullPrefix });
  const eventsConnection = connectRedis(TEST_REDIS_URL);
  const events = new QueueEvents(QUEUE_NAMES.generate, {
    connection: eventsConnection,
    prefix: keys.bullPrefix,
  });
  await events.waitUntilReady();
  const times: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      let payload = mutatedJob(rng);
      if (payload === null || typeof payload !== 'object' || Array.isArray(payload))
        payload = { value: payload };
      const started = performance.now();
      const job = await queue.add('generate', payload, { attempts: 1 });
      if (i % 4 === 0)
        await redis.hset(
          `${keys.bullPrefix}:${QUEUE_NAMES.generate}:${job.id}`,
          'data',
          nastyString(rng, 40) || '{',
        );
      row.inputs++;
      // Waits on the Job object from `add`: reading the job back (Job.fromId) would parse the data this
      // harness just corrupted, and report the harness's own JSON error as the engine's answer.
      const outcome = await job.waitUntilFinished(events, 15_000).then(
        () => 'accepted' as const,
        (error: Error) =>
          /timed out|before finishing/i.test(error.message) ? ('hang' as const) : error.message,
      );
      times.push(performance.now() - started);
      if (outcome === 'accepted') row.accepted++;
      else if (outcome === 'hang') row.hangs++;
      else {
        const failure = decodeFailure(outcome);
        if (failure.code === 'ENGINE_ERROR') {
          row.generic++;
          if (row.notes.length < 3)
            row.notes.push(`${JSON.stringify(payload).slice(0, 100)} → ${outcome.slice(0, 120)}`);
        } else row.refused++;
      }
    }
  } finally {
    await events.close();
    await queue.close();
    await engine.close(0);
    redis.disconnect();
    eventsConnection.disconnect();
    await cleanPrefix(prefix);
  }
  row.p99Ms = p99(times);
  return row;
}
