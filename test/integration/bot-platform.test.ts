import { Routes } from 'discord.js';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeComponentId } from '../../src/bot/index.js';
import { artifactKeys, DeliveryQueue, generateJobSchema } from '../../src/queue/index.js';
import { BotHarness, jobIdOf, messageBearing } from '../fake-discord/harness.js';
import {
  type FakeUser,
  MESSAGE_CONTENT_INTENT,
  type RecordedRequest,
  snowflake,
} from '../fake-discord/index.js';

// What Discord refuses or limits, met the way a default install meets it: the Message Content intent left
// off in the Developer Portal, a job older than its interaction token and than Discord's one-hour edit
// window, forum channels, and prompts that show nothing.

const PREFIX = `zt-bot-platform-${process.pid}`;
const HOUR_AND_A_BIT = 61 * 60 * 1000;
/** Zero-width space, zero-width joiner, word joiner, and a byte-order mark: nothing a reader can see. */
const INVISIBLE = '\u200b\u200d\u2060\ufeff';

let h: BotHarness;
let alice: FakeUser;

const isCallback = (id: string) => (r: RecordedRequest) => r.path.startsWith(`/interactions/${id}/`);
const isUpload = (r: RecordedRequest) => r.files.some((f) => f.filename.endsWith('.mp4')) && r.status < 300;
const postsIn = (channelId: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/channels/${channelId}/messages` && r.status < 300;

/** /generate in `channelId`; resolves once the clip is delivered. */
async function clip(prompt: string, channelId = h.fake.channelId) {
  const interaction = h.fake.slash(alice, 'generate', [{ name: 'prompt', type: 3, value: prompt }], {
    channelId,
  });
  const upload = await h.fake.waitForRequest((r) => isUpload(r) && r.path.includes(interaction.token));
  const jobId = jobIdOf(upload.body)!;
  await h.delivered(jobId);
  return { interaction, jobId, messageId: interaction.originalMessageId! };
}

/** A finished job's record and thread, written straight to Redis: a clip thread without making a clip. */
async function clipThread(prompt: string, channelId: string, threadId: string) {
  const jobId = crypto.randomUUID();
  const job = generateJobSchema.parse({
    version: 1,
    kind: 'generate',
    prompt,
    caption: { text: prompt, expander: 'verbatim' },
    durationSeconds: 1,
    seed: 7,
    requester: { source: 'discord', userId: alice.id, guildId: h.fake.guildId, channelId },
    createdAt: Date.now(),
  });
  await h.bot!.context.state.saveJob({ jobId, job, threadId });
  await h.bot!.context.state.setThreadJob(threadId, jobId);
  return { jobId, job };
}

/**
 * A clip asked for in a forum post that a moderator locked before the clip was ready: its delivery is
 * queued as the engine would queue it.
 */
async function lockedPostClip(prompt: string) {
  // Not announced: the bot would read the post's first message as a reply to the clip.
  const post = h.fake.startForumPost(alice, `about ${prompt}`, 'soon locked', false);
  const postId = String(post.id);
  const { jobId, job } = await clipThread(prompt, postId, postId);
  h.fake.lockThread(postId);
  const ctx = h.bot!.context;
  const data = Buffer.from('not really an mp4, but the bot only posts it');
  await ctx.artifacts.put(artifactKeys.clip(jobId), data, { contentType: 'video/mp4' });
  const deliveries = new DeliveryQueue(h.redis, ctx.keys);
  await deliveries.add({
    version: 1,
    jobId,
    job,
    result: {
      jobId,
      artifact: { key: artifactKeys.clip(jobId), contentType: 'video/mp4' },
      bytes: data.length,
      width: 64,
      height: 64,
      fps: 8,
      frames: 8,
      durationSeconds: 1,
      seed: 7,
      caption: job.caption,
      model: { name: 'test-pattern', version: '1', generator: 'test-pattern' },
      timings: {},
      checks: [],
      finishedAt: Date.now(),
    },
  });
  await deliveries.close();
  return { jobId, postId };
}

beforeAll(async () => {
  h = await BotHarness.start(PREFIX);
  alice = h.fake.addUser('alice');
});

afterAll(async () => {
  await h?.close();
});

afterEach(async () => {
  for (const r of h.fake.requests) {
    const body = messageBearing(r);
    if (body) expect((body.allowed_mentions as { parse?: string[] } | undefined)?.parse).toEqual([]);
  }
  await h.stopBot();
  h.fake.messageContentIntent = true;
});

describe('the Message Content intent', () => {
  it('GIVEN a default install whose application has the intent THEN the bot asks for it, and a reply with only an attachment is answered once with how to refine', async () => {
    await h.startBot();
    if (!h.engine) await h.startEngine();
    expect(h.fake.identifies.at(-1)! & MESSAGE_CONTENT_INTENT).toBe(MESSAGE_CONTENT_INTENT);

    const { messageId: threadId } = await clip('a violet circle drifting');
    const still = { filename: 'idea.png', data: Buffer.from('not a png'), contentType: 'image/png' };
    h.fake.postAsUser(alice, threadId, '', false, still);
    const hint = await h.fake.waitForRequest(postsIn(threadId));
    expect(String(hint.body?.content)).toContain('/refine');
    expect(String(hint.body?.content)).toContain(`<@${h.fake.appId}>`);
  });

  it('GIVEN the intent is off in the Developer Portal THEN the gateway closes with 4014, the bot logs one line saying where to enable it and reconnects without it; a plain reply gets one hint per thread, a mention still refines', async () => {
    h.fake.messageContentIntent = false;
    const lines: { level: number; msg: string; code?: number }[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const before = h.fake.identifies.length;
    await h.startBot({ log });
    expect(h.fake.identifies.slice(before).map((i) => (i & MESSAGE_CONTENT_INTENT) !== 0)).toEqual([
      true,
      false,
    ]);
    const warnings = lines.filter((l) => l.level >= 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toMatch(
      /Developer Portal → your application → Bot → Privileged Gateway Intents → Message Content Intent/,
    );
    expect(warnings[0]!.msg).toContain('/refine');
    expect(lines.find((l) => l.msg === 'bot ready')).toMatchObject({ messageContent: false });

    if (!h.engine) await h.startEngine();
    const { jobId, messageId: threadId } = await clip('a navy square spinning');
    const hints = () =>
      h.fake.requests.filter((r) => postsIn(threadId)(r) && String(r.body?.content).includes('/refine'));
    h.fake.postAsUser(alice, threadId, 'make it red');
    await h.fake.waitUntil(() => hints().length === 1);
    h.fake.postAsUser(alice, threadId, 'make it orange');
    h.fake.postAsUser(alice, threadId, `<@${h.fake.appId}> make it green`, true);
    const viaMention = await h.fake.waitForRequest((r) => isUpload(r) && postsIn(threadId)(r));
    const refined = jobIdOf(viaMention.body)!;
    await h.delivered(refined);
    const record = await h.bot!.context.state.job(refined);
    expect(record?.job.caption.text).toContain('green');
    expect(record?.job.lineage.parentJobId).toBe(jobId);
    expect(hints()).toHaveLength(1);
    const ttl = await h.redis.ttl(h.bot!.context.keys.botThreadHinted(threadId));
    expect(ttl).toBeGreaterThan(0);
  });
});

describe('progress after an hour in the queue', () => {
  it('GIVEN a job that waited over an hour THEN progress goes to one fresh status message (the old one is never edited), and that message points at the clip', async () => {
    await h.startBot({ clock: () => h.fake.now() });
    await h.engine?.close();
    h.engine = undefined;
    const interaction = h.fake.slash(alice, 'generate', [
      { name: 'prompt', type: 3, value: 'a grey circle waiting' },
    ]);
    const queued = await h.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(interaction.token) && jobIdOf(r.body) !== undefined,
    );
    const jobId = jobIdOf(queued.body)!;
    const original = interaction.originalMessageId!;

    h.fake.advance(HOUR_AND_A_BIT);
    await h.startEngine(300);
    await h.delivered(jobId);

    // One fresh status (no file, the job's embed) was posted in the channel, and every later edit went to it.
    const posted = h.fake.requests.filter(
      (r) => postsIn(h.fake.channelId)(r) && r.files.length === 0 && jobIdOf(r.body) === jobId,
    );
    expect(posted).toHaveLength(1);
    const status = h.fake
      .allMessages()
      .find((m) => m.id !== original && m.content === 'Done — the clip is below.');
    expect(status, 'the fresh status points at the clip').toBeDefined();
    expect((await h.bot!.context.state.job(jobId))?.statusMessageId).toBe(status!.id);
    const edits = h.fake.requests.filter(
      (r) => r.method === 'PATCH' && r.path === `/channels/${h.fake.channelId}/messages/${status!.id}`,
    );
    expect(edits.some((r) => JSON.stringify(r.body).includes('▰'))).toBe(true);
    // Nothing tried to edit the hour-old message (Discord caps those edits: 30046).
    expect(h.fake.requests.filter((r) => r.path.endsWith(`/messages/${original}`))).toHaveLength(0);
    expect(h.fake.requests.filter((r) => r.status === 429)).toHaveLength(0);
    const clips = h.clipMessages().filter((m) => JSON.stringify(m.embeds).includes(jobId));
    expect(clips).toHaveLength(1);
    expect(clips[0]!.content).toBe(`<@${alice.id}> your clip is ready.`);
  });
});

describe('forum channels', () => {
  it('GIVEN /generate in a forum post THEN the clip stays in that post and a reply there refines it; GIVEN a post the bot never saw THEN its clip stays there too', async () => {
    await h.startBot();
    if (!h.engine) await h.startEngine();
    const post = h.fake.startForumPost(alice, 'ideas for the intro', 'what could the intro look like?');
    const first = await clip('a gold star rising', String(post.id));
    expect(first.interaction.channelId).toBe(post.id);
    expect(await h.bot!.context.state.threadJob(String(post.id))).toBe(first.jobId);
    h.fake.postAsUser(alice, String(post.id), 'make it blue');
    const refinedUpload = await h.fake.waitForRequest((r) => isUpload(r) && postsIn(String(post.id))(r));
    const refined = jobIdOf(refinedUpload.body)!;
    await h.delivered(refined);
    expect((await h.bot!.context.state.job(refined))?.job.lineage.parentJobId).toBe(first.jobId);

    const unseen = h.fake.startForumPost(alice, 'older ideas', 'from last month', false);
    const second = await clip('a silver square falling', String(unseen.id));
    expect(await h.bot!.context.state.threadJob(String(unseen.id))).toBe(second.jobId);
    // No thread was started inside either post (Discord refuses threads in threads).
    const posts = [String(post.id), String(unseen.id)];
    expect([...h.fake.threads.values()].filter((t) => posts.includes(String(t.parent_id)))).toHaveLength(0);
  });

  it('GIVEN a clip whose forum post was locked before delivery THEN it lands in a new post in the forum, named after the prompt, which becomes its thread', async () => {
    await h.startBot();
    const { jobId } = await lockedPostClip('a lantern in the fog');
    await h.delivered(jobId);

    const created = h.fake.requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${h.fake.forumId}/threads`,
    );
    expect(created?.status).toBe(201);
    expect(created?.body?.name).toBe('a lantern in the fog');
    const clips = h.clipMessages().filter((m) => JSON.stringify(m.embeds).includes(jobId));
    expect(clips).toHaveLength(1);
    const newPost = h.fake.threads.get(clips[0]!.channel_id);
    expect(newPost?.parent_id).toBe(h.fake.forumId);
    expect(clips[0]!.id).toBe(newPost?.id);
    expect(clips[0]!.content).toBe(`<@${alice.id}> your clip is ready.`);
    expect(clips[0]!.allowed_mentions).toMatchObject({ parse: [], users: [alice.id] });
    expect(await h.bot!.context.state.threadJob(clips[0]!.channel_id)).toBe(jobId);
  });

  it('GIVEN the bot dies after Discord opened the forum post but before it heard back THEN the next bot adopts that post: exactly one', async () => {
    await h.startBot();
    h.fake.inject({
      method: 'POST',
      path: new RegExp(`^/channels/${h.fake.forumId}/threads$`),
      status: 0,
      mode: 'hang',
      times: 10,
    });
    const { jobId } = await lockedPostClip('a kite over the dunes');
    const hung = await h.fake.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${h.fake.forumId}/threads` &&
        r.body?.name === 'a kite over the dunes',
    );
    // Discord opened the post; the bot never heard back.
    expect(hung.status).toBe(0);
    await h.stopBot(true);

    await h.startBot();
    await h.delivered(jobId);
    const clips = h.clipMessages().filter((m) => JSON.stringify(m.embeds).includes(jobId));
    expect(clips).toHaveLength(1);
    expect(await h.redis.get(h.bot!.context.keys.delivered(jobId))).toBe(`posted:${clips[0]!.id}`);
    expect(await h.bot!.context.state.threadJob(clips[0]!.channel_id)).toBe(jobId);
  });
});

describe('prompts that show nothing', () => {
  it('GIVEN only zero-width characters in /generate, /animate, /refine, a thread reply or the Edit caption form THEN each gets the answer an empty one gets, privately where Discord allows', async () => {
    await h.startBot();
    const privately = async (sent: { id: string }, expected: string) => {
      const answer = await h.fake.waitForRequest(isCallback(sent.id));
      expect(answer.body?.type).toBe(4);
      const data = answer.body!.data as { content: string; flags: number };
      expect(data.flags & 64).toBe(64);
      expect(data.content).toBe(expected);
    };
    const empty = 'The prompt is empty.';
    await privately(h.fake.slash(alice, 'generate', [{ name: 'prompt', type: 3, value: INVISIBLE }]), empty);
    await privately(
      h.fake.slash(alice, 'generate', [{ name: 'prompt', type: 3, value: ` ${INVISIBLE}\u3164 ` }]),
      empty,
    );
    const still = snowflake();
    const url = h.fake.hostFile('still.png', Buffer.from('png'), 'image/png');
    await privately(
      h.fake.slash(
        alice,
        'animate',
        [
          { name: 'image', type: 11, value: still },
          { name: 'prompt', type: 3, value: INVISIBLE },
        ],
        {
          resolved: {
            attachments: {
              [still]: {
                id: still,
                filename: 'still.png',
                size: 3,
                url,
                proxy_url: url,
                content_type: 'image/png',
                width: 64,
                height: 64,
              },
            },
          },
        },
      ),
      empty,
    );
    await privately(h.fake.slash(alice, 'refine', [{ name: 'change', type: 3, value: INVISIBLE }]), empty);

    const form = encodeComponentId({ action: 'edit', jobId: crypto.randomUUID(), ownerId: alice.id });
    await privately(
      h.fake.submitModal(alice, h.fake.channelId, form, { caption: INVISIBLE }),
      'The caption is empty.',
    );
    // A form without the caption field (another version's, or forged): a specific answer, not a bug's.
    await privately(
      h.fake.submitModal(alice, h.fake.channelId, form, { 'not-the-caption': 'a red fox' }),
      'That form is out of date: press Edit caption on the clip again.',
    );

    // A thread reply cannot be answered privately; it gets what a bare mention gets, and no job.
    const anchor = (await h.bot!.context.rest.post(Routes.channelMessages(h.fake.channelId), {
      body: { content: 'thread anchor', allowed_mentions: { parse: [] } },
    })) as { id: string };
    await h.bot!.context.rest.post(Routes.threads(h.fake.channelId, anchor.id), {
      body: { name: 'an invisible reply', auto_archive_duration: 1440 },
    });
    await clipThread('a mint triangle', h.fake.channelId, anchor.id);
    h.fake.postAsUser(alice, anchor.id, `<@${h.fake.appId}> ${INVISIBLE}`, true);
    const bare = h.fake.postAsUser(alice, anchor.id, `<@${h.fake.appId}>`, true);
    await h.fake.waitUntil(
      () => h.fake.requests.filter((r) => postsIn(anchor.id)(r)).length === 2 || undefined,
    );
    const answers = h.fake.requests.filter((r) => postsIn(anchor.id)(r)).map((r) => r.body?.content);
    expect(answers[0]).toBe(answers[1]);
    expect(String(answers[0])).toMatch(/refine/);
    expect(bare.id).toBeDefined();
    expect(await h.bot!.context.queue.inFlightCount(alice.id)).toBe(0);
  });
});
