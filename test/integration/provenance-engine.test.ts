import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Job, Queue, type QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../../src/config/index.js';
import { decodeClip, encodeClip } from '../../src/engine/encoder/index.js';
import { type Engine, startEngine } from '../../src/engine/index.js';
import { openVerifier, type VerifyDeps, verifyClip } from '../../src/provenance/index.js';
import {
  artifactKeys,
  connectRedis,
  createKeys,
  deliveryJobId,
  type GenerateJobInput,
  GenerationQueue,
  type JobResult,
  QUEUE_NAMES,
  RedisArtifactStore,
} from '../../src/queue/index.js';
import { wasmC2paReader, wasmManifestStore } from '../helpers/c2pa-wasm.js';
import { ffprobe } from '../helpers/ffprobe.js';
import { ffmpegFile, flipMdatByte, testSourceClip } from '../helpers/mp4.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../helpers/redis.js';

// The engine end to end on the test pattern and the real Redis: every clip leaves watermarked, signed and
// registered, and verifyClip (with the wasm C2PA build as the independent judge) says so.

const prefix = uniquePrefix('provenance');
const keys = createKeys(prefix);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zoetrope-provenance-'));
const log = pino({ level: 'silent' });
const SECRET_PROMPT = 'a secret prompt about a lighthouse';

let config: Config;
let engine: Engine;
let redis: Redis;
let queue: GenerationQueue;
let events: QueueEvents;
let eventsConnection: Redis;
let deliveries: Queue;
let store: RedisArtifactStore;
let verify: VerifyDeps;
let caPem: string;

const discordJob = (overrides: Partial<GenerateJobInput> = {}): GenerateJobInput => ({
  version: 1,
  kind: 'generate',
  prompt: SECRET_PROMPT,
  caption: { text: 'a lighthouse at dusk, slow pan', expander: 'verbatim' },
  durationSeconds: 2,
  seed: 5,
  requester: {
    source: 'discord',
    userId: '100000000000000001',
    guildId: '300000000000000001',
    channelId: '200000000000000001',
  },
  createdAt: Date.now(),
  ...overrides,
});

/** Runs a job to the end and returns its result and the stored MP4. */
async function run(input: GenerateJobInput): Promise<{ jobId: string; result: JobResult; mp4: Buffer }> {
  const { jobId } = await queue.enqueue(input);
  const job = await Job.fromId<GenerateJobInput, JobResult>(queue.queue, jobId);
  const result = await job!.waitUntilFinished(events, 60_000);
  const stored = await store.get(artifactKeys.clip(jobId));
  return { jobId, result, mp4: stored!.data };
}

let first: Awaited<ReturnType<typeof run>>;

beforeAll(async () => {
  config = loadConfig({
    ENGINE_BACKEND: 'test-pattern',
    REDIS_URL: TEST_REDIS_URL,
    ZOETROPE_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    MODERATION_FRAMES: 'false',
    DATA_DIR: dataDir,
  });
  engine = await startEngine({ config, redisUrl: TEST_REDIS_URL, log });
  redis = connectRedis(TEST_REDIS_URL);
  queue = new GenerationQueue({ connection: redis, keys });
  eventsConnection = connectRedis(TEST_REDIS_URL);
  events = queue.events(eventsConnection);
  await events.waitUntilReady();
  deliveries = new Queue(QUEUE_NAMES.deliveries, { connection: redis, prefix: keys.bullPrefix });
  store = new RedisArtifactStore(redis, keys.artifact, 60);
  verify = await openVerifier(config, { ffmpeg: 'ffmpeg', log, redis, registryKey: keys.provenance });
  caPem = readFileSync(path.join(dataDir, 'provenance', 'c2pa', 'ca.pem'), 'utf8');
  first = await run(discordJob());
});

afterAll(async () => {
  await engine?.close().catch(() => undefined);
  await events?.close();
  await deliveries?.close();
  await queue?.close();
  redis?.disconnect();
  eventsConnection?.disconnect();
  await cleanPrefix(prefix);
});

