import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CaptionService, encodeComponentId, verbatimCaptions } from '../../src/bot/index.js';
import { appendAudit, createOfflineTextModerator, readAudit } from '../../src/moderation/index.js';
import {
  CONTRACT_VERSION,
  createKeys,
  DEFAULT_POLICY,
  generateJobSchema,
  type Keys,
} from '../../src/queue/index.js';
import { BotHarness, jobIdOf, messageBearing } from '../fake-discord/harness.js';
import type { FakeMessage, FakeUser, RecordedRequest } from '../fake-discord/index.js';

const PREFIX = `zt-bot-moderation-${process.pid}`;
const MANAGE_GUILD = String(1 << 5);

/** Prompts the offline rules refuse (or allow) under the default policy, each for one reason. */
const SEXUAL = 'a nude woman lying on a bed';
const GORE = 'a gory decapitation with blood spraying everywhere';
const MINORS = 'a naked teenager';
const TRICKY = "a knight's sword duel at a fair";

let h: BotHarness;
let keys: Keys;
let adultChannel: string;
let logChannel: string;
const users: Record<string, FakeUser> = {};

/**
 * The caption service under test: verbatim, except that a harmless prompt about a picnic is "expanded"
 * (as an LLM might) into a caption the policy refuses, and a reply asking for a picnic refines into one.
 */
function harmfulWhenPicnic(base: CaptionService): CaptionService {
  const harmful = { text: 'a nude woman lying on a picnic blanket in the park', expander: 'test double' };
  return {
    async expand(prompt, seed) {
      return prompt.includes('picnic') ? harmful : base.expand(prompt, seed);
    },
    async intent(reply, context) {
      if (reply.includes('picnic'))
        return { kind: 'refine', caption: harmful, prompt: `${context.prompt}; ${reply}` };
      return base.intent(reply, context);
    },
  };
}

const isCallback = (id: string) => (r: RecordedRequest) => r.path.startsWith(`/interactions/${id}/`);
const data = (r: RecordedRequest) =>
  (r.body?.data ?? {}) as { content?: string; flags?: number; embeds?: unknown[] };

function generate(user: FakeUser, prompt: string, channelId?: string) {
  return h.fake.slash(user, 'generate', [{ name: 'prompt', type: 3, value: prompt }], {
    ...(channelId ? { channelId } : {}),
  });
}

/** The ephemeral follow-up that replaces a deferred interaction's "thinking…" message. */
async function privateAnswer(interaction: { token: string }): Promise<{ content: string; flags: number }> {
  const r = await h.fake.waitForRequest(
    (x) =>
      x.method === 'POST' && x.path === `/webhooks/${h.fake.appId}/${interaction.token}` && x.status < 300,
  );
  return { content: String(r.body?.content), flags: Number(r.body?.flags) };
}

/** The queued status embed of a request that went through, and its job id. */
async function queuedJob(interaction: { token: string }): Promise<string> {
  const r = await h.fake.waitForRequest(
    (x) =>
      x.method === 'PATCH' &&
      x.path === `/webhooks/${h.fake.appId}/${interaction.token}/messages/@original` &&
      jobIdOf(x.body) !== undefined,
  );
  return jobIdOf(r.body)!;
}

/** Messages the bot left visible to everyone since `afterId` (ephemeral ones are private). */
function publicSince(afterId: string): FakeMessage[] {
  return h.fake
    .allMessages()
    .filter((m) => BigInt(m.id) > BigInt(afterId) && (Number(m.flags) & 64) === 0)
    .filter((m) => (m.author as { id: string }).id === h.fake.botUser.id);
}

async function settings(options: Record<string, unknown>[], resolved?: Record<string, unknown>) {
  const i = h.fake.slash(users.mod!, 'settings', options, {
    permissions: MANAGE_GUILD,
    ...(resolved ? { resolved } : {}),
  });
  const r = await h.fake.waitForRequest(isCallback(i.id));
  expect(data(r).content).toMatch(/Settings saved/);
  return data(r).content!;
}

const moderation = (sub: string, options: Record<string, unknown>[] = []) => [
  { name: 'moderation', type: 2, options: [{ name: sub, type: 1, options }] },
];

