// Queue overhead next to generation: enqueue→start and finish→delivery latency over many jobs through the
// real BullMQ queue and engine, and the share of a clip's wall time spent outside the model.
// Usage: npm run bench:queue -- [--jobs 500] [--clips 10]   (MODERATION_FRAMES=false: without the frame check)
import { parseArgs } from 'node:util';
import { Job, Queue, Worker } from 'bullmq';
import { startRuntime } from '../../src/cli/runtime.js';
import { type Engine, startEngine } from '../../src/engine/index.js';
import {
  connectRedis,
  createKeys,
  type Delivery,
  deliveryJobId,
  type GenerateJobInput,
  GenerationQueue,
  type JobResult,
  QUEUE_NAMES,
} from '../../src/queue/index.js';
import { percentile, printTable } from './stats.js';

const { values } = parseArgs({
  options: { jobs: { type: 'string', default: '500' }, clips: { type: 'string', default: '10' } },
});
const jobCount = Number(values.jobs);
const clipCount = Number(values.clips);
const STAGES = ['generate', 'check', 'watermark', 'encode', 'sign', 'store'] as const;
// The whole process: queue, engine, model thread and, when on, the frame classifier's thread.
const peakRssMiB = () => process.resourceUsage().maxRSS / 1024;

const prefix = `bench-queue-${process.pid}`;
const runtime = await startRuntime({ ZOETROPE_PREFIX: prefix, LOG_LEVEL: 'warn' });
const { config, log } = runtime;
const keys = createKeys(prefix);
const redis = connectRedis(runtime.redis.url);
const queue = new GenerationQueue({ connection: redis, keys });
const eventsConnection = connectRedis(runtime.redis.url);
const events = queue.events(eventsConnection);
await events.waitUntilReady();

// The bot's side of delivery: a consumer that records when each delivery was picked up.
const deliveryPickedUp = new Map<string, number>();
const deliveriesConnection = connectRedis(runtime.redis.url);
const deliveries = new Worker<Delivery>(
  QUEUE_NAMES.deliveries,
  async (job) => {
    deliveryPickedUp.set(job.data.jobId, Date.now());
  },
  { connection: deliveriesConnection, prefix: keys.bullPrefix },
);

const job = (i: number): GenerateJobInput => ({
  version: 1,
  kind: 'generate',
  prompt: `bench ${i}`,
  caption: { text: 'a red circle moving left over a sunset sky', expander: 'verbatim' },
  durationSeconds: 2,
  seed: i,
  requester: {
    source: 'discord',
    userId: `1000000000000000${String(i % 10).padStart(2, '0')}`,
    channelId: '200000000000000001',
  },
  createdAt: Date.now(),
});

async function runOne(i: number): Promise<{ result: JobResult; bull: Job }> {
  const { jobId } = await queue.enqueue(job(i));
  const bull = (await Job.fromId(queue.queue, jobId))!;
  const result = (await bull.waitUntilFinished(events, 120_000)) as JobResult;
  return { result, bull: (await Job.fromId(queue.queue, jobId))! };
}

async function waitForDelivery(jobId: string): Promise<number> {
  for (let i = 0; i < 2000 && !deliveryPickedUp.has(jobId); i++) await new Promise((r) => setTimeout(r, 2));
  return deliveryPickedUp.get(jobId) ?? Number.NaN;
}

// 1. Overhead, closed loop (one job in flight, so no time is spent waiting behind other jobs): a model-free
//    test pattern keeps each job short so the queue's own latency is what is measured.
const overhead: Engine = await startEngine({
  config: { ...config, ENGINE_BACKEND: 'test-pattern', TEST_PATTERN: 'steps=1' },
  redisUrl: runtime.redis.url,
  log,
});
const deliveryQueue = new Queue(QUEUE_NAMES.deliveries, { connection: redis, prefix: keys.bullPrefix });
const enqueueToStart: number[] = [];
const finishToDeliveryEnqueued: number[] = [];
const deliveryEnqueuedToPickup: number[] = [];
for (let i = 0; i < jobCount; i++) {
  const { result, bull } = await runOne(i);
  enqueueToStart.push((bull.processedOn ?? Number.NaN) - bull.timestamp);
  const deliveryJob = await deliveryQueue.getJob(deliveryJobId(result.jobId));
  const pickedUp = await waitForDelivery(result.jobId);
  if (deliveryJob) {
    finishToDeliveryEnqueued.push(deliveryJob.timestamp - result.finishedAt);
    deliveryEnqueuedToPickup.push(pickedUp - deliveryJob.timestamp);
  }
}
await overhead.close();

