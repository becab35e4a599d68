import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeClip,
  encodeClip,
  type FfmpegBinary,
  findFfmpeg,
  overlayMergeExpression,
} from '../../src/engine/encoder/index.js';
import {
  deriveWatermarkKey,
  detectWatermark,
  embedWatermark,
  mergePattern,
  watermarkPattern,
} from '../../src/provenance/watermark/index.js';

const SIZE = 256;
const KEY = deriveWatermarkKey('integration-test watermark secret of 32+ bytes');
const PAYLOAD = Uint8Array.from([0x01, 0x23, 0x45, 0x67, 0x89, 0xab]);

/** A dusk gradient with a bright square drifting right: 12 frames, 8 fps, like a small model clip. */
function clip(): Uint8Array[] {
  return fixtureClip('dusk').slice(0, 12);
}

describe('invisible watermark through real ffmpeg', () => {
  let ffmpeg: FfmpegBinary;
  beforeAll(async () => {
    ffmpeg = await findFfmpeg();
  });
  afterAll(() => {});
  /** The engine's encoder as it encodes a small model clip: 256², 8 fps, at its default CRF. */
  const encodeOptions = () => ({
    ffmpeg: ffmpeg.path,
    width: SIZE,
    height: SIZE,
    fps: 8,
    displayWidth: SIZE,
    displayHeight: SIZE,
    maxBytes: 10 * 1024 * 1024,
  });

  it('GIVEN a marked 256² clip encoded with H.264 at CRF 30 THEN the decoded MP4 still yields the payload', async () => {
    const marked = embedWatermark(clip(), SIZE, SIZE, PAYLOAD, KEY);
    const mp4 = await encodeClip(marked, { ...encodeOptions(), crf: 30 });
    const decoded = await decodeClip(mp4.data, { ffmpeg: ffmpeg.path, width: SIZE, height: SIZE });
    expect(decoded.frames.length).toBe(12);
    const result = detectWatermark(decoded.frames, SIZE, SIZE, KEY);
    expect(result.found).toBe(true);
    expect(Buffer.from(result.payload!).toString('hex')).toBe('0123456789ab');

    // The same clip without the watermark, through the same path, reads as unmarked.
    const plain = await encodeClip(clip(), { ...encodeOptions(), crf: 30 });
    const plainFrames = await decodeClip(plain.data, { ffmpeg: ffmpeg.path, width: SIZE, height: SIZE });
    expect(detectWatermark(plainFrames.frames, SIZE, SIZE, KEY).found).toBe(false);
  });

  it('GIVEN a pattern THEN the encoder’s merge (ffmpeg lut2) gives exactly mergePattern’s pixels, every level 0–255 included', () => {
    // One frame holding every level on every channel, beside dark ramps and pure black and white.
    const frame = new Uint8Array(SIZE * SIZE * 3).map((_, i) => (i * 7 + (i >> 9)) & 255);
    const calibration = { frames: fixtureClip('black'), width: SIZE, height: SIZE };
    const pattern = watermarkPattern(calibration, SIZE, SIZE, PAYLOAD, KEY);
    const dir = mkdtempSync(join(os.tmpdir(), 'zoetrope-merge-'));
    try {
      writeFileSync(join(dir, 'frame.rgb'), frame);
      writeFileSync(join(dir, 'pattern.rgb'), pattern.image);
      const merge = overlayMergeExpression(pattern.strength);
      const raw = ['-f', 'rawvideo', '-pix_fmt', 'rgb24', '-video_size', `${SIZE}x${SIZE}`];
      const run = spawnSync(
        ffmpeg.path,
        [
          ...['-hide_banner', '-loglevel', 'error'],
          ...[...raw, '-i', join(dir, 'frame.rgb'), ...raw, '-i', join(dir, 'pattern.rgb')],
          '-filter_complex',
          `[0:v]format=gbrp[a];[1:v]format=gbrp[b];[a][b]lut2=c0='${merge}':c1='${merge}':c2='${merge}',format=rgb24`,
          ...['-f', 'rawvideo', 'pipe:1'],
        ],
        { maxBuffer: 1 << 24 },
      );
      expect(run.status, String(run.stderr)).toBe(0);
      const merged = mergePattern(frame, pattern);
      expect(Buffer.compare(run.stdout, Buffer.from(merged))).toBe(0);
      // And the merge did something: the offsets are in, at half strength near black.
      expect(Buffer.compare(Buffer.from(frame), Buffer.from(merged))).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('GIVEN shapes over black marked as the engine marks them THEN the clip still reads after it is darkened by a tenth and re-encoded', async () => {
    // The engine's path: a pattern calibrated on the native frames, merged by the encoder. Darkening clips
    // the black background (and its share of the mark) to zero; the shapes carry the mark alone.
    const frames = fixtureClip('black');
    const pattern = watermarkPattern({ frames, width: SIZE, height: SIZE }, SIZE, SIZE, PAYLOAD, KEY);
    const delivered = await encodeClip(frames, { ...encodeOptions(), overlay: pattern });
    const dir = mkdtempSync(join(os.tmpdir(), 'zoetrope-dark-'));
    try {
      writeFileSync(join(dir, 'in.mp4'), delivered.data);
      const attack = spawnSync(ffmpeg.path, [
        ...['-hide_banner', '-loglevel', 'error', '-i', join(dir, 'in.mp4')],
        ...['-vf', 'eq=brightness=-0.1', '-c:v', 'libx264', '-crf', '23', '-pix_fmt', 'yuv420p'],
        join(dir, 'out.mp4'),
      ]);
      expect(attack.status, String(attack.stderr)).toBe(0);
      const decoded = await decodeClip(readFileSync(join(dir, 'out.mp4')), {
        ffmpeg: ffmpeg.path,
        width: SIZE,
        height: SIZE,
      });
      const result = detectWatermark(decoded.frames, SIZE, SIZE, KEY);
      expect(result.found).toBe(true);
      expect(Buffer.from(result.payload!).toString('hex')).toBe('0123456789ab');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('GIVEN MP4s marked by luma-tile.1 as delivered in 2026-12 THEN they still verify', async () => {
    // Frozen fixtures: clips already delivered must keep verifying whatever the embedder and detector become.
    // Made with embedWatermark as of 2026-12 and the engine's encoder at its default CRF: 16 frames of 256²,
    // 8 fps; `dusk` is fixtureClip('dusk'), `black` (shapes over pure black) is fixtureClip('black').
    for (const kind of ['dusk', 'black'] as const) {
      const mp4 = readFileSync(resolve(FIXTURES, `watermark-v1-${kind}.mp4`));
      const decoded = await decodeClip(mp4, { ffmpeg: ffmpeg.path, width: SIZE, height: SIZE });
      expect(decoded.frames.length).toBe(16);
      const result = detectWatermark(decoded.frames, SIZE, SIZE, FIXTURE_KEY);
      expect(result.found, kind).toBe(true);
      expect(Buffer.from(result.payload!).toString('hex')).toBe(FIXTURE_PAYLOAD_HEX);
      // Today's embedder on the same content, read by the same detector: the two generations agree.
      const today = embedWatermark(fixtureClip(kind), SIZE, SIZE, FIXTURE_PAYLOAD, FIXTURE_KEY);
      expect(detectWatermark(today, SIZE, SIZE, FIXTURE_KEY).payload).toEqual(result.payload);
    }
  });
});

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'watermark');
const FIXTURE_KEY = deriveWatermarkKey('fixture watermark secret: luma-tile.1, before 2026-12');
const FIXTURE_PAYLOAD = Uint8Array.from([0xc0, 0xff, 0xee, 0x15, 0x0b, 0x1d]);
const FIXTURE_PAYLOAD_HEX = 'c0ffee150b1d';

/**
 * The fixtures' content, 16 frames: `dusk`, a gradient with a bright square drifting right; `black`, a green
 * square and an orange disc drifting over pure black (the background clips the low half of the pattern).
 */
function fixtureClip(kind: 'dusk' | 'black'): Uint8Array[] {
  return Array.from({ length: 16 }, (_, t) => {
    const f = new Uint8Array(SIZE * SIZE * 3);
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        const o = (y * SIZE + x) * 3;
        const inSquare = x > 40 + 8 * t && x < 110 + 8 * t && y > 90 && y < 160;
        const inDisc = (x - 180 + 4 * t) ** 2 + (y - 60 - 3 * t) ** 2 < 30 ** 2;
        if (kind === 'dusk') {
          f[o] = inSquare ? 240 : 60 + (y * 140) / SIZE;
          f[o + 1] = inSquare ? 220 : 40 + (y * 60) / SIZE;
          f[o + 2] = inSquare ? 30 : 120 - (y * 60) / SIZE;
        } else {
          f[o] = inSquare ? 40 : inDisc ? 200 : 0;
          f[o + 1] = inSquare ? 180 : inDisc ? 120 : 0;
          f[o + 2] = inSquare ? 90 : inDisc ? 60 : 0;
        }
      }
    }
    return f;
  });
}
