import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, jobIdOf, messageBearing, probe } from '../fake-discord/harness.js';
import { type FakeUser, type RecordedRequest, snowflake } from '../fake-discord/index.js';

const PREFIX = `zt-bot-test-${process.pid}`;

let h: BotHarness;
let alice: FakeUser;
let bob: FakeUser;

const isCallback = (id: string) => (r: RecordedRequest) => r.path.startsWith(`/interactions/${id}/`);
const isUpload = (r: RecordedRequest) => r.files.some((f) => f.filename.endsWith('.mp4')) && r.status < 300;

/** Every request that writes message content must ping nobody but, at most, the requester it names. */
function assertNoStrayPings(requests: RecordedRequest[]): void {
  for (const r of requests) {
    const body = messageBearing(r);
    if (!body) continue;
    const allowed = body.allowed_mentions as
      | { parse?: string[]; users?: string[]; roles?: string[] }
      | undefined;
    expect(allowed, `${r.method} ${r.path} has allowed_mentions`).toBeDefined();
    expect(allowed?.parse ?? [], `${r.method} ${r.path} parses no mentions`).toEqual([]);
    expect(allowed?.roles ?? []).toEqual([]);
    expect((allowed?.users ?? []).length).toBeLessThanOrEqual(1);
  }
}

async function generateAndDeliver(user: FakeUser, prompt: string) {
  const interaction = h.fake.slash(user, 'generate', [{ name: 'prompt', type: 3, value: prompt }]);
  const ack = await h.fake.waitForRequest(isCallback(interaction.id));
  const upload = await h.fake.waitForRequest(
    (r) => isUpload(r) && r.path.includes(interaction.token),
    30_000,
  );
  const jobId = jobIdOf(upload.body)!;
  await h.delivered(jobId);
  const message = h.fake.allMessages().find((m) => m.id === interaction.originalMessageId)!;
  return { interaction, ack, upload, jobId, message };
}

beforeAll(async () => {
  h = await BotHarness.start(PREFIX, { DISCORD_MESSAGE_CONTENT: 'true' });
  alice = h.fake.addUser('alice');
  bob = h.fake.addUser('bob');
  await h.startBot();
  await h.startEngine();
});

afterAll(async () => {
  await h?.close();
});

afterEach(() => {
  assertNoStrayPings(h.fake.requests);
});

