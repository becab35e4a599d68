import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createGuardModerationClient,
  createOpenAiModerationClient,
  createRemoteLayer,
  type FrameClassifier,
  type FrameScores,
  frameModerator,
  type RemoteFailMode,
  withRemoteImages,
} from '../../src/moderation/index.js';
import { encodePng } from '../../src/moderation/remote/png.js';
import type { RgbImage } from '../../src/moderation/types.js';
import { DEFAULT_POLICY } from '../../src/queue/index.js';
import {
  type FakeModerationApi,
  type ModerationRequest,
  startFakeModerationApi,
} from '../helpers/fake-moderation-api.js';

const NEUTRAL: FrameScores = { Drawing: 0, Hentai: 0, Neutral: 1, Porn: 0, Sexy: 0 };
const PORN: FrameScores = { Drawing: 0, Hentai: 0, Neutral: 0.05, Porn: 0.95, Sexy: 0 };

/** A local classifier that answers the same scores for every image. */
function classifier(answer: FrameScores): FrameClassifier {
  return {
    name: 'fake classifier',
    classify: async (images) => images.map(() => answer),
    close: async () => {},
  };
}

/** A gradient image, so a PNG that scrambles rows or channels cannot pass for the original. */
function gradient(width: number, height: number): RgbImage {
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const k = (y * width + x) * 3;
      rgb[k] = (x * 7) & 255;
      rgb[k + 1] = (y * 13) & 255;
      rgb[k + 2] = (x + y) & 255;
    }
  }
  return { width, height, rgb };
}

/** The PNG inside a request's single image part. */
function sentPng(request: ModerationRequest): Buffer {
  const input = request.body.input as { type: string; image_url: { url: string } }[];
  expect(input).toHaveLength(1);
  expect(input[0]!.type).toBe('image_url');
  const url = input[0]!.image_url.url;
  expect(url.startsWith('data:image/png;base64,')).toBe(true);
  return Buffer.from(url.slice('data:image/png;base64,'.length), 'base64');
}

const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('PNG encoding for remote image checks', () => {
  it('GIVEN an RGB image THEN ffmpeg decodes the PNG back to exactly the same pixels', () => {
    const image = gradient(37, 23);
    const png = encodePng(image);
    const decoded = execFileSync(
      'ffmpeg',
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-f',
        'png_pipe',
        '-i',
        'pipe:0',
        '-f',
        'rawvideo',
        '-pix_fmt',
        'rgb24',
        'pipe:1',
      ],
      { input: png },
    );
    expect(pngSize(png)).toEqual([37, 23]);
    expect(Buffer.compare(decoded, Buffer.from(image.rgb))).toBe(0);
  });

  it('GIVEN bytes that do not match the size THEN it refuses', () => {
    expect(() => encodePng({ width: 4, height: 4, rgb: new Uint8Array(10) })).toThrow(/needs 48 bytes/);
  });
});

describe('remote image moderation beside the frame classifier', () => {
  let api: FakeModerationApi;
  beforeAll(async () => {
    api = await startFakeModerationApi();
  });
  afterAll(() => api.close());
  beforeEach(() => {
    api.requests.length = 0;
    api.reply = { kind: 'flag', categories: [] };
  });

  const layer = (failMode: RemoteFailMode = 'open', timeoutMs = 2000) =>
    createRemoteLayer({
      client: createOpenAiModerationClient({ baseURL: api.baseURL, apiKey: 'sk-test' }),
      timeoutMs,
      failMode,
    });
  const frames = [gradient(64, 64), gradient(64, 64), gradient(64, 64)];

  it('GIVEN three frames THEN each goes in its own request as a PNG, and a 720p frame is sent at 512 px', async () => {
    const moderator = withRemoteImages(frameModerator(classifier(NEUTRAL)), layer());
    expect(moderator.name).toBe('fake classifier + openai moderation');
    const decision = await moderator.check([...frames, gradient(1280, 720)], DEFAULT_POLICY);
    expect(decision).toMatchObject({ decision: 'allow', layer: 'openai' });
    expect(api.requests).toHaveLength(4);
    expect(api.requests.every((r) => r.headers.authorization === 'Bearer sk-test')).toBe(true);
    const sizes = api.requests.map((r) => pngSize(sentPng(r)));
    expect(sizes).toContainEqual([64, 64]);
    expect(sizes).toContainEqual([512, 288]);
  });

  it('GIVEN the remote flags one frame as graphic violence THEN the clip is blocked by the openai layer, evidence naming the image', async () => {
    let n = 0;
    api.reply = () => ({ kind: 'flag', categories: [n++ === 1 ? ['violence/graphic'] : []] });
    const decision = await withRemoteImages(frameModerator(classifier(NEUTRAL)), layer()).check(
      frames,
      DEFAULT_POLICY,
    );
    expect(decision).toMatchObject({ decision: 'block', categories: ['violence'], layer: 'openai' });
    expect(decision.findings.map((f) => f.evidence)).toEqual([
      expect.stringMatching(/^image \d: violence\/graphic$/),
    ]);
  });

  it('GIVEN the local classifier blocks and the remote is clean THEN still blocked, by the frames layer', async () => {
    const decision = await withRemoteImages(frameModerator(classifier(PORN)), layer()).check(
      frames,
      DEFAULT_POLICY,
    );
    expect(decision).toMatchObject({ decision: 'block', categories: ['sexual'], layer: 'frames' });
  });

  it('GIVEN the remote answers 500 THEN fail-open keeps the local decision (degraded) and fail-closed blocks', async () => {
    api.reply = { kind: 'status', status: 500 };
    const open = await withRemoteImages(frameModerator(classifier(NEUTRAL)), layer('open')).check(
      frames,
      DEFAULT_POLICY,
    );
    expect(open.decision).toBe('allow');
    expect(open.degraded).toMatch(/openai/);
    const closed = await withRemoteImages(frameModerator(classifier(NEUTRAL)), layer('closed')).check(
      frames,
      DEFAULT_POLICY,
    );
    expect(closed).toMatchObject({ decision: 'block', layer: 'openai' });
  });

  it('GIVEN the remote hangs past its image budget THEN the check ends in time, degraded', async () => {
    api.reply = { kind: 'hang' };
    const started = performance.now();
    const decision = await withRemoteImages(frameModerator(classifier(NEUTRAL)), layer('open', 300)).check(
      frames,
      DEFAULT_POLICY,
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(decision.decision).toBe('allow');
    expect(decision.degraded).toMatch(/no answer within 300 ms/);
  });

  it('GIVEN a guard model (text only) or no remote THEN the frame moderator is left as it was', () => {
    const local = frameModerator(classifier(NEUTRAL));
    const guard = createRemoteLayer({
      client: createGuardModerationClient({ baseURL: api.baseURL, model: 'llama-guard3' }),
      timeoutMs: 1000,
      failMode: 'open',
    });
    expect(withRemoteImages(local, guard)).toBe(local);
    expect(withRemoteImages(local, undefined)).toBe(local);
  });
});