// 2. Real clips with the configured model (default: the built-in one): where does a clip's time go?
const clipRows: Array<Record<string, number>> = [];
const real = clipCount > 0 ? await startEngine({ config, redisUrl: runtime.redis.url, log }) : undefined;
for (let i = 0; real && i < clipCount; i++) {
  const started = performance.now();
  const { result } = await runOne(100_000 + i);
  const wall = performance.now() - started;
  clipRows.push({
    wall,
    model: result.timings.modelMs ?? 0,
    generate: result.timings.generate ?? 0,
    check: result.timings.check ?? 0,
    watermark: result.timings.watermark ?? 0,
    encode: result.timings.encode ?? 0,
    sign: result.timings.sign ?? 0,
    store: result.timings.store ?? 0,
  });
}
const modelName = real?.generator.info.card.name ?? 'none';
await real?.close();

const p = (xs: number[], q: number) => percentile(xs, q);
console.log(
  `\nqueue overhead over ${jobCount} jobs (closed loop, test pattern, Redis ${runtime.redis.owned ? 'private' : 'REDIS_URL'})`,
);
printTable([
  {
    measure: 'enqueue → start (ms)',
    p50: p(enqueueToStart, 50),
    p99: p(enqueueToStart, 99),
    max: Math.max(...enqueueToStart),
  },
  {
    measure: 'finish → delivery enqueued (ms)',
    p50: p(finishToDeliveryEnqueued, 50),
    p99: p(finishToDeliveryEnqueued, 99),
    max: Math.max(...finishToDeliveryEnqueued),
  },
  {
    measure: 'delivery enqueued → picked up (ms)',
    p50: p(deliveryEnqueuedToPickup, 50),
    p99: p(deliveryEnqueuedToPickup, 99),
    max: Math.max(...deliveryEnqueuedToPickup),
  },
]);
const wall = clipRows.map((r) => r.wall!);
const model = clipRows.map((r) => r.model!);
const outside = clipRows.map((r) => 1 - r.model! / r.wall!);
console.log(`\n${clipCount} clips with ${modelName} (enqueue → result, wall time)`);
printTable([
  { measure: 'clip wall (ms)', p50: p(wall, 50), max: Math.max(...wall) },
  { measure: 'inside model (ms)', p50: p(model, 50), max: Math.max(...model) },
  { measure: 'share outside model', p50: p(outside, 50), max: Math.max(...outside) },
  ...STAGES.map((s) => {
    const ms = clipRows.map((r) => r[s]!);
    return { measure: `stage ${s} (ms)`, p50: p(ms, 50), max: Math.max(...ms) };
  }),
]);
// The frame check's share of a clip (target ≤ 10%); 0 when MODERATION_FRAMES is off.
const checkShare = clipRows.map((r) => r.check! / r.wall!);
console.log(
  `frame check: ${config.MODERATION_FRAMES ? `nsfwjs ${config.MODERATION_FRAME_MODEL}` : 'off'}, ` +
    `share of clip wall p50 ${(p(checkShare, 50) * 100).toFixed(1)}%; peak RSS ${peakRssMiB().toFixed(0)} MiB`,
);
// Provenance's share of a clip: the watermark (scale to display size, embed) and the C2PA signature (target ≤ 10%).
const provenanceShare = clipRows.map((r) => (r.watermark! + r.sign!) / r.wall!);
console.log(`watermark + sign: share of clip wall p50 ${(p(provenanceShare, 50) * 100).toFixed(1)}%`);
console.log(
  JSON.stringify({
    bench: 'queue',
    jobs: jobCount,
    enqueueToStartMs: { p50: p(enqueueToStart, 50), p99: p(enqueueToStart, 99) },
    finishToDeliveryEnqueuedMs: {
      p50: p(finishToDeliveryEnqueued, 50),
      p99: p(finishToDeliveryEnqueued, 99),
    },
    deliveryEnqueuedToPickupMs: {
      p50: p(deliveryEnqueuedToPickup, 50),
      p99: p(deliveryEnqueuedToPickup, 99),
    },
    model: modelName,
    clips: clipCount,
    clipWallMs: { p50: p(wall, 50) },
    modelMs: { p50: p(model, 50) },
    shareOutsideModel: { p50: p(outside, 50) },
    frames: config.MODERATION_FRAMES ? config.MODERATION_FRAME_MODEL : 'off',
    checkShare: { p50: p(checkShare, 50) },
    provenanceShare: { p50: p(provenanceShare, 50) },
    peakRssMiB: Math.round(peakRssMiB()),
    stagesMs: Object.fromEntries(
      STAGES.map((s) => [
        s,
        p(
          clipRows.map((r) => r[s]!),
          50,
        ),
      ]),
    ),
  }),
);

await deliveries.close();
await deliveryQueue.close();
await events.close();
await queue.close();
// Leave nothing behind on a shared Redis.
let cursor = '0';
do {
  const [next, found] = await redis.scan(cursor, 'MATCH', `{${prefix}}*`, 'COUNT', 1000);
  cursor = next;
  if (found.length) await redis.del(...found);
} while (cursor !== '0');
redis.disconnect();
eventsConnection.disconnect();
deliveriesConnection.disconnect();
await runtime.redis.stop();
