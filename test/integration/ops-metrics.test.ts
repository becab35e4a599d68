import type { QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import parsePrometheusTextFormat, {
  type HistogramSample,
  type MetricFamily,
  type Sample,
} from 'parse-prometheus-text-format';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { type Engine, startEngine } from '../../src/engine/index.js';
import {
  DURATION_BUCKETS,
  Metrics,
  type OpsServer,
  Readiness,
  RedisLink,
  redisReachable,
  startOpsServer,
} from '../../src/ops/index.js';
import {
  connectRedis,
  createKeys,
  decodeFailure,
  type GenerateJobInput,
  GenerationQueue,
} from '../../src/queue/index.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../helpers/redis.js';

const prefix = uniquePrefix('ops-metrics');
const keys = createKeys(prefix);
const log = pino({ level: 'silent' });
const config = loadConfig({
  ENGINE_BACKEND: 'test-pattern',
  TEST_PATTERN: 'steps=3,step-ms=5,size=64x64,fps=8',
  REDIS_URL: TEST_REDIS_URL,
  ZOETROPE_PREFIX: prefix,
  LOG_LEVEL: 'silent',
  DISPLAY_SIZE: '128',
  MODERATION_FRAMES: 'false',
  // A 2 s job is over this engine's limit: it ends as OVER_LIMIT, a second outcome to count.
  MAX_DURATION_SECONDS: '1',
  DEFAULT_DURATION_SECONDS: '1',
});

const metrics = new Metrics();
const readiness = new Readiness();
let server: OpsServer;
let engine: Engine | undefined;
let redis: Redis;
let eventsConnection: Redis;
let queue: GenerationQueue;
let events: QueueEvents;
const startedAt = Date.now() / 1000;

function job(durationSeconds: number): GenerateJobInput {
  return {
    version: 1,
    kind: 'generate',
    prompt: 'a test pattern',
    caption: { text: 'a test pattern', expander: 'verbatim' },
    durationSeconds,
    seed: 5,
    requester: { source: 'cli', userId: 'ops-test' },
    createdAt: Date.now(),
  };
}

async function get(path: string): Promise<{ status: number; type: string | null; body: string }> {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

let lastScrape = '';

async function scrape(): Promise<Map<string, MetricFamily>> {
  const { status, type, body } = await get('/metrics');
  expect(status).toBe(200);
  expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
  lastScrape = body;
  // The parser throws on any line that is not valid exposition text.
  return new Map(parsePrometheusTextFormat(body).map((family) => [family.name, family]));
}

/**
 * One series of a labelled histogram, parsed on its own. The parser (like prom2json) folds a histogram
 * family into one sample and drops its labels, so each series is handed to it separately: its TYPE line and
 * the bucket lines carrying `label="value"`. Returns the cumulative counts by upper bound.
 */
function histogramSeries(family: string, label: string, value: string): Record<string, string> {
  const lines = lastScrape
    .split('\n')
    .filter(
      (l) =>
        l === `# TYPE ${family} histogram` ||
        (l.startsWith(`${family}_bucket{`) && l.includes(`${label}="${value}"`)),
    );
  const [parsed] = parsePrometheusTextFormat(`${lines.join('\n')}\n`);
  expect(parsed?.type).toBe('HISTOGRAM');
  return (parsed!.metrics[0] as HistogramSample).buckets;
}

function sample(family: MetricFamily | undefined, labels: Record<string, string>): Sample | undefined {
  return family?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v)) as
    | Sample
    | undefined;
}

beforeAll(async () => {
  server = await startOpsServer({ host: '127.0.0.1', port: 0, metrics, readiness, log });
  redis = connectRedis(TEST_REDIS_URL);
  eventsConnection = connectRedis(TEST_REDIS_URL);
  queue = new GenerationQueue({ connection: redis, keys });
  events = queue.events(eventsConnection);
  await events.waitUntilReady();
});

afterAll(async () => {
  await engine?.close();
  await server.close();
  await events.close();
  await queue.queue.obliterate({ force: true });
  await queue.close();
  redis.disconnect();
  eventsConnection.disconnect();
  await cleanPrefix(prefix);
});

