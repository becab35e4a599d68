// A prompt round under load, through the fake Discord: a host opens a round (`pick:all`, `clips:10`), 40
// members send 100 distinct prompts within one second, the host closes it, the engine makes the clips and
// the bot posts the gallery. Measures each submission's acknowledgement (Discord's 3 s) and final answer,
// whether every one was "Entry received", how many times each gallery part was posted, and the time from
// /round close to the gallery next to the sum of the clips' own times (the engine's `timings.totalMs`):
// the round's overhead. The fake Discord, the real bot and the real engine (built-in model, one job at a time)
// share this process; Redis is the real one at 127.0.0.1:6379 (TEST_REDIS_URL), under a private prefix
// that is removed at the end. The frame check is off, as in the integration tests (MODERATION_FRAMES=true
// turns it on).
// Usage: npm run bench:round -- [--members 40] [--prompts 100] [--clips 10] [--spread-ms 1000]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { configSchema } from '../../src/config/index.js';
import type { JobResult } from '../../src/queue/index.js';
import { BotHarness } from '../../test/fake-discord/harness.js';
import type { FakeUser, RecordedRequest } from '../../test/fake-discord/index.js';
import { percentile, printTable } from './stats.js';

const { values } = parseArgs({
  options: {
    members: { type: 'string', default: '40' },
    prompts: { type: 'string', default: '100' },
    clips: { type: 'string', default: '10' },
    'spread-ms': { type: 'string', default: '1000' },
    'timeout-s': { type: 'string', default: '600' },
  },
});
const memberCount = Number(values.members);
const promptCount = Number(values.prompts);
const clipCount = Number(values.clips);
const spreadMs = Number(values['spread-ms']);
const timeoutMs = Number(values['timeout-s']) * 1000;
const perMember = Math.ceil(promptCount / memberCount);
const ACK_LIMIT_MS = 3000;
const COMPONENTS_V2 = 1 << 15;
const MANAGE_GUILD = String(1 << 5);
/** Clips per gallery message (src/bot/rounds: at most 10 media items per message). */
const PER_GALLERY = 10;

type Json = Record<string, unknown>;

process.env.TEST_LOG_LEVEL ??= 'error';
const MODEL_DIR = process.env.MODEL_DIR ?? configSchema.shape.MODEL_DIR.parse(undefined);
const hasModel = existsSync(join(MODEL_DIR, 'model_index.json'));
const prefix = `bench-round-${process.pid}`;
const h = await BotHarness.start(prefix, {
  MODEL_DIR,
  // The winners are credited to their authors: one member may have several of them.
  USER_MAX_QUEUED: String(Math.max(5, clipCount)),
  ...(process.env.MODERATION_FRAMES ? { MODERATION_FRAMES: process.env.MODERATION_FRAMES } : {}),
});

let exitCode = 1;
try {
  exitCode = await bench();
} catch (error) {
  console.error(error);
} finally {
  // Stops the bot, the engine and the fake, and removes every key under the private prefix.
  await h.close();
}
process.exit(exitCode);

