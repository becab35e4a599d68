import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { Routes } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { failureText, STALE_COMMANDS } from '../../src/bot/index.js';
import {
  artifactKeys,
  connectRedis,
  DeliveryQueue,
  encodeFailure,
  FAILURE_CODES,
  type FailureCode,
  type GenerateJob,
  generateJobSchema,
  QUEUE_NAMES,
} from '../../src/queue/index.js';
import { BotHarness, jobIdOf, messageBearing, REDIS_URL } from '../fake-discord/harness.js';
import { type FakeMessage, type FakeUser, type RecordedRequest, snowflake } from '../fake-discord/index.js';
import { INTERNAL_TEXT, SAMPLE_FAILURES } from '../helpers/failures.js';

// The bot alone against the fake Discord: no engine runs here. Where a job must fail, a small BullMQ
// worker in the test fails it exactly as the engine does (an UnrecoverableError carrying the encoded
// failure), so what is tested is the bot's reading of the wire format.
const PREFIX = `zt-bot-failures-${process.pid}`;
const MANAGE_GUILD = String(1 << 5);

let h: BotHarness;
let alice: FakeUser;
let bob: FakeUser;

const isCallback = (id: string) => (r: RecordedRequest) => r.path.startsWith(`/interactions/${id}/`);
const callbackData = (r: RecordedRequest) => r.body?.data as { content: string; flags: number };
const generate = (
  user: FakeUser,
  prompt: string,
  extra: { name: string; type: number; value: string }[] = [],
) => h.fake.slash(user, 'generate', [{ name: 'prompt', type: 3, value: prompt }, ...extra]);

