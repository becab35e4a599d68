import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, jobIdOf, messageBearing, probe } from '../fake-discord/harness.js';
import type { FakeMessage, FakeUser, RecordedRequest } from '../fake-discord/index.js';

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
  // The thread is started once the clip is up.
  await h.fake.waitUntil(() => h.fake.threads.get(interaction.originalMessageId ?? ''));
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
});
