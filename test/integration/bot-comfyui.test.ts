// The whole product on the ComfyUI backend: /generate through the fake Discord, the real bot and engine, the
// real Redis and ffmpeg, the clip rendered by a fake ComfyUI speaking its wire format.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { findFfmpeg } from '../../src/engine/encoder/index.js';
import { startEngine } from '../../src/engine/index.js';
import { BotHarness, jobIdOf, REDIS_URL } from '../fake-discord/harness.js';
import type { FakeUser, RecordedRequest } from '../fake-discord/index.js';
import { FakeComfyUI } from '../fakes/comfyui.js';
import { TEST_WORKFLOWS } from '../fakes/comfyui-generator.js';
import { ffprobe } from '../helpers/ffprobe.js';

const PREFIX = `zt-bot-comfyui-${process.pid}`;

let h: BotHarness;
let alice: FakeUser;
let comfy: FakeComfyUI;

const isUpload = (r: RecordedRequest) => r.files.some((f) => f.filename.endsWith('.mp4')) && r.status < 300;

describe('/generate on the ComfyUI backend', () => {
  beforeAll(async () => {
    comfy = new FakeComfyUI({ ffmpeg: (await findFfmpeg()).path, stepMs: 150 });
    const url = await comfy.start();
    h = await BotHarness.start(PREFIX);
    alice = h.fake.addUser('alice');
    await h.startBot();
    // Configured as an operator would: the backend and the server's URL (the test workflow: 64×48, 8 fps).
    h.engine = await startEngine({
      config: loadConfig(
        h.env({
          ENGINE_BACKEND: 'comfyui',
          COMFYUI_URL: url,
          COMFYUI_WORKFLOWS: TEST_WORKFLOWS,
          COMFYUI_WORKFLOW: 'tiny',
          COMFYUI_POLL_MS: '200',
        }),
      ),
      redisUrl: REDIS_URL,
      log: h.log,
    });
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    await comfy?.close();
  });

  it('GIVEN /generate THEN the prompt reaches ComfyUI in the graph, progress is shown, and the clip it rendered is delivered with its notice', async () => {
    const prompt = 'a corgi surfing at sunset';
    const interaction = h.fake.slash(alice, 'generate', [{ name: 'prompt', type: 3, value: prompt }]);
    const upload = await h.fake.waitForRequest(
      (r) => isUpload(r) && r.path.includes(interaction.token),
      90_000,
    );
    const jobId = jobIdOf(upload.body)!;
    await h.delivered(jobId);

    // ComfyUI got one graph, with the caption written into the prompt node's input (by node id, not text).
    const posted = comfy.requests.filter((r) => r.method === 'POST' && r.path === '/prompt');
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0]!.body)).toContain(prompt);

    // A progress edit showed the sampler's steps (from ComfyUI's websocket) before the clip arrived.
    const edits = h.fake.requests.filter(
      (r) => r.method === 'PATCH' && r.path.includes(interaction.token) && r.files.length === 0,
    );
    expect(edits.some((r) => /step \d+\/\d+/.test(JSON.stringify(r.body?.embeds ?? '')))).toBe(true);

    // The clip is the server's render, kept at its native 64×48 aspect (enlarged to the display size).
    const probed = await ffprobe(upload.files[0]!.data);
    expect(probed.codec).toBe('h264');
    expect(probed.width / probed.height).toBeCloseTo(64 / 48, 1);
    expect(probed.fps).toBe(8);
    const notice = JSON.stringify(upload.body?.embeds);
    expect(notice).toContain('AI-generated');
    expect(notice).toContain('C2PA signed');
  });
});
