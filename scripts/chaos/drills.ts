import { Queue } from 'bullmq';
import { deliveryJobId, QUEUE_NAMES } from '../../src/queue/index.js';
import { LOCK_MS, poll, type World } from './world.js';

/** What a drill reports beyond the counts: when work resumed after its fault, and what it saw. */
export interface DrillOutcome {
  recoverSeconds: number | undefined;
  settleMs?: number;
}

export interface Drill {
  name: string;
  run(world: World): Promise<DrillOutcome>;
}

const seconds = (from: number, to: number | undefined) => (to === undefined ? undefined : (to - from) / 1000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const UPLOAD_ROUTE = /^\/(webhooks\/[^/]+\/[^/]+\/messages\/[^/]+|channels\/[^/]+\/messages)$/;

/** The first job whose progress says it is in `stage` (at `minStep` or later), polled every 20 ms. */
async function jobIn(
  world: World,
  stage: string,
  minStep = 0,
  timeoutMs = 60_000,
): Promise<string | undefined> {
  return poll(async () => {
    for (const job of await world.generateQueue.getJobs(['active'])) {
      const p = job.progress as { stage?: string; step?: number };
      if (p?.stage === stage && (p.step ?? 0) >= minStep) return job.id;
    }
    return undefined;
  }, timeoutMs);
}

/** When `jobId` was taken up again after `since` (BullMQ's processedOn moves on each start). */
async function restartedAt(
  world: World,
  jobId: string,
  since: number,
  timeoutMs = 4 * LOCK_MS,
): Promise<number | undefined> {
  const at = await poll(async () => {
    const state = await world.stateOf(jobId).catch(() => undefined);
    return state?.processedOn !== undefined && state.processedOn > since ? state.processedOn : undefined;
  }, timeoutMs);
  return at;
}

/** When the first clip message for any job not delivered at `since` appeared. */
async function nextClipAt(world: World, timeoutMs = 120_000): Promise<number | undefined> {
  const before = new Set(world.clipsByJob().keys());
  return poll(
    () => ([...world.clipsByJob().keys()].some((id) => !before.has(id)) ? Date.now() : undefined),
    timeoutMs,
  );
}

/** An engine killed while generating; a supervisor starts it again at once. */
const engineKillGenerating: Drill = {
  name: 'engine SIGKILL mid-generation',
  async run(world) {
    await world.startBot();
    const engine = await world.startEngine();
    await world.submit(3);
    const victim = await jobIn(world, 'generating', 5);
    if (!victim) throw new Error('no job reached generation');
    const killedAt = Date.now();
    await engine.kill();
    await world.startEngine('engine-2');
    return { recoverSeconds: seconds(killedAt, await restartedAt(world, victim, killedAt)) };
  },
};

/** An engine killed while ffmpeg encodes (a large test pattern, so the encode lasts long enough to hit). */
const engineKillEncoding: Drill = {
  name: 'engine SIGKILL mid-encode',
  async run(world) {
    const big = { TEST_PATTERN: 'steps=4,step-ms=50,size=512x512,fps=24', DISPLAY_SIZE: '512' };
    await world.startBot();
    const engine = await world.startEngine('engine', big);
    await world.submit(2, 8);
    const victim = await jobIn(world, 'encoding');
    if (!victim) throw new Error('no job reached the encoder');
    const killedAt = Date.now();
    await engine.kill();
    await world.startEngine('engine-2', big);
    return { recoverSeconds: seconds(killedAt, await restartedAt(world, victim, killedAt)) };
  },
};

/** The bot killed while it uploads a finished clip (the upload hangs, so the kill lands mid-request). */
const botKillBeforeDelivery: Drill = {
  name: 'bot SIGKILL between completion and delivery',
  async run(world) {
    const bot = await world.startBot();
    await world.startEngine();
    world.fake.inject({
      method: 'PATCH',
      path: UPLOAD_ROUTE,
      status: 200,
      mode: 'hang',
      uploadsOnly: true,
      times: 1,
    });
    await world.submit(3);
    await world.fake.waitForRequest((r) => r.method === 'PATCH' && r.files.length > 0, 60_000);
    const killedAt = Date.now();
    await bot.kill();
    await sleep(2000);
    await world.startBot('bot-2');
    return { recoverSeconds: seconds(killedAt, await nextClipAt(world)) };
  },
};

/** Redis stopped (SIGTERM, AOF flushed) for `outageMs` while a job runs, then started again from its AOF. */
function redisOutage(outageMs: number): Drill {
  return {
    name: `Redis stopped ${outageMs / 1000} s, restarted from AOF`,
    async run(world) {
      await world.startBot();
      await world.startEngine();
      await world.submit(3);
      if (!(await jobIn(world, 'generating', 2))) throw new Error('no job reached generation');
      await world.redis.down();
      await sleep(outageMs);
      await world.redis.up();
      const upAt = Date.now();
      return { recoverSeconds: seconds(upAt, await nextClipAt(world)) };
    },
  };
}

/** Discord answers uploads with 429s and 5xx for a while. */
const discordStorm: Drill = {
  name: '429/5xx storm on the upload route',
  async run(world) {
    await world.startBot();
    await world.startEngine();
    const stormAt = Date.now();
    for (const method of ['PATCH', 'POST']) {
      world.fake.inject({
        method,
        path: UPLOAD_ROUTE,
        status: 429,
        retryAfterSeconds: 0.5,
        uploadsOnly: true,
        times: 6,
      });
      world.fake.inject({ method, path: UPLOAD_ROUTE, status: 502, uploadsOnly: true, times: 4 });
      world.fake.inject({ method, path: UPLOAD_ROUTE, status: 500, uploadsOnly: true, times: 4 });
    }
    await world.submit(4);
    return { recoverSeconds: seconds(stormAt, await nextClipAt(world)) };
  },
};

/** Two engines share the queue; one is killed for good while both are busy. */
const twoEnginesOneKilled: Drill = {
  name: 'two engines, one killed',
  async run(world) {
    await world.startBot();
    const a = await world.startEngine('engine-a');
    await world.startEngine('engine-b');
    await world.submit(6);
    const busy = await poll(
      async () => ((await world.generateQueue.getJobs(['active'])).length >= 2 ? true : undefined),
      30_000,
    );
    if (!busy) world.notes.push('both engines never ran at once');
    // Which job engine A holds is not visible from outside; every active job is a candidate.
    const active = (await world.generateQueue.getJobs(['active'])).map((j) => j.id!);
    const killedAt = Date.now();
    await a.kill();
    const restarts = await Promise.all(active.map((id) => restartedAt(world, id, killedAt)));
    const firstRestart = restarts.filter((t): t is number => t !== undefined).sort()[0];
    return { recoverSeconds: seconds(killedAt, firstRestart) };
  },
};

/** Jobs no bot would write: data that is not JSON, and JSON that breaks the contract; then normal jobs. */
const malformedJob: Drill = {
  name: 'malformed job injected into the queue',
  async run(world) {
    await world.startBot();
    const raw = new Queue(QUEUE_NAMES.generate, {
      connection: world.connection,
      prefix: world.keys.bullPrefix,
    });
    const notJson = await raw.add('generate', { placeholder: true }, { jobId: 'chaos-not-json' });
    await world.connection.hset(
      `${world.keys.bullPrefix}:${QUEUE_NAMES.generate}:${notJson.id}`,
      'data',
      '{"prompt": "unterminated',
    );
    await raw.add(
      'generate',
      { version: 1, kind: 'generate', prompt: 42, requester: 'nobody' },
      { jobId: 'chaos-bad-schema' },
    );
    await raw.add('generate', { version: 99, kind: 'teleport' }, { jobId: 'chaos-unknown-kind' });
    await raw.close();
    world.injected.push('chaos-not-json', 'chaos-bad-schema', 'chaos-unknown-kind');
    const injectedAt = Date.now();
    await world.startEngine();
    await world.submit(2);
    const failedAt = await poll(async () => {
      const states = await Promise.all(world.injected.map((id) => world.stateOf(id)));
      return states.every((s) => s.state === 'failed') ? Date.now() : undefined;
    }, 60_000);
    // No delivery is made for a job without a Discord requester.
    const strayDeliveries = await Promise.all(
      world.injected.map((id) =>
        world.connection.exists(`${world.keys.bullPrefix}:${QUEUE_NAMES.deliveries}:${deliveryJobId(id)}`),
      ),
    );
    if (strayDeliveries.some(Boolean)) world.notes.push('a malformed job was handed to delivery');
    return { recoverSeconds: seconds(injectedAt, failedAt) };
  },
};

export const DRILLS: Drill[] = [
  engineKillGenerating,
  engineKillEncoding,
  botKillBeforeDelivery,
  redisOutage(5000),
  redisOutage(60_000),
  discordStorm,
  twoEnginesOneKilled,
  malformedJob,
];