describe('provenance through the engine', () => {
  it('GIVEN a Discord job THEN the clip is watermarked, signed and registered, and the delivered result lists exactly those checks', async () => {
    const { jobId, result, mp4 } = first;
    expect(result.checks.map((c) => c.name)).toEqual(['watermark', 'C2PA signed']);
    expect(result.checks.every((c) => c.passed)).toBe(true);
    expect(result.timings.watermark).toBeGreaterThan(0);
    expect(result.timings.sign).toBeGreaterThan(0);
    expect(result.bytes).toBe(mp4.length);
    expect((await deliveries.getJob(deliveryJobId(jobId)))?.data.result.checks).toEqual(result.checks);
    const probe = await ffprobe(mp4);
    expect([probe.codec, probe.width, probe.height]).toEqual(['h264', 256, 256]);

    const report = await verifyClip(mp4, { ...verify, c2pa: wasmC2paReader() });
    expect(report.c2pa.state).toBe('untrusted');
    expect(report.c2pa.summary).toMatchObject({
      claimGenerator: expect.stringMatching(/^zoetrope \d+\.\d+\.\d+/),
      aiGenerated: true,
      softwareAgent: 'test-pattern 1',
      actions: ['c2pa.created', 'c2pa.watermarked'],
    });
    expect(report.watermark.found).toBe(true);
    expect(report.watermark.confidence).toBeGreaterThanOrEqual(0.5);
    expect(report.c2pa.summary?.softBinding?.payload).toBe(report.watermark.payload);
    expect(result.checks[0]?.detail).toContain(report.watermark.payload);
    expect(report.registry).toMatchObject({
      id: report.watermark.payload,
      jobId,
      kind: 'generate',
      guildId: '300000000000000001',
      channelId: '200000000000000001',
      model: 'test-pattern',
      version: '1',
      seed: 5,
      caption: 'a lighthouse at dusk, slow pan',
      parent: null,
    });
    // The default (native) reader agrees; with the local CA as anchor both call it trusted.
    expect((await verifyClip(mp4, verify)).c2pa.state).toBe('untrusted');
    expect((await wasmC2paReader(caPem)(mp4, 'video/mp4')).state).toBe('trusted');
  });

  it('GIVEN a server that did not turn it on THEN the prompt and the member are nowhere in the file; turned on, the manifest carries them', async () => {
    expect(first.mp4.includes(SECRET_PROMPT)).toBe(false);
    expect(first.mp4.includes('100000000000000001')).toBe(false);
    const withPrompt = await run(discordJob({ seed: 6, provenance: { includePrompt: true } }));
    const report = await verifyClip(withPrompt.mp4, { ...verify, c2pa: wasmC2paReader() });
    expect(report.c2pa.state).toBe('untrusted');
    expect(report.c2pa.summary?.generation).toEqual({
      prompt: SECRET_PROMPT,
      caption: 'a lighthouse at dusk, slow pan',
    });
  });

  it('GIVEN the metadata stripped (ffmpeg -map_metadata -1 -c copy) THEN C2PA is absent but the watermark is found and the registry names the job', async () => {
    const stripped = await ffmpegFile(['-i', 'IN', '-map_metadata', '-1', '-c', 'copy', 'OUT'], first.mp4);
    const report = await verifyClip(stripped, { ...verify, c2pa: wasmC2paReader() });
    expect(report.c2pa.state).toBe('absent');
    expect(report.watermark.found).toBe(true);
    expect(report.registry?.jobId).toBe(first.jobId);
  });

  it('GIVEN the clip re-encoded (H.264 CRF 23, as a re-upload would be) THEN C2PA is gone but the watermark and the registry still answer', async () => {
    const reencoded = await ffmpegFile(
      ['-i', 'IN', '-c:v', 'libx264', '-crf', '23', '-pix_fmt', 'yuv420p', 'OUT'],
      first.mp4,
    );
    const report = await verifyClip(reencoded, verify);
    expect(report.c2pa.state).toBe('absent');
    expect(report.watermark.found).toBe(true);
    expect(report.registry?.jobId).toBe(first.jobId);
  });

  it('GIVEN one flipped byte in the media data THEN C2PA is invalid, with the reason', async () => {
    const report = await verifyClip(flipMdatByte(first.mp4), { ...verify, c2pa: wasmC2paReader() });
    expect(report.c2pa.state).toBe('invalid');
    expect(report.c2pa.reason).toMatch(/bmffHash\.mismatch/);
  });

  it('GIVEN a clip from elsewhere (ffmpeg testsrc) or a file that is not a video THEN no watermark, no C2PA, no record', async () => {
    const report = await verifyClip(await testSourceClip(), verify);
    expect(report).toMatchObject({ c2pa: { state: 'absent' }, watermark: { found: false }, registry: null });
    expect(report.watermark.confidence).toBeLessThan(0.5);
    const notVideo = await verifyClip(Buffer.from('definitely not a video'), verify);
    expect(notVideo).toMatchObject({
      c2pa: { state: 'absent' },
      watermark: { found: false },
      registry: null,
    });
    expect(notVideo.watermark.reason).toBeTruthy();
  });

  it("GIVEN an extended clip THEN its manifest names the parent clip as an ingredient (with the parent's own manifest) and its record names the parent", async () => {
    const parentId = first.result.checks[0]!.detail!.match(/[0-9a-f]{12}/)![0];
    const child = await run(
      discordJob({
        kind: 'extend',
        seed: 8,
        conditioning: {
          mode: 'extend',
          direction: 'forward',
          parent: { key: artifactKeys.clip(first.jobId), contentType: 'video/mp4' },
        },
        lineage: { parentJobId: first.jobId, rootJobId: first.jobId, depth: 1 },
      }),
    );
    const report = await verifyClip(child.mp4, { ...verify, c2pa: wasmC2paReader() });
    expect(report.c2pa.state).toBe('untrusted');
    expect(report.c2pa.summary?.ingredients).toEqual([
      { title: `zoetrope clip ${parentId}`, relationship: 'parentOf', signed: true },
    ]);
    const storeJson = await wasmManifestStore(child.mp4);
    const active = storeJson.manifests[storeJson.active_manifest];
    expect(active?.ingredients?.[0]?.instance_id).toBe(`zoetrope:job:${first.jobId}`);
    // The parent's manifest travels with the child: two manifests in the store.
    expect(Object.keys(storeJson.manifests)).toHaveLength(2);
    expect(report.watermark.payload).not.toBe(parentId);
    expect(report.registry).toMatchObject({
      jobId: child.jobId,
      kind: 'extend',
      parent: { jobId: first.jobId, id: parentId },
    });
  });

  it('GIVEN DISPLAY_SIZE below the watermark’s smallest size THEN it is embedded at 256 px and still read in the 128 px clip', async () => {
    await engine.close();
    engine = await startEngine({ config: { ...config, DISPLAY_SIZE: 128 }, redisUrl: TEST_REDIS_URL, log });
    const small = await run(discordJob({ seed: 9 }));
    expect((await ffprobe(small.mp4)).width).toBe(128);
    const report = await verifyClip(small.mp4, { ...verify, c2pa: wasmC2paReader() });
    expect(report.c2pa.state).toBe('untrusted');
    expect(report.watermark.found).toBe(true);
    expect(report.registry?.jobId).toBe(small.jobId);
  });

  it('GIVEN the encoder’s overlay (how the watermark is merged in) THEN a mid-grey one leaves the picture as it was (PSNR ≥ 45 dB)', async () => {
    const frames = Array.from({ length: 8 }, (_, f) =>
      new Uint8Array(32 * 32 * 3).map((_, i) => (((i % 96) >> 1) * 5 + f * 3) & 255),
    );
    const options = {
      ffmpeg: 'ffmpeg',
      width: 32,
      height: 32,
      fps: 8,
      displayWidth: 256,
      displayHeight: 256,
      maxBytes: 1e7,
      crf: 1,
    };
    const plain = await encodeClip(frames, options);
    const grey = await encodeClip(frames, {
      ...options,
      overlay: {
        image: new Uint8Array(256 * 256 * 3).fill(128),
        width: 256,
        height: 256,
        strength: { floor: 0.5, dark: 24, full: 48 },
      },
    });
    const [a, b] = await Promise.all(
      [plain, grey].map((clip) => decodeClip(clip.data, { ffmpeg: 'ffmpeg', width: 256, height: 256 })),
    );
    let squared = 0;
    let pixels = 0;
    a!.frames.forEach((x, f) => {
      const y = b!.frames[f]!;
      for (let o = 0; o < x.length; o += 3) {
        const d =
          0.2126 * (y[o]! - x[o]!) + 0.7152 * (y[o + 1]! - x[o + 1]!) + 0.0722 * (y[o + 2]! - x[o + 2]!);
        squared += d * d;
        pixels++;
      }
    });
    expect(10 * Math.log10((255 * 255 * pixels) / Math.max(squared, 1e-9))).toBeGreaterThanOrEqual(45);
  });
});
