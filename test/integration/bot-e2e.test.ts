import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promptCaptions } from '../../src/bot/prompt-adapter.js';
import { configSchema } from '../../src/config/index.js';
import { readModelCard } from '../../src/queue/index.js';
import { BotHarness, jobIdOf, probe } from '../fake-discord/harness.js';
import type { FakeUser, RecordedRequest } from '../fake-discord/index.js';

// The whole product: real bot, real engine with the built-in model, the src/prompt expander and intent
// parser, through the fake Discord. Skipped where the built-in model is not present.
const MODEL_DIR = process.env.MODEL_DIR ?? configSchema.shape.MODEL_DIR.parse(undefined);
const hasModel = existsSync(join(MODEL_DIR, 'model_index.json'));
const PREFIX = `zt-bot-e2e-${process.pid}`;

let h: BotHarness;
let alice: FakeUser;

const isUpload = (r: RecordedRequest) => r.files.some((f) => f.filename.endsWith('.mp4')) && r.status < 300;

describe.skipIf(!hasModel)('bot with the real engine and the built-in model', () => {
  beforeAll(async () => {
    h = await BotHarness.start(PREFIX, { MODEL_DIR, DISCORD_MESSAGE_CONTENT: 'true' });
    alice = h.fake.addUser('alice');
    const card = await readModelCard(MODEL_DIR);
    await h.startBot({
      captions: promptCaptions({ card, config: h.config, log: h.log }),
      model: { name: card.name, version: card.version, conditioning: card.limits.conditioning },
    });
    await h.startEngine('model');
  }, 300_000);

  afterAll(async () => {
    await h?.close();
  });

  it('GIVEN /generate and then "make it blue" in the thread THEN two model clips are posted, the second refined from the first', async () => {
    const interaction = h.fake.slash(alice, 'generate', [
      { name: 'prompt', type: 3, value: 'a scarlet ball drifting to the left at dusk' },
    ]);
    const upload = await h.fake.waitForRequest(
      (r) => isUpload(r) && r.path.includes(interaction.token),
      240_000,
    );
    const jobId = jobIdOf(upload.body)!;
    await h.delivered(jobId);
    expect(interaction.ackAt! - interaction.createdAt).toBeLessThan(3000);
    const probed = await probe(upload.files[0]!.data);
    expect(probed.codec).toBe('h264');
    const notice = JSON.stringify(upload.body?.embeds);
    expect(notice).toContain('AI-generated');
    const card = await readModelCard(MODEL_DIR);
    expect(notice).toContain(card.name);

    const threadId = interaction.originalMessageId!;
    h.fake.postAsUser(alice, threadId, 'make it blue');
    const refined = await h.fake.waitForRequest(
      (r) => isUpload(r) && r.path === `/channels/${threadId}/messages`,
      240_000,
    );
    const refinedId = jobIdOf(refined.body)!;
    await h.delivered(refinedId);
    const record = await h.bot!.context.state.job(refinedId);
    expect(record?.job.lineage.parentJobId).toBe(jobId);
    expect(record?.job.caption.text).toMatch(/blue/);
  }, 600_000);
});