/** Jobs in the generation queue, whatever their state. */
async function jobCount(): Promise<number> {
  const counts = await h.bot!.context.queue.queue.getJobCounts();
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** A worker that fails every generation job the way the engine does; `reasons` picks each job's failure. */
function failingWorker(reason: (job: Job<GenerateJob>) => Error): { close(): Promise<void> } {
  const connection = connectRedis(REDIS_URL);
  const worker = new Worker<GenerateJob>(
    QUEUE_NAMES.generate,
    async (job) => {
      throw reason(job);
    },
    { connection, prefix: h.bot!.context.keys.bullPrefix },
  );
  return {
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}

beforeAll(async () => {
  // A high per-member limit: nothing here releases in-flight slots (that is the engine's job).
  h = await BotHarness.start(PREFIX, { USER_MAX_QUEUED: '20' });
  alice = h.fake.addUser('alice');
  bob = h.fake.addUser('bob');
  await h.startBot();
});

afterAll(async () => {
  await h?.close();
});

afterEach(() => {
  for (const r of h.fake.requests) {
    const body = messageBearing(r);
    if (body) expect((body.allowed_mentions as { parse?: string[] } | undefined)?.parse).toEqual([]);
    // No request the bot sends ever carries the engine's internal text.
    expect(JSON.stringify(r.body ?? {})).not.toContain('/srv/engine');
  }
});

describe('requests a member can send that the contract refuses', () => {
  it('GIVEN a prompt plus style over the limit THEN an ephemeral answer names the limit, and no job or slot is taken', async () => {
    const before = await jobCount();
    const prompt = 'a slow pan across a harbour at dawn, '.repeat(26).trim();
    const style = 'watercolour with soft edges and muted colours, like an old postcard';
    const length = `${prompt}, in a ${style} style`.length;
    expect(prompt.length).toBeLessThanOrEqual(1000);
    expect(length).toBeGreaterThan(1000);
    const interaction = generate(alice, prompt, [{ name: 'style', type: 3, value: style }]);
    const answer = await h.fake.waitForRequest(isCallback(interaction.id));
    expect(answer.body?.type).toBe(4);
    expect(callbackData(answer).flags & 64).toBe(64);
    expect(callbackData(answer).content).toBe(
      `Your prompt and style together are ${length.toLocaleString('en-US')} characters; the limit is 1,000. ` +
        'Please shorten the prompt or the style and try again.',
    );
    expect(await jobCount()).toBe(before);
    expect(await h.bot!.context.queue.inFlightCount(alice.id)).toBe(0);
    expect(await h.redis.scard(h.bot!.context.keys.userReserved(alice.id))).toBe(0);
  });

  it.each([
    ['a command this version does not define', 'nosuchcommand', []],
    ['a required option missing', 'generate', [{ name: 'style', type: 3, value: 'ink' }]],
    ['an option of another type', 'generate', [{ name: 'prompt', type: 4, value: 12 }]],
    ['a text option whose value is a number', 'refine', [{ name: 'change', type: 3, value: 42 }]],
    ['an option this version does not define', 'queue', [{ name: 'verbose', type: 5, value: true }]],
    ['settings without a subcommand', 'settings', []],
  ])(
    'GIVEN commands registered by another version (%s) THEN an ephemeral answer says how to update them, and nothing is queued',
    async (_, name, options) => {
      const before = await jobCount();
      const interaction = h.fake.slash(
        alice,
        name,
        options as { name: string; type: number; value: string }[],
      );
      const answer = await h.fake.waitForRequest(isCallback(interaction.id));
      expect(answer.body?.type).toBe(4);
      expect(callbackData(answer).flags & 64).toBe(64);
      expect(callbackData(answer).content).toBe(STALE_COMMANDS);
      expect(await jobCount()).toBe(before);
    },
  );

  it('GIVEN /animate whose file did not come with it THEN an ephemeral answer says what to attach', async () => {
    const interaction = h.fake.slash(alice, 'animate', [
      { name: 'prompt', type: 3, value: 'the cat blinks' },
      { name: 'image', type: 11, value: '123456' },
    ]);
    const answer = await h.fake.waitForRequest(isCallback(interaction.id));
    expect(callbackData(answer).flags & 64).toBe(64);
    expect(callbackData(answer).content).toBe(
      'Attach the still to animate: `/animate image:<file> prompt:<what happens>`.',
    );
  });

  it('GIVEN a server that already allows the most channels THEN /settings channel gets an ephemeral answer and nothing changes', async () => {
    const full = Array.from({ length: 50 }, () => snowflake());
    await h.bot!.context.state.updateSettings(h.fake.guildId, (s) => ({ ...s, channels: full }));
    const interaction = h.fake.slash(
      bob,
      'settings',
      [
        {
          name: 'channel',
          type: 1,
          options: [
            { name: 'channel', type: 7, value: h.fake.channelId },
            { name: 'allowed', type: 5, value: true },
          ],
        },
      ],
      {
        permissions: MANAGE_GUILD,
        resolved: {
          channels: {
            [h.fake.channelId]: { id: h.fake.channelId, type: 0, name: 'clips', permissions: '0' },
          },
        },
      },
    );
    const answer = await h.fake.waitForRequest(isCallback(interaction.id));
    expect(answer.body?.type).toBe(4);
    expect(callbackData(answer).flags & 64).toBe(64);
    expect(callbackData(answer).content).toMatch(/already allows clips in 50 channels.*Remove one/);
    expect((await h.bot!.context.state.settings(h.fake.guildId)).channels).toEqual(full);
    await h.bot!.context.state.updateSettings(h.fake.guildId, (s) => ({ ...s, channels: [] }));
  });
});

describe('engine failures as the member sees them', () => {
  const UNENCODED = 'unencoded';
  let worker: { close(): Promise<void> };

  beforeAll(() => {
    worker = failingWorker((job) => {
      const code = job.data.prompt.replace(/^fail with /, '') as FailureCode | typeof UNENCODED;
      // An unencoded reason is what an old engine, or BullMQ itself, leaves behind.
      if (code === UNENCODED) return new Error(INTERNAL_TEXT);
      return new UnrecoverableError(encodeFailure(SAMPLE_FAILURES[code]));
    });
  });

  afterAll(async () => {
    await worker.close();
  });

  /** Asks for a clip that fails, and resolves with its status message once it shows `description`. */
  async function failedStatus(what: string, description: string): Promise<FakeMessage> {
    const interaction = generate(alice, `fail with ${what}`);
    await h.fake.waitForRequest(isCallback(interaction.id));
    return h.fake.waitUntil(() => {
      const status = h.fake.allMessages().find((m) => m.id === interaction.originalMessageId);
      const shown = (status?.embeds[0] as { description?: string } | undefined)?.description;
      return shown === description && status;
    });
  }

  it('GIVEN an engine failure with each code THEN the status message shows that code’s sentence, never the internal message', async () => {
    for (const code of FAILURE_CODES) {
      const failure = SAMPLE_FAILURES[code];
      const sentence = code === 'CANCELLED' ? 'Cancelled.' : failureText(failure);
      const status = await failedStatus(code, sentence);
      expect(JSON.stringify(status), code).not.toContain(INTERNAL_TEXT);
      // The Cancel button goes with the job.
      expect(status.components, code).toEqual([]);
      expect(jobIdOf(status), code).toBeDefined();
    }
  });

  it('GIVEN a failedReason that is not an encoded failure THEN the generic sentence is shown, not that text', async () => {
    const status = await failedStatus(UNENCODED, failureText(SAMPLE_FAILURES.ENGINE_ERROR));
    expect(JSON.stringify(status)).not.toMatch(/TypeError|\/srv\//);
  });
});

describe('a lost release of an in-flight slot', () => {
  it('GIVEN stale ids in a member’s in-flight set THEN the next /generate goes through, while queued jobs still count', async () => {
    const ctx = h.bot!.context;
    await ctx.state.updateSettings(h.fake.guildId, (s) => ({ ...s, maxQueued: 2 }));
    // One job that failed without its slot being released, and one id whose job is gone altogether.
    const worker = failingWorker(() => new UnrecoverableError(encodeFailure(SAMPLE_FAILURES.ENGINE_ERROR)));
    const eventsConnection = connectRedis(REDIS_URL);
    const events = ctx.queue.events(eventsConnection);
    await events.waitUntilReady();
    const failed = new Promise<string>((resolve) => events.once('failed', ({ jobId }) => resolve(jobId)));
    const { jobId: failedId } = await ctx.queue.enqueue({
      version: 1,
      kind: 'generate',
      prompt: 'a job whose release is lost',
      caption: { text: 'a job whose release is lost', expander: 'verbatim' },
      durationSeconds: 1,
      seed: 1,
      requester: { source: 'discord', userId: bob.id, channelId: h.fake.channelId },
      createdAt: Date.now(),
    });
    expect(await failed).toBe(failedId);
    await worker.close();
    await events.close();
    eventsConnection.disconnect();
    const missingId = crypto.randomUUID();
    await h.redis.sadd(ctx.keys.userQueued(bob.id), missingId);
    expect(await ctx.queue.inFlightCount(bob.id)).toBe(2);

    const queuedIds: string[] = [];
    for (const prompt of ['a kite over a beach', 'a kite over a lake']) {
      const interaction = generate(bob, prompt);
      const status = await h.fake.waitForRequest(
        (r) => r.method === 'PATCH' && r.path.includes(interaction.token) && jobIdOf(r.body) !== undefined,
      );
      queuedIds.push(jobIdOf(status.body)!);
    }
    expect((await ctx.queue.jobsOf(bob.id)).map((s) => s.jobId).sort()).toEqual([...queuedIds].sort());
    expect(await h.redis.smembers(ctx.keys.userQueued(bob.id))).not.toEqual(
      expect.arrayContaining([failedId, missingId]),
    );

    // Two jobs really are queued: the limit still holds.
    const over = generate(bob, 'a kite over a field');
    const refusal = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/webhooks/${h.fake.appId}/${over.token}`,
    );
    expect(refusal.body?.flags).toBe(64);
    expect(String(refusal.body?.content)).toMatch(/already have 2 clips in the queue \(limit 2\)/);
    expect(await ctx.queue.inFlightCount(bob.id)).toBe(2);
    await ctx.state.updateSettings(h.fake.guildId, (s) => ({ ...s, maxQueued: 20 }));
  });
});

describe('delivery when Discord has trouble', () => {
  it('GIVEN a locked thread whose parent lookup hits a Discord outage THEN the delivery is retried and the clip lands in the parent channel', async () => {
    const ctx = h.bot!.context;
    const anchor = (await ctx.rest.post(Routes.channelMessages(h.fake.channelId), {
      body: { content: 'thread anchor', allowed_mentions: { parse: [] } },
    })) as { id: string };
    const thread = (await ctx.rest.post(Routes.threads(h.fake.channelId, anchor.id), {
      body: { name: 'a locked thread', auto_archive_duration: 1440 },
    })) as { id: string };
    h.fake.lockThread(thread.id);

    const jobId = crypto.randomUUID();
    const job = generateJobSchema.parse({
      version: 1,
      kind: 'generate',
      prompt: 'a lantern in the fog',
      caption: { text: 'a lantern in the fog', expander: 'verbatim' },
      durationSeconds: 1,
      seed: 3,
      requester: { source: 'discord', userId: alice.id, channelId: thread.id },
      createdAt: Date.now(),
    });
    const clip = Buffer.from('not really an mp4, but the bot only posts it');
    await ctx.artifacts.put(artifactKeys.clip(jobId), clip, { contentType: 'video/mp4' });
    // Every try of the REST client's first lookup fails (one request and its three retries).
    const lookup = new RegExp(`^/channels/${thread.id}$`);
    h.fake.inject({ method: 'GET', path: lookup, status: 503, times: 4 });
    const deliveries = new DeliveryQueue(h.redis, ctx.keys);
    await deliveries.add({
      version: 1,
      jobId,
      job,
      result: {
        jobId,
        artifact: { key: artifactKeys.clip(jobId), contentType: 'video/mp4' },
        bytes: clip.length,
        width: 64,
        height: 64,
        fps: 8,
        frames: 8,
        durationSeconds: 1,
        seed: 3,
        caption: job.caption,
        model: { name: 'test-pattern', version: '1', generator: 'test-pattern' },
        timings: {},
        checks: [],
        finishedAt: Date.now(),
      },
    });
    await h.delivered(jobId);
    await deliveries.close();

    const lookups = h.fake.requests.filter((r) => r.method === 'GET' && lookup.test(r.path));
    expect(lookups.map((r) => r.status)).toEqual([503, 503, 503, 503, 200]);
    const clips = h.clipMessages().filter((m) => JSON.stringify(m.embeds).includes(jobId));
    expect(clips).toHaveLength(1);
    expect(clips[0]!.channel_id).toBe(h.fake.channelId);
  });
});