describe('operations port', () => {
  it('GIVEN an engine still loading its model THEN /healthz is 200 and /readyz is 503 naming the model', async () => {
    readiness.set('model', () => false);
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ status: 'ok' });
    const ready = await get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.type).toMatch(/application\/json/);
    expect(JSON.parse(ready.body)).toEqual({ ready: false, checks: { model: false }, notReady: ['model'] });
  });

  it('GIVEN the engine started THEN /readyz is 200 with Redis and the model ready', async () => {
    engine = await startEngine({ config, redisUrl: TEST_REDIS_URL, log, metrics, link: new RedisLink(log) });
    readiness.set('redis', engine.checks.redis);
    readiness.set('model', engine.checks.model);
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({
      ready: true,
      checks: { redis: true, model: true },
      notReady: [],
    });
  });

  it('GIVEN a clip made and a job over the limit THEN the scrape, read by a Prometheus text parser, counts both', async () => {
    const made = await queue.enqueue(job(1));
    const refused = await queue.enqueue(job(2));
    const madeJob = await queue.queue.getJob(made.jobId);
    const refusedJob = await queue.queue.getJob(refused.jobId);
    await madeJob!.waitUntilFinished(events, 30_000);
    const failure = await refusedJob!.waitUntilFinished(events, 30_000).then(
      () => undefined,
      (error: Error) => decodeFailure(error.message),
    );
    expect(failure?.code).toBe('OVER_LIMIT');

    const families = await scrape();
    const jobs = families.get('zoetrope_jobs_total');
    expect(jobs?.type).toBe('COUNTER');
    expect(sample(jobs, { kind: 'generate', outcome: 'completed' })?.value).toBe('1');
    expect(sample(jobs, { kind: 'generate', outcome: 'over_limit' })?.value).toBe('1');

    const stages = families.get('zoetrope_job_stage_duration_seconds');
    expect(stages?.type).toBe('HISTOGRAM');
    const generate = histogramSeries('zoetrope_job_stage_duration_seconds', 'stage', 'generate');
    // Buckets that fit clips: up to ten minutes, not prom-client's 10 s default.
    expect(new Set(Object.keys(generate))).toEqual(new Set([...DURATION_BUCKETS.map(String), '+Inf']));
    // Only the clip that was made reached the generate stage; the refused job stopped at plan.
    expect(generate['+Inf']).toBe('1');
    expect(histogramSeries('zoetrope_job_stage_duration_seconds', 'stage', 'plan')['+Inf']).toBe('2');
    for (const stage of ['check', 'watermark', 'encode', 'checked', 'sign', 'store', 'handOff']) {
      expect(histogramSeries('zoetrope_job_stage_duration_seconds', 'stage', stage)['+Inf'], stage).toBe('1');
    }
    // Timings that are not stages stay out.
    expect(lastScrape).not.toMatch(/stage="(totalMs|modelMs)"/);

    expect(families.get('zoetrope_job_queue_wait_seconds')?.type).toBe('HISTOGRAM');
    const wait = histogramSeries('zoetrope_job_queue_wait_seconds', 'kind', 'generate');
    expect(wait['+Inf']).toBe('2');
    expect(Object.keys(wait)).toContain('3600');

    expect(families.get('zoetrope_job_duration_seconds')?.type).toBe('HISTOGRAM');
    expect(histogramSeries('zoetrope_job_duration_seconds', 'outcome', 'completed')['+Inf']).toBe('1');
    expect(histogramSeries('zoetrope_job_duration_seconds', 'outcome', 'over_limit')['+Inf']).toBe('1');

    expect(families.get('zoetrope_jobs_in_progress')?.type).toBe('GAUGE');
    expect(sample(families.get('zoetrope_jobs_in_progress'), {})?.value).toBe('0');
    const last = Number(sample(families.get('zoetrope_last_success_timestamp_seconds'), {})?.value);
    expect(last).toBeGreaterThanOrEqual(startedAt);
    expect(last).toBeLessThanOrEqual(Date.now() / 1000);

    // The queue's depth, read from Redis at scrape time.
    const depth = families.get('zoetrope_queue_jobs');
    expect(sample(depth, { queue: 'generate', state: 'completed' })?.value).toBe('1');
    expect(sample(depth, { queue: 'generate', state: 'failed' })?.value).toBe('1');

    // Declared families a bot fills in are there with their types, ready for dashboards.
    expect(families.get('zoetrope_clips_delivered_total')?.type).toBe('COUNTER');
    expect(families.get('zoetrope_delivery_retries_total')?.type).toBe('COUNTER');
    expect(families.get('zoetrope_discord_429_total')?.type).toBe('COUNTER');
    expect(families.get('zoetrope_moderation_blocks_total')?.type).toBe('COUNTER');
    // prom-client's process and Node metrics.
    expect(families.get('process_cpu_seconds_total')?.type).toBe('COUNTER');
    expect(families.get('nodejs_eventloop_lag_seconds')?.type).toBe('GAUGE');
    expect(families.get('process_resident_memory_bytes')).toBeDefined();

    // No label anywhere carries a member id.
    for (const family of families.values()) {
      for (const m of family.metrics) expect(Object.values(m.labels ?? {})).not.toContain('ops-test');
    }

    // BullMQ's own worker metrics are on: the queue keeps its per-minute history.
    const history = await queue.queue.getMetrics('completed');
    expect(history.meta.count).toBeGreaterThanOrEqual(1);
  });

  it('GIVEN a frame refusal and a text refusal THEN blocks are counted by source and category', async () => {
    metrics.moderationBlocked('frames', ['sexual']);
    metrics.moderationBlocked('text', []);
    const blocks = (await scrape()).get('zoetrope_moderation_blocks_total');
    expect(sample(blocks, { source: 'frames', category: 'sexual' })?.value).toBe('1');
    expect(sample(blocks, { source: 'text', category: 'unavailable' })?.value).toBe('1');
  });

  it('GIVEN the engine closed or Redis gone THEN /readyz is 503 naming what is not ready', async () => {
    await engine?.close();
    engine = undefined;
    const gone = connectRedis(TEST_REDIS_URL, { lazyConnect: true });
    readiness.set('redis', redisReachable(gone));
    const ready = await get('/readyz');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toEqual({
      ready: false,
      checks: { redis: false, model: false },
      notReady: ['model', 'redis'],
    });
    gone.disconnect();
  });

  it('GIVEN a write or an unknown path THEN the port refuses it', async () => {
    expect((await fetch(`${server.url}/metrics`, { method: 'POST' })).status).toBe(405);
    expect((await get('/nope')).status).toBe(404);
  });
});