async function bench(): Promise<number> {
  const { fake } = h;
  // Every in-flight wait on the fake listens to its requests: a burst holds more than 10 of them.
  fake.setMaxListeners(0);
  // Production's progress interval and delivery lock, not the tests' short ones.
  const bot = await h.startBot({ progressIntervalMs: 3000, deliveryLockMs: 30_000 });
  // Requests discord.js held back: its own 50 requests/s global limit (every route but interaction
  // callbacks, webhook edits of an interaction's reply included) or a route's bucket.
  const held = { global: 0, route: 0, maxWaitMs: 0 };
  bot.client.rest.on('rateLimited', (info) => {
    if (info.global) held.global += 1;
    else held.route += 1;
    held.maxWaitMs = Math.max(held.maxWaitMs, info.timeToReset);
  });
  const engineStarted = performance.now();
  const engine = await h.startEngine(hasModel ? 'model' : 20);
  const engineStartMs = performance.now() - engineStarted;
  const clips: { jobId: string; totalMs: number; processedOn: number; finishedOn: number }[] = [];
  engine.worker.on('completed', (job, result: JobResult) => {
    clips.push({
      jobId: job.id ?? '',
      totalMs: result.timings.totalMs ?? Number.NaN,
      processedOn: job.processedOn ?? Number.NaN,
      finishedOn: job.finishedOn ?? Number.NaN,
    });
  });
  const failedJobs: string[] = [];
  engine.worker.on('failed', (job, error) => failedJobs.push(`${job?.id}: ${error.message}`));

  const host = fake.addUser('host');
  const members: FakeUser[] = Array.from({ length: memberCount }, (_, i) => fake.addUser(`member${i}`));
  const channel = fake.addTextChannel('bench-round');
  const round = (user: FakeUser, sub: string, options: Json[] = [], permissions = '0') =>
    fake.slash(user, 'round', [{ name: sub, type: 1, options }], { channelId: channel, permissions });

  // The final answer to an interaction: an immediate reply, or the edit of its deferral.
  const finals = new Map<string, { at: number; content: string }>();
  const byToken = new Map<string, string>();
  const failedCallbacks = new Map<string, number>();
  fake.on('request', (r: RecordedRequest) => {
    let m = r.path.match(/^\/interactions\/(\d+)\/[^/]+\/callback$/);
    if (m && r.method === 'POST') {
      if (r.status >= 400) failedCallbacks.set(m[1]!, r.status);
      else if (r.body?.type === 4 && !finals.has(m[1]!))
        finals.set(m[1]!, { at: r.at, content: String((r.body.data as Json | undefined)?.content) });
      return;
    }
    m = r.path.match(/^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/);
    if (m && r.method === 'PATCH' && typeof r.body?.content === 'string') {
      const id = byToken.get(m[1]!);
      if (id && !finals.has(id)) finals.set(id, { at: r.at, content: r.body.content });
    }
  });
  const answered = async (i: { id: string; token: string }, ms = 30_000) => {
    byToken.set(i.token, i.id);
    await fake.waitUntil(() => finals.get(i.id), ms);
    return finals.get(i.id)!.content;
  };

  // Warm-up, not measured: every member asks for the status of a round not yet open, so discord.js, the
  // bot's handlers and the Redis connections are as warm as in a bot that has been running for a while.
  await Promise.all(members.map((m) => answered(round(m, 'status'))));

  const opened = await answered(
    round(
      host,
      'start',
      [
        { name: 'theme', type: 3, value: 'things in the sky' },
        { name: 'minutes', type: 4, value: 60 },
        { name: 'per_member', type: 4, value: perMember },
        { name: 'pick', type: 3, value: 'all' },
        { name: 'clips', type: 4, value: clipCount },
      ],
      MANAGE_GUILD,
    ),
  );
  if (!/Round open/.test(opened)) throw new Error(`the round did not open: ${opened}`);

  // The burst: prompt k from member k mod N, fired evenly over `spreadMs`; every prompt distinct.
  const subjects = ['a red kite', 'a paper plane', 'a hot air balloon', 'a flock of birds', 'a blue comet'];
  const places = ['over the sea', 'above a city', 'at sunset', 'in the rain', 'over the hills'];
  const prompt = (k: number) => `${subjects[k % 5]} number ${k + 1} ${places[Math.floor(k / 5) % 5]}`;
  const fired: { id: string; token: string; createdAt: number; ackAt?: number }[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from(
      { length: promptCount },
      (_, k) =>
        new Promise<void>((resolve) =>
          setTimeout(
            () => {
              const i = round(members[k % memberCount]!, 'submit', [
                { name: 'prompt', type: 3, value: prompt(k) },
              ]);
              byToken.set(i.token, i.id);
              fired[k] = i;
              resolve();
            },
            (k * spreadMs) / promptCount,
          ),
        ),
    ),
  );
  const firedOverMs = performance.now() - t0;
  await fake
    .waitUntil(() => fired.every((i) => finals.has(i.id)) || undefined, 60_000)
    .catch(() => undefined);
  const acks = fired.map((i) => (i.ackAt ?? Number.NaN) - i.createdAt);
  const answers = fired.map((i) => (finals.get(i.id)?.at ?? Number.NaN) - i.createdAt);
  const unanswered = fired.filter((i) => !finals.has(i.id)).length;
  const unacked = acks.filter((a) => Number.isNaN(a)).length;
  const notReceived = fired
    .map((i, k) => ({ k, content: finals.get(i.id)?.content }))
    .filter((x) => x.content !== undefined && !/Entry received/.test(x.content));
  const record = await h.bot!.context.rounds!.store.get(channel);
  const entriesRecorded = record?.entries.length ?? 0;

  // The close, by the host, and the wait until the round has ended (its record removed after the gallery).
  const close = round(host, 'close', [], MANAGE_GUILD);
  const closedAnswer = await answered(close);
  const closeAt = close.createdAt;
  const deadline = Date.now() + timeoutMs;
  while ((await h.bot!.context.rounds!.store.get(channel)) !== undefined && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  const ended = (await h.bot!.context.rounds!.store.get(channel)) === undefined;

  // The gallery: every POST of a Components V2 message in the channel, and the messages the channel holds.
  const galleryPosts = fake.requests.filter(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${channel}/messages` &&
      (Number(r.body?.flags) & COMPONENTS_V2) !== 0,
  );
  const postsPerNonce = new Map<string, number>();
  for (const r of galleryPosts) {
    const nonce = String(r.body?.nonce);
    postsPerNonce.set(nonce, (postsPerNonce.get(nonce) ?? 0) + 1);
  }
  const galleryMessages = fake
    .allMessages()
    .filter(
      (m) =>
        m.channel_id === channel &&
        (m.author as { id: string }).id === fake.botUser.id &&
        (Number(m.flags) & COMPONENTS_V2) !== 0,
    );
  const mediaItems = galleryMessages
    .flatMap((m) => JSON.stringify(m.components).match(/attachment:\/\/round-\d+\.mp4/g) ?? [])
    .filter((v, i, all) => all.indexOf(v) === i).length;
  const expectedParts = Math.ceil(Math.min(clipCount, promptCount) / PER_GALLERY);
  const galleryAt = Math.max(...galleryPosts.filter((r) => r.status < 400).map((r) => r.at));
  const closeToGalleryMs = galleryPosts.length > 0 ? galleryAt - closeAt : Number.NaN;
  const exactlyOnce =
    galleryMessages.length === expectedParts &&
    postsPerNonce.size === expectedParts &&
    [...postsPerNonce.values()].every((n) => n === 1);

  // The clips' own times: the engine's totalMs (pick-up to hand-off), and BullMQ's processedOn→finishedOn.
  const sumTotalMs = clips.reduce((s, c) => s + c.totalMs, 0);
  const sumBullMs = clips.reduce((s, c) => s + (c.finishedOn - c.processedOn), 0);
  const firstStart = Math.min(...clips.map((c) => c.processedOn));
  const lastFinish = Math.max(...clips.map((c) => c.finishedOn));
  const overheadMs = closeToGalleryMs - sumTotalMs;
  const clipStatuses = fake.requests.filter(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${channel}/messages` &&
      String(r.body?.content).startsWith('Round entry #'),
  ).length;

  const ackP99 = percentile(acks, 99);
  const table = {
    members: memberCount,
    prompts: promptCount,
    'fired over ms': firedOverMs,
    'entry received': fired.length - unanswered - notReceived.length,
    'ack p50 ms': percentile(acks, 50),
    'ack p99 ms': ackP99,
    'ack max ms': Math.max(...acks),
    'answer p50 ms': percentile(answers, 50),
    'answer p99 ms': percentile(answers, 99),
    'answer max ms': Math.max(...answers),
  };
  printTable([table]);
  console.log('');
  printTable([
    {
      clips: clips.length,
      'gallery msgs': galleryMessages.length,
      'gallery POSTs': galleryPosts.length,
      'media items': mediaItems,
      'close→gallery ms': closeToGalleryMs,
      'Σ clip totalMs': sumTotalMs,
      'Σ bull proc→fin ms': sumBullMs,
      'overhead ms': overheadMs,
      'close→1st start ms': firstStart - closeAt,
      'engine wall ms': lastFinish - firstStart,
      'last clip→gallery ms': galleryAt - lastFinish,
    },
  ]);
  if (notReceived.length > 0) {
    console.log(`answered with something other than "Entry received": ${notReceived.length}`);
    for (const x of notReceived) console.log(`  #${x.k + 1} (${prompt(x.k)}): ${x.content}`);
  }
  if (unanswered > 0) console.log(`unanswered submissions: ${unanswered} (unacknowledged: ${unacked})`);
  if (failedCallbacks.size > 0)
    console.log(`refused interaction callbacks: ${[...failedCallbacks.values()].join(', ')}`);
  if (failedJobs.length > 0) console.log(`failed jobs: ${failedJobs.join(' | ')}`);
  if (!ended) console.log(`the round had not ended after ${timeoutMs / 1000} s`);
  console.log(
    `close answered: ${JSON.stringify(closedAnswer)}; entries recorded: ${entriesRecorded}; ` +
      `winner status messages: ${clipStatuses}; engine start ${engineStartMs.toFixed(0)} ms; ` +
      `engine: ${hasModel ? `built-in model (${MODEL_DIR})` : 'test pattern (no model found)'}, one job at a time`,
  );
  console.log(
    `discord.js held requests back: ${held.global} times by its global 50/s limit, ${held.route} by a route's ` +
      `bucket (longest wait ${held.maxWaitMs} ms)`,
  );

  const failures: string[] = [];
  if (unanswered > 0) failures.push(`${unanswered} submissions unanswered`);
  if (notReceived.length > 0) failures.push(`${notReceived.length} submissions not "Entry received"`);
  if (!(ackP99 <= ACK_LIMIT_MS)) failures.push(`ack p99 ${ackP99} ms > ${ACK_LIMIT_MS} ms`);
  if (!exactlyOnce)
    failures.push(
      `gallery not posted exactly once: ${galleryMessages.length} messages, ${galleryPosts.length} POSTs, ` +
        `${postsPerNonce.size} nonces, ${expectedParts} expected`,
    );
  if (clips.length !== Math.min(clipCount, promptCount))
    failures.push(`${clips.length} clips made, ${Math.min(clipCount, promptCount)} expected`);
  console.log(
    JSON.stringify({
      bench: 'round',
      members: memberCount,
      prompts: promptCount,
      clips: clipCount,
      perMember,
      firedOverMs: Math.round(firedOverMs),
      entryReceived: fired.length - unanswered - notReceived.length,
      otherAnswers: notReceived.length,
      unanswered,
      entriesRecorded,
      ackP50Ms: percentile(acks, 50),
      ackP99Ms: ackP99,
      ackMaxMs: Math.max(...acks),
      answerP50Ms: percentile(answers, 50),
      answerP99Ms: percentile(answers, 99),
      answerMaxMs: Math.max(...answers),
      clipsMade: clips.length,
      galleryMessages: galleryMessages.length,
      galleryPosts: galleryPosts.length,
      galleryExactlyOnce: exactlyOnce,
      mediaItems,
      closeToGalleryMs,
      sumClipTotalMs: sumTotalMs,
      sumBullProcessedToFinishedMs: sumBullMs,
      overheadMs,
      closeToFirstClipStartMs: firstStart - closeAt,
      engineWallMs: lastFinish - firstStart,
      lastClipToGalleryMs: galleryAt - lastFinish,
      clipTime: 'engine result timings.totalMs (pick-up to hand-off), clips run one at a time',
      engine: hasModel ? 'built-in model' : 'test pattern',
      restHeldGlobal: held.global,
      restHeldRoute: held.route,
      restHeldMaxWaitMs: held.maxWaitMs,
      frameCheck: h.config.MODERATION_FRAMES,
      pass: failures.length === 0,
    }),
  );
  for (const f of failures) console.error(`FAIL: ${f}`);
  return failures.length === 0 ? 0 : 1;
}
