import { execFile } from 'node:child_process';
import { existsSync, promises as fs, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AbortError,
  ClipTooLarge,
  decodeClip,
  EncoderInputError,
  encodeClip,
  encodePng,
  type FfmpegBinary,
  FfmpegFailed,
  FfmpegMissing,
  findFfmpeg,
} from '../../src/engine/encoder/index.js';
import { ffprobe, mp4BoxTypes, processesMentioning } from '../helpers/ffprobe.js';

const MiB = 1024 * 1024;

/** A diagonal gradient that slides one step per frame, so motion and colour are both visible. */
function gradientFrames(size: number, count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, f) => {
    const rgb = new Uint8Array(size * size * 3);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const i = (y * size + x) * 3;
        rgb[i] = ((x + f) * 8) & 255;
        rgb[i + 1] = (y * 8) & 255;
        rgb[i + 2] = 128;
      }
    }
    return rgb;
  });
}

/** Deterministic noise (xorshift) so the high-entropy tests behave the same on every run. */
function noiseFrames(size: number, count: number, seed = 1): Uint8Array[] {
  let s = seed >>> 0 || 1;
  return Array.from({ length: count }, () => {
    const rgb = new Uint8Array(size * size * 3);
    for (let i = 0; i < rgb.length; i++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      rgb[i] = s & 255;
    }
    return rgb;
  });
}

function flatFrames(size: number, count: number, colour: [number, number, number]): Uint8Array[] {
  return Array.from({ length: count }, () => {
    const rgb = new Uint8Array(size * size * 3);
    for (let i = 0; i < rgb.length; i += 3) rgb.set(colour, i);
    return rgb;
  });
}

function meanAbsError(a: Uint8Array, b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return sum / a.length;
}

async function* slowly(
  frames: Uint8Array[],
  delayMs: number,
  onEnd?: () => void,
): AsyncGenerator<Uint8Array> {
  try {
    for (const frame of frames) {
      await new Promise((r) => setTimeout(r, delayMs));
      yield frame;
    }
  } finally {
    onEnd?.();
  }
}

let ffmpeg: FfmpegBinary;
let tmpDir: string;

beforeAll(async () => {
  ffmpeg = await findFfmpeg();
  tmpDir = mkdtempSync(path.join(os.tmpdir(), 'zoetrope-encoder-test-'));
});

afterAll(() => {
  rmSync(tmpDir, { recursive: true, force: true });
});