/** A delivered clip of `user`'s, with its thread in `channelId`, as the bot would have recorded it. */
async function seedClip(user: FakeUser, channelId = h.fake.channelId) {
  const jobId = crypto.randomUUID();
  const job = generateJobSchema.parse({
    version: CONTRACT_VERSION,
    kind: 'generate',
    prompt: 'a red ball',
    caption: { text: 'a red ball', expander: 'verbatim' },
    durationSeconds: 2,
    seed: 1,
    requester: { source: 'discord', userId: user.id, guildId: h.fake.guildId, channelId },
    createdAt: Date.now(),
  });
  const threadId = h.fake.startThread(channelId, 'a red ball');
  const state = h.bot!.context.state;
  await state.saveJob({ jobId, job, threadId });
  await state.setThreadJob(threadId, jobId);
  return { jobId, threadId };
}

async function auditOf(userId: string) {
  const page = await readAudit(h.redis, keys.moderationAudit(h.fake.guildId), { count: 100 });
  return page.entries.filter((e) => e.userId === userId);
}

async function assertNothingQueued(user: FakeUser): Promise<void> {
  const q = h.bot!.context.queue;
  expect(await q.inFlightCount(user.id)).toBe(0);
  expect(await q.jobsOf(user.id)).toEqual([]);
}

beforeAll(async () => {
  h = await BotHarness.start(PREFIX, { DISCORD_MESSAGE_CONTENT: 'true' });
  keys = createKeys(PREFIX);
  for (const name of [
    'mod',
    'alice',
    'bob',
    'carol',
    'dave',
    'erin',
    'frank',
    'gina',
    'harry',
    'ivan',
    'judy',
    'ken',
  ])
    users[name] = h.fake.addUser(name);
  adultChannel = h.fake.addTextChannel('after-dark', { nsfw: true });
  logChannel = h.fake.addTextChannel('mod-log');
  // No engine: a request that goes through stays queued, where the test can see it.
  await h.startBot({
    moderator: createOfflineTextModerator(),
    captions: harmfulWhenPicnic(verbatimCaptions(h.config)),
  });
});

afterAll(async () => {
  await h?.close();
});

afterEach(() => {
  // Every message the bot wrote parses no mentions: a refusal, a log post or /modlog never pings anyone.
  for (const r of h.fake.requests) {
    const body = messageBearing(r);
    if (!body) continue;
    expect(
      (body.allowed_mentions as { parse?: string[] } | undefined)?.parse,
      `${r.method} ${r.path}`,
    ).toEqual([]);
  }
});

