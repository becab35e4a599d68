import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { BotHarness, jobIdOf, messageBearing } from '../fake-discord/harness.js';
import type { FakeUser, RecordedRequest } from '../fake-discord/index.js';

const PREFIX = `zt-bot-edges-${process.pid}`;

let h: BotHarness;
let alice: FakeUser;

const isCallback = (id: string) => (r: RecordedRequest) => r.path.startsWith(`/interactions/${id}/`);
const isUpload = (r: RecordedRequest) => r.files.some((f) => f.filename.endsWith('.mp4')) && r.status < 300;

async function queued(prompt: string) {
  const interaction = h.fake.slash(alice, 'generate', [{ name: 'prompt', type: 3, value: prompt }]);
  const status = await h.fake.waitForRequest(
    (r) => r.method === 'PATCH' && r.path.includes(interaction.token) && jobIdOf(r.body) !== undefined,
  );
  return { interaction, jobId: jobIdOf(status.body)! };
}

beforeAll(async () => {
  h = await BotHarness.start(PREFIX);
  alice = h.fake.addUser('alice');
  await h.startBot();
  await h.startEngine();
});

afterAll(async () => {
  await h?.close();
});

afterEach(async () => {
  for (const r of h.fake.requests) {
    const body = messageBearing(r);
    if (body) expect((body.allowed_mentions as { parse?: string[] } | undefined)?.parse).toEqual([]);
  }
});

