import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EncoderInputError } from './errors.js';
import { needsSeekableInput } from './mp4.js';
import { rawRgbInputArgs, runFfmpeg } from './process.js';

/** Where and how to decode: the target frame size is the model's native size. */
export interface DecodeOptions {
  ffmpeg: string;
  width: number;
  height: number;
  /** Stop after this many frames; pass it for untrusted input, the raw output is width*height*3 per frame. */
  maxFrames?: number;
  /** Where a non-faststart MP4 is staged, since it cannot be read from a pipe; defaults to os.tmpdir(). */
  tmpDir?: string;
}

/** Decoded frames, RGB24 at the requested size. */
export interface DecodedClip {
  frames: Uint8Array[];
}

/**
 * Decode a video (MP4 or anything ffmpeg reads, including a PNG/JPEG still) to RGB24 frames at
 * `width`×`height`. A different aspect ratio is scaled to cover and centre-cropped, never stretched.
 */
export async function decodeClip(
  media: Uint8Array,
  options: DecodeOptions,
  signal?: AbortSignal,
): Promise<DecodedClip> {
  for (const key of ['width', 'height'] as const) {
    if (!Number.isInteger(options[key]) || options[key] <= 0) {
      throw new EncoderInputError(`${key} must be a positive integer, got ${options[key]}`);
    }
  }
  if (options.maxFrames !== undefined && !(Number.isInteger(options.maxFrames) && options.maxFrames >= 1)) {
    throw new EncoderInputError(`maxFrames must be an integer >= 1, got ${options.maxFrames}`);
  }
  const { width, height } = options;
  // An MP4 with its index at the end needs seeking; stage only those in a file, stream the rest.
  const staged = needsSeekableInput(media)
    ? path.join(options.tmpDir ?? os.tmpdir(), `zoetrope-decode-${randomUUID()}.mp4`)
    : undefined;
  // Area averaging is the faithful inverse of our upscale (the fidelity eval compares against model
  // frames) and the right filter for large stills shrinking to model size.
  const filter =
    `scale=${width}:${height}:force_original_aspect_ratio=increase:flags=area+accurate_rnd+full_chroma_int,` +
    `crop=${width}:${height},setsar=1`;
  const args = [
    '-hide_banner',
    '-nostats',
    '-loglevel',
    'error',
    '-i',
    staged ?? 'pipe:0',
    '-an',
    '-sn',
    '-dn',
  ];
  if (options.maxFrames !== undefined) args.push('-frames:v', String(options.maxFrames));
  args.push('-vf', filter, '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1');
  try {
    if (staged) await fs.writeFile(staged, media);
    const { stdout } = await runFfmpeg(options.ffmpeg, args, {
      ...(staged ? {} : { input: media }),
      captureStdout: true,
      ...(signal ? { signal } : {}),
    });
    const frameBytes = width * height * 3;
    const frames: Uint8Array[] = [];
    // A trailing partial frame cannot happen with rawvideo output; ignore one rather than return garbage.
    for (let offset = 0; offset + frameBytes <= stdout.byteLength; offset += frameBytes) {
      frames.push(new Uint8Array(stdout.buffer, stdout.byteOffset + offset, frameBytes));
    }
    return { frames };
  } finally {
    if (staged) await fs.rm(staged, { force: true });
  }
}

/** Encode one RGB24 image as PNG (contact sheets, thumbnails). */
export async function encodePng(
  rgb: Uint8Array,
  width: number,
  height: number,
  ffmpeg: string,
  signal?: AbortSignal,
): Promise<Buffer> {
  if (rgb.byteLength !== width * height * 3) {
    throw new EncoderInputError(
      `image is ${rgb.byteLength} bytes; ${width}x${height} RGB24 needs ${width * height * 3}`,
    );
  }
  const args = [
    ...rawRgbInputArgs(width, height),
    '-frames:v',
    '1',
    '-c:v',
    'png',
    '-f',
    'image2pipe',
    'pipe:1',
  ];
  const { stdout } = await runFfmpeg(ffmpeg, args, {
    input: rgb,
    captureStdout: true,
    ...(signal ? { signal } : {}),
  });
  return stdout;
}