describe('findFfmpeg', () => {
  it('GIVEN ffmpeg on PATH THEN it is used and its version is reported', async () => {
    expect(ffmpeg.source).toBe('system');
    expect(path.isAbsolute(ffmpeg.path)).toBe(true);
    expect(ffmpeg.version).toMatch(/\S+/);
  });

  it('GIVEN no ffmpeg on PATH THEN the npm-bundled binary is used', async (ctx) => {
    try {
      createRequire(import.meta.url).resolve('@ffmpeg-installer/ffmpeg');
    } catch {
      ctx.skip(); // optional dependency not installed on this machine
    }
    const found = await findFfmpeg({ searchPath: '' });
    expect(found.source).toBe('npm');
    expect(found.path).toContain('@ffmpeg-installer');
  });

  it('GIVEN the npm-bundled (older) ffmpeg THEN it encodes the same kind of MP4', async (ctx) => {
    const bundled = await findFfmpeg({ searchPath: '' }).catch(() => undefined);
    if (!bundled) return ctx.skip();
    const clip = await encodeClip(gradientFrames(32, 16), {
      ffmpeg: bundled.path,
      width: 32,
      height: 32,
      fps: 8,
      displayWidth: 256,
      displayHeight: 256,
      maxBytes: 10 * MiB,
      tmpDir,
    });
    const probe = await ffprobe(clip.data);
    expect(probe).toMatchObject({ codec: 'h264', pixFmt: 'yuv420p', width: 256, height: 256, nbFrames: 16 });
    const boxes = mp4BoxTypes(clip.data);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
  });

  it('GIVEN a bogus FFMPEG_PATH THEN FfmpegMissing says how to install ffmpeg', async () => {
    const err = await findFfmpeg({ ffmpegPath: '/nonexistent/ffmpeg' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FfmpegMissing);
    expect((err as FfmpegMissing).code).toBe('FFMPEG_MISSING');
    expect((err as Error).message).toContain('/nonexistent/ffmpeg');
    expect((err as Error).message).toContain('apt-get install ffmpeg');
    expect((err as Error).message).toContain('FFMPEG_PATH');
  });

  it('GIVEN nothing anywhere THEN FfmpegMissing', async () => {
    await expect(findFfmpeg({ searchPath: '', npmFallback: false })).rejects.toBeInstanceOf(FfmpegMissing);
  });

  it('GIVEN an ffmpeg that hangs THEN it is reported as timed out, with its path, and nothing it started is left running', async () => {
    // A wrapper whose child holds the pipes open, like a hung ffmpeg behind a shell script.
    const fakeDir = mkdtempSync(path.join(os.tmpdir(), 'zoetrope-hanging-ffmpeg-'));
    const fake = path.join(fakeDir, 'ffmpeg');
    await fs.writeFile(fake, `#!/bin/sh\nsleep 5 &\necho $! > "$0.pid"\nwait\n`, { mode: 0o755 });
    const started = Date.now();
    const err = await findFfmpeg({ ffmpegPath: fake, probeTimeoutMs: 300 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(err).toBeInstanceOf(FfmpegMissing);
    expect((err as Error).message).toContain(`${fake}: timed out`);
    expect((err as Error).message).not.toMatch(/does not run/);
    const sleeper = Number(await fs.readFile(`${fake}.pid`, 'utf8'));
    // A killed orphan may linger as a zombie where PID 1 does not reap; that counts as gone.
    const alive = () => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${sleeper}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 20 && alive(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive()).toBe(false);
    rmSync(fakeDir, { recursive: true, force: true });
  });
});

describe('encodeClip', () => {
  it('GIVEN a 32×32 16-frame 8 fps clip THEN a 256×256 2 s H.264 yuv420p MP4 with moov before mdat', async () => {
    const clip = await encodeClip(gradientFrames(32, 16), {
      ffmpeg: ffmpeg.path,
      width: 32,
      height: 32,
      fps: 8,
      displayWidth: 256,
      displayHeight: 256,
      maxBytes: 10 * MiB,
      tmpDir,
    });
    expect(clip).toMatchObject({
      width: 256,
      height: 256,
      fps: 8,
      frames: 16,
      durationSeconds: 2,
      attempts: 1,
    });
    expect(clip.bytes).toBe(clip.data.byteLength);
    const probe = await ffprobe(clip.data);
    expect(probe).toMatchObject({ codec: 'h264', pixFmt: 'yuv420p', width: 256, height: 256, nbFrames: 16 });
    expect(probe.colorSpace).toBe('bt709');
    expect(Math.abs(probe.duration - 2)).toBeLessThanOrEqual(1 / 8);
    const boxes = mp4BoxTypes(clip.data);
    expect(boxes.indexOf('moov')).toBeGreaterThanOrEqual(0);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
    console.info(`gradient 32→256, 16 frames: ${clip.bytes} bytes in ${clip.encodeMs} ms`);
  });

  it('GIVEN a noise clip and a 300 KB cap THEN the MP4 fits and reports its attempts', async () => {
    const maxBytes = 300_000;
    const clip = await encodeClip(noiseFrames(64, 24), {
      ffmpeg: ffmpeg.path,
      width: 64,
      height: 64,
      fps: 8,
      displayWidth: 512,
      displayHeight: 512,
      maxBytes,
      tmpDir,
    });
    expect(clip.bytes).toBeLessThanOrEqual(maxBytes);
    expect(clip.attempts).toBeGreaterThanOrEqual(1);
    expect(clip.maxrate).not.toBeNull();
    const probe = await ffprobe(clip.data);
    expect(probe).toMatchObject({ codec: 'h264', width: 512, height: 512, nbFrames: 24 });
    console.info(`noise 64→512, 3 s: ${clip.bytes} bytes, ${clip.attempts} attempt(s), ${clip.encodeMs} ms`);
  });

  it('GIVEN a streamed noise clip of unknown length THEN an overshoot is re-encoded until it fits', async () => {
    const maxBytes = 300_000;
    const clip = await encodeClip(slowly(noiseFrames(64, 24, 7), 0), {
      ffmpeg: ffmpeg.path,
      width: 64,
      height: 64,
      fps: 8,
      displayWidth: 512,
      displayHeight: 512,
      maxBytes,
      preset: 'veryfast',
      tmpDir,
    });
    expect(clip.bytes).toBeLessThanOrEqual(maxBytes);
    expect(clip.attempts).toBeGreaterThanOrEqual(2);
    expect(clip.frames).toBe(24);
    console.info(
      `streamed noise 64→512, 3 s: ${clip.bytes} bytes, ${clip.attempts} attempts, ${clip.encodeMs} ms`,
    );
  });

  it('GIVEN a cap no clip can meet THEN ClipTooLarge with the sizes', async () => {
    const err = await encodeClip(noiseFrames(32, 8, 3), {
      ffmpeg: ffmpeg.path,
      width: 32,
      height: 32,
      fps: 8,
      displayWidth: 256,
      displayHeight: 256,
      maxBytes: 1_000,
      preset: 'veryfast',
      tmpDir,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClipTooLarge);
    const tooLarge = err as ClipTooLarge;
    expect(tooLarge.code).toBe('CLIP_TOO_LARGE');
    expect(tooLarge.maxBytes).toBe(1_000);
    expect(tooLarge.bytes).toBeGreaterThan(1_000);
    expect(tooLarge.attempts).toBeGreaterThanOrEqual(1);
    expect(await fs.readdir(tmpDir)).toEqual([]);
  });

  it('GIVEN an abort mid-encode THEN AbortError, ffmpeg is gone and no temp file is left', async () => {
    const dir = mkdtempSync(path.join(tmpDir, 'abort-'));
    const controller = new AbortController();
    let sourceClosed = false;
    const frames = gradientFrames(32, 200);
    let yielded = 0;
    const source = (async function* () {
      for await (const frame of slowly(frames, 20, () => {
        sourceClosed = true;
      })) {
        if (++yielded === 5) {
          // ffmpeg is running and writing into `dir` now; prove it, then pull the plug.
          expect(processesMentioning(dir).length).toBeGreaterThan(0);
          controller.abort(new Error('user pressed cancel'));
        }
        yield frame;
      }
    })();
    const err = await encodeClip(
      source,
      {
        ffmpeg: ffmpeg.path,
        width: 32,
        height: 32,
        fps: 8,
        displayWidth: 256,
        displayHeight: 256,
        maxBytes: 10 * MiB,
        tmpDir: dir,
      },
      controller.signal,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect((err as Error).name).toBe('AbortError');
    expect(processesMentioning(dir)).toEqual([]);
    expect(await fs.readdir(dir)).toEqual([]);
    await new Promise((r) => setTimeout(r, 50));
    expect(sourceClosed).toBe(true);
    expect(yielded).toBeLessThan(20);
  });

  it('GIVEN an already-aborted signal THEN AbortError without starting ffmpeg', async () => {
    const err = await encodeClip(
      gradientFrames(8, 2),
      {
        ffmpeg: ffmpeg.path,
        width: 8,
        height: 8,
        fps: 8,
        displayWidth: 16,
        displayHeight: 16,
        maxBytes: MiB,
      },
      AbortSignal.abort(),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortError);
  });

  it('GIVEN a frame of the wrong size THEN EncoderInputError and ffmpeg is stopped', async () => {
    const dir = mkdtempSync(path.join(tmpDir, 'badframe-'));
    const frames = [...gradientFrames(16, 2), new Uint8Array(10)];
    const err = await encodeClip(frames, {
      ffmpeg: ffmpeg.path,
      width: 16,
      height: 16,
      fps: 8,
      displayWidth: 64,
      displayHeight: 64,
      maxBytes: MiB,
      tmpDir: dir,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EncoderInputError);
    expect((err as Error).message).toMatch(/frame 2 is 10 bytes/);
    expect(processesMentioning(dir)).toEqual([]);
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('GIVEN a bogus ffmpeg path THEN FfmpegMissing with the install hint', async () => {
    const err = await encodeClip(gradientFrames(8, 2), {
      ffmpeg: '/nonexistent/ffmpeg',
      width: 8,
      height: 8,
      fps: 8,
      displayWidth: 16,
      displayHeight: 16,
      maxBytes: MiB,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FfmpegMissing);
    expect((err as Error).message).toContain('apt-get install ffmpeg');
  });

  it('GIVEN ffmpeg exits non-zero THEN FfmpegFailed with the exit code', async () => {
    const err = await encodeClip(gradientFrames(8, 2), {
      ffmpeg: '/bin/false',
      width: 8,
      height: 8,
      fps: 8,
      displayWidth: 16,
      displayHeight: 16,
      maxBytes: MiB,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FfmpegFailed);
    expect((err as FfmpegFailed).exitCode).toBe(1);
  });
});

describe('decodeClip', () => {
  it('GIVEN a flat-colour clip THEN the round trip returns every frame in nearly the same colour', async () => {
    const colour: [number, number, number] = [200, 60, 30];
    const source = flatFrames(32, 16, colour);
    const clip = await encodeClip(source, {
      ffmpeg: ffmpeg.path,
      width: 32,
      height: 32,
      fps: 8,
      displayWidth: 256,
      displayHeight: 256,
      maxBytes: 10 * MiB,
      tmpDir,
    });
    const { frames } = await decodeClip(clip.data, { ffmpeg: ffmpeg.path, width: 32, height: 32 });
    expect(frames).toHaveLength(16);
    const errors = frames.map((frame, i) => meanAbsError(frame, source[i]!));
    expect(Math.max(...errors)).toBeLessThan(3);
  });

  it('GIVEN maxFrames THEN decoding stops there', async () => {
    const clip = await encodeClip(gradientFrames(16, 16), {
      ffmpeg: ffmpeg.path,
      width: 16,
      height: 16,
      fps: 8,
      displayWidth: 64,
      displayHeight: 64,
      maxBytes: MiB,
      preset: 'veryfast',
      tmpDir,
    });
    const { frames } = await decodeClip(clip.data, {
      ffmpeg: ffmpeg.path,
      width: 16,
      height: 16,
      maxFrames: 4,
    });
    expect(frames).toHaveLength(4);
  });

  it('GIVEN a PNG still THEN one frame with the same pixels', async () => {
    const [still] = gradientFrames(24, 1);
    const png = await encodePng(still!, 24, 24, ffmpeg.path);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const { frames } = await decodeClip(png, { ffmpeg: ffmpeg.path, width: 24, height: 24 });
    expect(frames).toHaveLength(1);
    expect(meanAbsError(frames[0]!, still!)).toBeLessThan(1);
  });

  it('GIVEN an MP4 with moov after mdat THEN it is still decoded', async () => {
    const file = path.join(tmpDir, 'moov-at-end.mp4');
    await new Promise<void>((resolve, reject) =>
      execFile(
        ffmpeg.path,
        [
          '-v',
          'error',
          '-f',
          'lavfi',
          '-i',
          'testsrc=size=64x64:rate=8',
          '-frames:v',
          '6',
          '-pix_fmt',
          'yuv420p',
          '-y',
          file,
        ],
        (err) => (err ? reject(err) : resolve()),
      ),
    );
    const data = await fs.readFile(file);
    await fs.rm(file);
    const boxes = mp4BoxTypes(data);
    expect(boxes.indexOf('mdat')).toBeLessThan(boxes.indexOf('moov'));
    const { frames } = await decodeClip(data, { ffmpeg: ffmpeg.path, width: 32, height: 32, tmpDir });
    expect(frames).toHaveLength(6);
    expect(existsSync(file)).toBe(false);
    expect((await fs.readdir(tmpDir)).filter((name) => name.startsWith('zoetrope-decode-'))).toEqual([]);
  });

  it('GIVEN bytes that are no media THEN FfmpegFailed with what ffmpeg said', async () => {
    const err = await decodeClip(Buffer.from('definitely not a video'), {
      ffmpeg: ffmpeg.path,
      width: 8,
      height: 8,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FfmpegFailed);
    expect((err as FfmpegFailed).stderrTail.length).toBeGreaterThan(0);
  });
});