describe('edge cases', () => {
  it('GIVEN a queued job THEN /queue lists it, a request over the per-member limit is refused privately, and Cancel removes the job', async () => {
    // No engine: the job stays queued.
    await h.engine!.close();
    const { interaction, jobId } = await queued('a grey circle waiting');
    const list = h.fake.slash(alice, 'queue');
    const listed = await h.fake.waitForRequest(isCallback(list.id));
    expect((listed.body!.data as { content: string; flags: number }).content).toContain(jobId);
    expect((listed.body!.data as { flags: number }).flags & 64).toBe(64);

    // At the per-member limit, the next request is refused privately and nothing more is queued.
    await h.bot!.context.state.updateSettings(h.fake.guildId, (s) => ({ ...s, maxQueued: 1 }));
    const over = h.fake.slash(alice, 'generate', [{ name: 'prompt', type: 3, value: 'one too many' }]);
    const refusal = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/webhooks/${h.fake.appId}/${over.token}`,
    );
    expect(refusal.body?.flags).toBe(64);
    expect(String(refusal.body?.content)).toMatch(/already have 1 clip in the queue \(limit 1\)/);
    expect(await h.bot!.context.queue.inFlightCount(alice.id)).toBe(1);
    await h.bot!.context.state.updateSettings(h.fake.guildId, (s) => ({ ...s, maxQueued: 5 }));

    const message = h.fake.allMessages().find((m) => m.id === interaction.originalMessageId)!;
    const row = message.components[0] as { components: { custom_id: string }[] };
    const press = h.fake.press(alice, message, row.components[0]!.custom_id);
    const answer = await h.fake.waitForRequest(isCallback(press.id));
    expect(answer.body?.type).toBe(7);
    expect(JSON.stringify(answer.body?.data)).toContain('Cancelled');
    expect((await h.bot!.context.queue.status(jobId)).state).toBe('missing');
    expect(await h.bot!.context.queue.inFlightCount(alice.id)).toBe(0);
  });

  it('GIVEN the status message was deleted before the clip was ready THEN the clip is posted as a new message mentioning only the requester', async () => {
    const { interaction, jobId } = await queued('a teal square sliding');
    h.fake.deleteMessage(interaction.originalMessageId!);
    await h.startEngine();
    const posted = await h.fake.waitForRequest(
      (r) => isUpload(r) && r.method === 'POST' && r.path === `/channels/${h.fake.channelId}/messages`,
    );
    await h.delivered(jobId);
    expect(jobIdOf(posted.body)).toBe(jobId);
    expect(posted.body?.allowed_mentions).toMatchObject({ parse: [], users: [alice.id] });
    expect(h.clipMessages().filter((m) => JSON.stringify(m.embeds).includes(jobId))).toHaveLength(1);
  });

  it('GIVEN an interaction Discord no longer knows (acknowledged too late) THEN the bot carries on and answers the next one', async () => {
    const stale = h.fake.slash(alice, 'generate', [{ name: 'prompt', type: 3, value: 'too late' }]);
    h.fake.interactions.get(stale.id)!.createdAt -= 10_000;
    const refused = await h.fake.waitForRequest(isCallback(stale.id));
    expect(refused.status).toBe(404);
    const help = h.fake.slash(alice, 'help');
    const answer = await h.fake.waitForRequest(isCallback(help.id));
    expect(answer.status).toBeLessThan(300);
    expect((answer.body!.data as { content: string }).content).toContain('/generate');
    expect(await h.bot!.context.queue.inFlightCount(alice.id)).toBe(0);
  });

  it('GIVEN progress events faster than the edit interval THEN the status message is edited at most once per interval', async () => {
    await h.stopBot();
    await h.startBot({ progressIntervalMs: 400 });
    await h.engine?.close();
    await h.startEngine(250);
    const { interaction, jobId } = await queued('a pink star pulsing');
    await h.delivered(jobId);
    const edits = h.fake.requests.filter(
      (r) =>
        r.method === 'PATCH' && r.path.includes(interaction.token) && JSON.stringify(r.body).includes('▰'),
    );
    expect(edits.length).toBeGreaterThan(0);
    for (let i = 1; i < edits.length; i++)
      expect(edits[i]!.at - edits[i - 1]!.at).toBeGreaterThanOrEqual(350);
  });

  it('GIVEN a delivered clip THEN its owner can Extend it and re-run it from an edited caption, both keeping lineage', async () => {
    if (!h.engine) await h.startEngine();
    const { interaction, jobId } = await queued('a lime circle rolling');
    await h.delivered(jobId);
    const message = h.fake.allMessages().find((m) => m.id === interaction.originalMessageId)!;
    const buttons = (message.components[0] as { components: { custom_id: string; label: string }[] })
      .components;
    const byLabel = (label: string) => buttons.find((b) => b.label.startsWith(label))!.custom_id;

    const extend = h.fake.press(alice, message, byLabel('Extend'));
    const extendUpload = await h.fake.waitForRequest((r) => isUpload(r) && r.path.includes(extend.token));
    const extendId = jobIdOf(extendUpload.body)!;
    await h.delivered(extendId);
    const extended = await h.bot!.context.state.job(extendId);
    expect(extended?.job.kind).toBe('extend');
    expect(extended?.job.conditioning).toMatchObject({
      mode: 'extend',
      direction: 'forward',
      parent: { key: `clip:${jobId}` },
    });
    expect(extended?.job.lineage).toMatchObject({ parentJobId: jobId, depth: 1 });

    const edit = h.fake.press(alice, message, byLabel('Edit caption'));
    const modal = await h.fake.waitForRequest(isCallback(edit.id));
    expect(modal.body?.type).toBe(9);
    expect(JSON.stringify(modal.body?.data)).toContain('a lime circle rolling');
    const customId = (modal.body!.data as { custom_id: string }).custom_id;
    const submit = h.fake.submitModal(
      alice,
      h.fake.channelId,
      customId,
      { caption: 'a lime circle rolling slowly' },
      message,
    );
    const editUpload = await h.fake.waitForRequest((r) => isUpload(r) && r.path.includes(submit.token));
    const editedId = jobIdOf(editUpload.body)!;
    await h.delivered(editedId);
    const edited = await h.bot!.context.state.job(editedId);
    expect(edited?.job.caption).toMatchObject({
      text: 'a lime circle rolling slowly',
      expander: 'edited by requester',
    });
    expect(edited?.job.seed).toBe(extended?.job.seed);
    expect(edited?.job.lineage.parentJobId).toBe(jobId);
  });

  it('GIVEN a bot set not to ask for the Message Content intent THEN a plain thread reply makes no clip but a hint, while a reply mentioning the bot and /refine in the thread both make clips', async () => {
    await h.stopBot();
    await h.startBot({ config: loadConfig(h.env({ DISCORD_MESSAGE_CONTENT: 'false' })) });
    if (!h.engine) await h.startEngine();
    const { interaction, jobId } = await queued('a navy square spinning');
    await h.delivered(jobId);
    const threadId = interaction.originalMessageId!;
    const threadPosts = (r: RecordedRequest) => isUpload(r) && r.path === `/channels/${threadId}/messages`;

    h.fake.postAsUser(alice, threadId, 'make it red');
    const hint = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages` && r.files.length === 0,
    );
    expect(String(hint.body?.content)).toContain('/refine');
    h.fake.postAsUser(alice, threadId, `<@${h.fake.appId}> make it green`, true);
    const viaMention = await h.fake.waitForRequest(threadPosts);
    const mentionJob = jobIdOf(viaMention.body)!;
    await h.delivered(mentionJob);
    const record = await h.bot!.context.state.job(mentionJob);
    expect(record?.job.caption.text).toContain('green');
    expect(record?.job.caption.text).not.toContain('red');

    const refine = h.fake.slash(alice, 'refine', [{ name: 'change', type: 3, value: 'make it yellow' }], {
      channelId: threadId,
    });
    const viaSlash = await h.fake.waitForRequest((r) => isUpload(r) && r.path.includes(refine.token));
    const slashJob = jobIdOf(viaSlash.body)!;
    await h.delivered(slashJob);
    const refined = await h.bot!.context.state.job(slashJob);
    expect(refined?.job.caption.text).toContain('yellow');
    expect(refined?.job.lineage.parentJobId).toBe(mentionJob);
    // No second thread: the clip stays in the one it was asked from.
    expect(h.fake.threads.has(interaction.originalMessageId!)).toBe(true);
    expect(await h.bot!.context.state.threadJob(threadId)).toBe(slashJob);
  });
});