describe('bot against the fake Discord', () => {
  it('GIVEN /generate THEN it defers within 3 s and delivers an ffprobe-valid clip under the limit with the provenance notice and a thread', async () => {
    const { interaction, ack, upload, jobId, message } = await generateAndDeliver(
      alice,
      'a red circle moving left',
    );
    expect(ack.body?.type).toBe(5);
    expect(interaction.ackAt! - interaction.createdAt).toBeLessThan(3000);

    const file = upload.files[0]!;
    expect(file.data.length).toBeLessThanOrEqual(h.config.MAX_UPLOAD_BYTES);
    const probed = await probe(file.data);
    expect(probed.codec).toBe('h264');
    expect(probed.pixFmt).toBe('yuv420p');

    const notice = JSON.stringify(message.embeds);
    expect(notice).toContain('AI-generated');
    expect(notice).toContain(jobId);
    expect(notice).toContain('test-pattern');
    expect(notice).toMatch(/seed \d+/);
    const buttons = JSON.stringify(message.components);
    for (const label of ['Retry', 'Extend', 'Loop', 'Edit caption']) expect(buttons).toContain(label);
    expect(h.fake.threads.get(message.id)?.name).toBe('a red circle moving left');
    expect(h.clipMessages().filter((m) => JSON.stringify(m.embeds).includes(jobId))).toHaveLength(1);
  });

  it("GIVEN a reply in a clip's thread THEN a refined clip is posted in the thread with its lineage", async () => {
    const first = await generateAndDeliver(alice, 'a red circle moving left');
    const threadId = first.message.id;
    h.fake.postAsUser(alice, threadId, 'make it blue');
    const upload = await h.fake.waitForRequest(
      (r) => isUpload(r) && r.method === 'POST' && r.path === `/channels/${threadId}/messages`,
    );
    const refinedId = jobIdOf(upload.body)!;
    await h.delivered(refinedId);
    expect(refinedId).not.toBe(first.jobId);
    // Delivered as a new message in the thread that mentions (and may ping) only the requester.
    expect(upload.body?.content).toContain(`<@${alice.id}>`);
    expect(upload.body?.allowed_mentions).toMatchObject({ parse: [], users: [alice.id] });
    const record = await h.bot!.context.state.job(refinedId);
    expect(record?.job.lineage).toMatchObject({ parentJobId: first.jobId, rootJobId: first.jobId, depth: 1 });
    expect(record?.job.caption.text).toContain('blue');
    expect(await h.bot!.context.state.threadJob(threadId)).toBe(refinedId);
  });

  it("GIVEN someone presses another member's Retry button THEN they get an ephemeral 'not your clip' and nothing is queued", async () => {
    const { message, jobId } = await generateAndDeliver(alice, 'a green square moving up');
    const row = message.components[0] as { components: { custom_id: string; label: string }[] };
    const retry = row.components.find((c) => c.label.startsWith('Retry'))!;
    const before = await h.bot!.context.queue.inFlightCount(bob.id);
    const press = h.fake.press(bob, message, retry.custom_id);
    const answer = await h.fake.waitForRequest(isCallback(press.id));
    const data = answer.body?.data as { content: string; flags: number };
    expect(answer.body?.type).toBe(4);
    expect(data.flags & 64).toBe(64);
    expect(data.content).toMatch(/not your clip/);
    expect(await h.bot!.context.queue.inFlightCount(bob.id)).toBe(before);
    expect(h.clipMessages().filter((m) => JSON.stringify(m.embeds).includes(jobId))).toHaveLength(1);
  });

  it('GIVEN the upload route answers 429 and then 500 (after storing) THEN exactly one clip is posted', async () => {
    const route = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/;
    h.fake.inject({ method: 'PATCH', path: route, status: 429, uploadsOnly: true, retryAfterSeconds: 0.3 });
    h.fake.inject({ method: 'PATCH', path: route, status: 500, uploadsOnly: true, mode: 'after' });
    const { interaction, jobId } = await generateAndDeliver(alice, 'a blue triangle moving right');
    const attempts = h.fake.requests.filter((r) => r.path.includes(interaction.token) && r.files.length > 0);
    expect(attempts.map((r) => r.status)).toEqual([429, 500, 200]);
    expect(h.clipMessages().filter((m) => JSON.stringify(m.embeds).includes(jobId))).toHaveLength(1);
    expect(
      h.fake.allMessages().find((m) => m.id === interaction.originalMessageId)?.attachments,
    ).toHaveLength(1);
  });

  it('GIVEN a prompt containing @everyone, @here and a role mention THEN no message pings anyone', async () => {
    const prompt = '@everyone @here <@&123456789012345678> look at this yellow ball';
    const { message } = await generateAndDeliver(alice, prompt);
    const shown = JSON.stringify(message.embeds);
    expect(shown).not.toContain('@everyone');
    expect(shown).toContain('@\u200beveryone');
    // afterEach checks allowed_mentions on every request recorded so far.
  });

  it('GIVEN /animate with a PNG from the CDN THEN a clip is made from it; GIVEN an image from elsewhere THEN it is refused privately', async () => {
    const { stdout: png } = await promisify(execFile)(
      'ffmpeg',
      [
        '-v',
        'error',
        '-f',
        'lavfi',
        '-i',
        'color=c=red:s=64x64',
        '-frames:v',
        '1',
        '-f',
        'image2pipe',
        '-c:v',
        'png',
        '-',
      ],
      { encoding: 'buffer' },
    );
    const animate = (url: string) => {
      const id = snowflake();
      const attachment = {
        id,
        filename: 'still.png',
        size: png.length,
        url,
        proxy_url: url,
        content_type: 'image/png',
        width: 64,
        height: 64,
      };
      return h.fake.slash(
        alice,
        'animate',
        [
          { name: 'image', type: 11, value: id },
          { name: 'prompt', type: 3, value: 'the square drifts right' },
        ],
        { resolved: { attachments: { [id]: attachment } } },
      );
    };
    const refused = animate('https://images.example.com/still.png');
    const answer = await h.fake.waitForRequest(isCallback(refused.id));
    expect(answer.body?.type).toBe(4);
    expect((answer.body!.data as { flags: number; content: string }).flags & 64).toBe(64);
    expect((answer.body!.data as { content: string }).content).toMatch(/Discord's CDN/);

    const ok = animate(h.fake.hostFile('still.png', png, 'image/png'));
    const upload = await h.fake.waitForRequest((r) => isUpload(r) && r.path.includes(ok.token));
    const jobId = jobIdOf(upload.body)!;
    await h.delivered(jobId);
    const record = await h.bot!.context.state.job(jobId);
    expect(record?.job.kind).toBe('animate');
    expect(record?.job.conditioning).toMatchObject({
      mode: 'first_frame',
      image: { contentType: 'image/png' },
    });
  });

  it('GIVEN a cooldown set by a server manager THEN a second request gets a private answer with the reset time, and non-managers cannot change settings', async () => {
    const denied = h.fake.slash(bob, 'settings', [
      { name: 'limits', type: 1, options: [{ name: 'cooldown', type: 4, value: 60 }] },
    ]);
    const deniedAnswer = await h.fake.waitForRequest(isCallback(denied.id));
    expect((deniedAnswer.body!.data as { content: string }).content).toMatch(/Manage Server/);

    const MANAGE_GUILD = String(1 << 5);
    const set = h.fake.slash(
      bob,
      'settings',
      [{ name: 'limits', type: 1, options: [{ name: 'cooldown', type: 4, value: 60 }] }],
      { permissions: MANAGE_GUILD },
    );
    const setAnswer = await h.fake.waitForRequest(isCallback(set.id));
    expect((setAnswer.body!.data as { content: string }).content).toMatch(/cooldown 60 s/);

    const first = h.fake.slash(bob, 'generate', [{ name: 'prompt', type: 3, value: 'a white ball' }]);
    const firstUpload = await h.fake.waitForRequest((r) => isUpload(r) && r.path.includes(first.token));
    await h.delivered(jobIdOf(firstUpload.body)!);
    const second = h.fake.slash(bob, 'generate', [{ name: 'prompt', type: 3, value: 'a black ball' }]);
    const followUp = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/webhooks/${h.fake.appId}/${second.token}`,
    );
    expect(followUp.body?.flags).toBe(64);
    expect(String(followUp.body?.content)).toMatch(/cooldown.*<t:\d+:R>/);
    // The public "thinking…" message is removed rather than left behind.
    await h.fake.waitUntil(() => !h.fake.allMessages().some((m) => m.id === second.originalMessageId));

    await h.bot!.context.state.updateSettings(h.fake.guildId, (s) => ({ ...s, cooldownSeconds: 0 }));
  });
});