describe('moderation in Discord', () => {
  it('GIVEN a prompt the policy refuses THEN an ephemeral refusal names the category without echoing it, nothing is queued and nothing stays public', async () => {
    const alice = users.alice!;
    const interaction = generate(alice, SEXUAL);
    const answer = await privateAnswer(interaction);
    expect(answer.flags & 64).toBe(64);
    expect(answer.content).toMatch(/content policy \(sexual content\)/);
    expect(answer.content).toMatch(/try a different prompt/i);
    expect(answer.content).not.toMatch(/nude|woman|bed/);
    await assertNothingQueued(alice);
    // The deferral's "thinking…" is gone and the bot left nothing public behind.
    expect(h.fake.allMessages().some((m) => m.id === interaction.originalMessageId)).toBe(false);
    expect(publicSince(interaction.id)).toEqual([]);
  });

  it('GIVEN a harmless tricky prompt THEN it is queued with the channel policy in its payload', async () => {
    const interaction = generate(users.ivan!, TRICKY);
    const jobId = await queuedJob(interaction);
    const record = await h.bot!.context.state.job(jobId);
    expect(record?.job.prompt).toBe(TRICKY);
    expect(record?.job.policy).toEqual(DEFAULT_POLICY);
    expect(record?.job.auditText).toBe('text');
    expect(await h.bot!.context.queue.inFlightCount(users.ivan!.id)).toBe(1);
  });

  it('GIVEN a harmless prompt whose expanded caption the policy refuses THEN it is refused as a caption and takes no slot or cooldown', async () => {
    const ivan = users.ivan!;
    // A server cooldown: a refused request must not start it.
    await h.bot!.context.state.updateSettings(h.fake.guildId, (s) => ({ ...s, cooldownSeconds: 600 }));
    try {
      const before = await h.bot!.context.queue.inFlightCount(ivan.id);
      const refused = generate(ivan, 'a quiet picnic in the park');
      const answer = await privateAnswer(refused);
      expect(answer.content).toMatch(/caption written from your prompt went against .*\(sexual content\)/);
      expect(answer.content).not.toMatch(/nude|picnic/);
      expect(await h.bot!.context.queue.inFlightCount(ivan.id)).toBe(before);
      expect(publicSince(refused.id)).toEqual([]);
      const [entry] = await auditOf(ivan.id);
      expect(entry).toMatchObject({ kind: 'caption', categories: ['sexual'], layer: 'rules' });
      expect(entry?.text).toContain('picnic blanket');

      const next = generate(ivan, 'a yellow kite over a hill');
      expect(await queuedJob(next)).toBeDefined();
    } finally {
      await h.bot!.context.state.updateSettings(h.fake.guildId, (s) => ({ ...s, cooldownSeconds: 0 }));
    }
  });

  it("GIVEN a reply in a clip's thread that the policy refuses, or whose refined caption it refuses THEN a short public answer echoes nothing and nothing is queued", async () => {
    const judy = users.judy!;
    const { threadId } = await seedClip(judy);
    const answers = () =>
      (h.fake.messages.get(threadId) ?? []).filter(
        (m) => (m.author as { id: string }).id === h.fake.botUser.id,
      );

    h.fake.postAsUser(judy, threadId, 'make her completely naked');
    const first = await h.fake.waitUntil(() => answers()[0]);
    expect(first.content).toMatch(
      /can't make that change: it goes against this server's content policy \(sexual content\)/,
    );
    expect(first.content).not.toMatch(/naked|her/);

    h.fake.postAsUser(judy, threadId, 'move it to a picnic');
    const second = await h.fake.waitUntil(() => answers()[1]);
    expect(second.content).toMatch(/content policy \(sexual content\)/);
    expect(second.content).not.toMatch(/picnic|nude/);
    await assertNothingQueued(judy);
    expect((await auditOf(judy.id)).map((e) => e.kind).sort()).toEqual(['caption', 'reply']);
    expect(answers().some((m) => /Working on it/.test(m.content))).toBe(false);
  });

  it('GIVEN a caption edited in the modal that the policy refuses THEN the editor gets an ephemeral refusal and nothing is queued', async () => {
    const ken = users.ken!;
    const { jobId } = await seedClip(ken);
    const modal = h.fake.submitModal(
      ken,
      h.fake.channelId,
      encodeComponentId({ action: 'edit', jobId, ownerId: ken.id }),
      { caption: SEXUAL },
    );
    const answer = await privateAnswer(modal);
    expect(answer.flags & 64).toBe(64);
    expect(answer.content).toMatch(/can't use that caption: it goes against .*\(sexual content\)/);
    await assertNothingQueued(ken);
    expect((await auditOf(ken.id))[0]).toMatchObject({ kind: 'edit', text: SEXUAL });
  });

  it('GIVEN three refusals within the window THEN the member is on a cooldown whose reset time is shown, even for a harmless prompt', async () => {
    const carol = users.carol!;
    const answers: string[] = [];
    for (const prompt of [SEXUAL, GORE, MINORS])
      answers.push((await privateAnswer(generate(carol, prompt))).content);
    expect(answers[0]).not.toMatch(/<t:/);
    expect(answers[1]).not.toMatch(/<t:/);
    const reset = Number(answers[2]!.match(/<t:(\d+):R>/)?.[1]);
    const expected = Date.now() / 1000 + h.config.MODERATION_COOLDOWN_SECONDS;
    expect(Math.abs(reset - expected)).toBeLessThan(30);

    const blocked = generate(carol, TRICKY);
    const answer = await privateAnswer(blocked);
    expect(answer.flags & 64).toBe(64);
    expect(answer.content).toMatch(/refused by this server's content policy .* again <t:(\d+):R>/);
    expect(Number(answer.content.match(/<t:(\d+):R>/)?.[1])).toBe(reset);
    await assertNothingQueued(carol);
    const ttl = await h.redis.pttl(keys.moderationCooldown(h.fake.guildId, carol.id));
    expect(ttl).toBeGreaterThan((h.config.MODERATION_COOLDOWN_SECONDS - 30) * 1000);
  });

  it('GIVEN a refusal THEN the audit stream has it, /modlog shows it to a manager page by page and refuses everyone else', async () => {
    const dave = users.dave!;
    await privateAnswer(generate(dave, SEXUAL));
    const [entry] = await auditOf(dave.id);
    expect(entry).toMatchObject({
      guildId: h.fake.guildId,
      channelId: h.fake.channelId,
      userId: dave.id,
      categories: ['sexual'],
      layer: 'rules',
      kind: 'prompt',
      text: SEXUAL,
    });
    expect(entry?.at).toBeGreaterThan(Date.now() - 60_000);

    const denied = h.fake.slash(users.bob!, 'modlog');
    const deniedAnswer = data(await h.fake.waitForRequest(isCallback(denied.id)));
    expect(deniedAnswer.flags! & 64).toBe(64);
    expect(deniedAnswer.content).toMatch(/Manage Server/);

    // Eleven newer refusals push dave's onto the second page.
    for (let i = 0; i < 11; i++) {
      await appendAudit(
        h.redis,
        keys.moderationAudit(h.fake.guildId),
        {
          at: Date.now(),
          guildId: h.fake.guildId,
          channelId: h.fake.channelId,
          userId: users.erin!.id,
          categories: ['violence'],
          layer: 'rules',
          kind: 'prompt',
          text: `refused prompt ${i}`,
        },
        h.config.MODERATION_AUDIT_MAXLEN,
      );
    }
    const opened = h.fake.slash(users.mod!, 'modlog', [], { permissions: MANAGE_GUILD });
    const first = await h.fake.waitForRequest(isCallback(opened.id));
    expect(first.body?.type).toBe(4);
    expect(data(first).flags! & 64).toBe(64);
    const firstPage = JSON.stringify(data(first).embeds);
    expect(firstPage).toContain('refused prompt 10');
    expect(firstPage).not.toContain(`<@${dave.id}>`);
    expect(firstPage.match(new RegExp(`<@${users.erin!.id}>`, 'g'))).toHaveLength(10);
    const message = h.fake.allMessages().find((m) => m.id === opened.originalMessageId)!;
    const buttons = (
      message.components[0] as { components: { custom_id: string; label: string; disabled: boolean }[] }
    ).components;
    const next = buttons.find((b) => b.label === 'Next')!;
    expect(buttons.find((b) => b.label === 'Previous')?.disabled).toBe(true);
    expect(next.disabled).toBe(false);

    const stranger = h.fake.press(users.bob!, message, next.custom_id, MANAGE_GUILD);
    const strangerAnswer = data(await h.fake.waitForRequest(isCallback(stranger.id)));
    expect(strangerAnswer.content).toMatch(/opened by someone else/);

    const paged = h.fake.press(users.mod!, message, next.custom_id, MANAGE_GUILD);
    const second = await h.fake.waitForRequest(isCallback(paged.id));
    expect(second.body?.type).toBe(7);
    const secondPage = JSON.stringify(data(second).embeds);
    expect(secondPage).toContain(`<@${dave.id}>`);
    expect(secondPage).toContain('sexual content');
    expect(secondPage).toContain(SEXUAL);
    expect(secondPage).toContain('refused prompt 0');
    expect(secondPage).not.toContain('refused prompt 1||');

    const previous = (
      message.components[0] as { components: { custom_id: string; label: string; disabled: boolean }[] }
    ).components.find((b) => b.label === 'Previous')!;
    expect(previous.disabled).toBe(false);
    const back = h.fake.press(users.mod!, message, previous.custom_id, MANAGE_GUILD);
    const third = JSON.stringify(data(await h.fake.waitForRequest(isCallback(back.id))).embeds);
    expect(third).toBe(firstPage);
  });

  it('GIVEN the server keeps hashes THEN the audit keeps the SHA-256 of a refused text and /modlog shows no text', async () => {
    await settings(moderation('audit', [{ name: 'store', type: 3, value: 'hash' }]));
    try {
      const prompt = 'a topless woman on the beach';
      await privateAnswer(generate(users.dave!, prompt));
      const [entry] = await auditOf(users.dave!.id);
      expect(entry?.text).toBeUndefined();
      expect(entry?.sha256).toBe(createHash('sha256').update(prompt).digest('hex'));
      const opened = h.fake.slash(users.mod!, 'modlog', [], { permissions: MANAGE_GUILD });
      const page = JSON.stringify(data(await h.fake.waitForRequest(isCallback(opened.id))).embeds);
      expect(page).toContain(entry!.sha256!);
      expect(page).not.toContain('topless');
      expect(page).not.toContain('refused prompt');
    } finally {
      await settings(moderation('audit', [{ name: 'store', type: 3, value: 'text' }]));
    }
  });

  it('GIVEN /settings moderation violence permissive THEN a prompt refused for violence goes through, under that policy', async () => {
    const frank = users.frank!;
    const refused = await privateAnswer(generate(frank, GORE));
    expect(refused.content).toMatch(/\(graphic violence\)/);
    const saved = await settings(moderation('violence', [{ name: 'level', type: 3, value: 'permissive' }]));
    expect(saved).toMatch(/violence permissive/);
    try {
      const jobId = await queuedJob(generate(frank, GORE));
      expect((await h.bot!.context.state.job(jobId))?.job.policy).toMatchObject({ violence: 'permissive' });
    } finally {
      await settings(moderation('violence', [{ name: 'level', type: 3, value: 'standard' }]));
    }
  });

  it('GIVEN adult content turned on THEN an adult prompt goes through only in an age-restricted channel, and content involving minors never', async () => {
    const gina = users.gina!;
    const saved = await settings(moderation('adult', [{ name: 'enabled', type: 5, value: true }]));
    expect(saved).toMatch(/adult content: allowed in age-restricted channels/);
    try {
      expect((await privateAnswer(generate(gina, SEXUAL))).content).toMatch(/\(sexual content\)/);

      const jobId = await queuedJob(generate(gina, SEXUAL, adultChannel));
      expect((await h.bot!.context.state.job(jobId))?.job.policy).toMatchObject({
        adult: true,
        sexual: 'strict',
      });

      const minors = await privateAnswer(generate(gina, MINORS, adultChannel));
      expect(minors.content).toMatch(/content involving minors/);
      expect(await h.bot!.context.queue.inFlightCount(gina.id)).toBe(1);
    } finally {
      await settings(moderation('adult', [{ name: 'enabled', type: 5, value: false }]));
    }
  });

  it('GIVEN a log channel THEN each refusal is posted there without pings, and a failure to post there leaves the refusal intact', async () => {
    const harry = users.harry!;
    const channel = { [logChannel]: { id: logChannel, type: 0, name: 'mod-log', permissions: '0' } };
    const saved = await settings(moderation('log', [{ name: 'channel', type: 7, value: logChannel }]), {
      channels: channel,
    });
    expect(saved).toContain(`<#${logChannel}>`);
    try {
      await privateAnswer(generate(harry, SEXUAL));
      const post = await h.fake.waitForRequest(
        (r) => r.method === 'POST' && r.path === `/channels/${logChannel}/messages` && r.status === 200,
      );
      expect(post.body?.allowed_mentions).toMatchObject({ parse: [] });
      const logged = JSON.stringify(post.body?.embeds);
      expect(logged).toContain(`<@${harry.id}>`);
      expect(logged).toContain(`<#${h.fake.channelId}>`);
      expect(logged).toContain('sexual content');
      expect(logged).toContain(SEXUAL);

      h.fake.inject({ method: 'POST', path: new RegExp(`^/channels/${logChannel}/messages$`), status: 403 });
      const again = await privateAnswer(generate(harry, GORE));
      expect(again.content).toMatch(/\(graphic violence\)/);
      await h.fake.waitForRequest(
        (r) => r.method === 'POST' && r.path === `/channels/${logChannel}/messages` && r.status === 403,
      );
    } finally {
      await settings(moderation('log'));
    }
    expect(await h.bot!.context.state.settings(h.fake.guildId)).toMatchObject({
      moderation: { logChannelId: undefined },
    });
  });

  it('GIVEN /settings show THEN the moderation settings are listed', async () => {
    const i = h.fake.slash(users.mod!, 'settings', [{ name: 'show', type: 1 }], {
      permissions: MANAGE_GUILD,
    });
    const content = data(await h.fake.waitForRequest(isCallback(i.id))).content!;
    expect(content).toMatch(/sexual content strict · violence standard · real people's likeness strict/);
    expect(content).toMatch(/adult content: off/);
    expect(content).toMatch(/keeps refused text; log channel: none/);
  });
});
