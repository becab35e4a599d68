import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ClipTooLarge, EncoderInputError } from './errors.js';
import { rawRgbInputArgs, runFfmpeg } from './process.js';
import { evenDimension, firstCap, nextCap, type RateCap } from './rate.js';

/** Frames to encode: raw RGB24 at the model's native size, as an array or streamed while generated. */
export type FrameSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** What to encode and within which limits. */
export interface EncodeOptions {
  /** Path of the ffmpeg binary (from findFfmpeg). */
  ffmpeg: string;
  /** Native frame size: each frame is `width * height * 3` bytes of RGB24. */
  width: number;
  height: number;
  fps: number;
  /** Output size; rounded down to even numbers because yuv420p subsamples chroma 2×2. */
  displayWidth: number;
  displayHeight: number;
  /** Hard limit on the MP4's size in bytes (the upload limit). */
  maxBytes: number;
  /**
   * Expected length, to cap the bitrate on the first attempt. Arrays are counted; for a stream without it
   * the first attempt is quality-only and an overshoot costs one re-encode.
   */
  durationSeconds?: number;
  /** x264 quality target; lower is better and larger. */
  crf?: number;
  /** x264 speed/compression trade-off. */
  preset?: X264Preset;
  /** Encodes allowed in total, the first included. */
  maxAttempts?: number;
  /** Where the temporary MP4 lives while ffmpeg writes it; defaults to os.tmpdir(). */
  tmpDir?: string;
  /**
   * A still RGB24 image merged into every frame at the image's size, after the frames are scaled to that
   * size (in RGB) and before they are scaled for display: each channel value v becomes
   * v + (image − 128) × strength(v), rounded half up and clipped (see OverlayStrength). The invisible
   * watermark arrives this way: its pattern (mid-grey plus the offsets) is the same on every frame, so it
   * is embedded at the size that is encoded without a pass over the frames in JS; the watermark's
   * mergePattern is the same arithmetic.
   */
  overlay?: FrameOverlay;
}

/** An RGB24 image (`width * height * 3` bytes) merged into every frame (see EncodeOptions.overlay). */
export interface FrameOverlay {
  image: Uint8Array;
  width: number;
  height: number;
  strength: OverlayStrength;
}

/**
 * The share of the overlay's offset a channel value v takes: `floor` at or below `dark`, 1 from `full`,
 * linear between ({ floor: 1 } is a plain grain merge, v + image − 128).
 */
export interface OverlayStrength {
  floor: number;
  dark: number;
  full: number;
}

/** x264's presets, fastest first. */
export type X264Preset =
  | 'ultrafast'
  | 'superfast'
  | 'veryfast'
  | 'faster'
  | 'fast'
  | 'medium'
  | 'slow'
  | 'slower'
  | 'veryslow';

/** An encoded clip that fits the size limit, with the facts the engine reports and stores. */
export interface EncodedClip {
  /** The MP4 file: H.264 High, yuv420p, moov before mdat. */
  data: Buffer;
  bytes: number;
  width: number;
  height: number;
  fps: number;
  frames: number;
  durationSeconds: number;
  /** Average video+container bitrate actually reached, bits per second. */
  bitrate: number;
  /** The x264 maxrate of the final attempt (bits per second); null when quality alone kept it small. */
  maxrate: number | null;
  /** Encodes it took: 1 unless the first overshot the limit. */
  attempts: number;
  /** Wall time of all attempts, milliseconds. */
  encodeMs: number;
}

// CRF 20 is visually near-lossless for upscaled model output; the cap, not CRF, controls busy clips.
const DEFAULT_CRF = 20;
// veryfast: clips are small and far under the size cap, so encode latency matters more than the last few
// percent of compression (bench:queue, built-in model at 256×256: encode 198 ms with medium, 124 ms here).
const DEFAULT_PRESET: X264Preset = 'veryfast';
const DEFAULT_MAX_ATTEMPTS = 4;
// Once a lower cap no longer makes the file meaningfully smaller, x264 is at its quantizer floor.
const MIN_SHRINK = 0.97;

/**
 * Encode RGB24 frames to an H.264 MP4 at display size that fits `maxBytes`, streaming frames into ffmpeg
 * as they arrive. Frames are kept (by reference: do not mutate one after yielding it) so an overshoot can
 * be re-encoded at a lower bitrate. Rejects with ClipTooLarge, FfmpegFailed, FfmpegMissing, AbortError,
 * or EncoderInputError (bad options or a frame of the wrong size).
 */
export async function encodeClip(
  frames: FrameSource,
  options: EncodeOptions,
  signal?: AbortSignal,
): Promise<EncodedClip> {
  validate(options);
  const started = performance.now();
  const width = evenDimension(options.displayWidth);
  const height = evenDimension(options.displayHeight);
  const frameBytes = options.width * options.height * 3;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const knownDuration =
    options.durationSeconds ?? (Array.isArray(frames) ? frames.length / options.fps : undefined);

  const kept: Uint8Array[] = [];
  const keep = (frame: Uint8Array) => {
    if (frame.byteLength !== frameBytes) {
      throw new EncoderInputError(
        `frame ${kept.length} is ${frame.byteLength} bytes; ${options.width}x${options.height} RGB24 needs ${frameBytes}`,
      );
    }
    kept.push(frame);
  };

  let cap = firstCap(options.maxBytes, knownDuration);
  let smallest = Number.POSITIVE_INFINITY;
  const tmpDir = options.tmpDir ?? os.tmpdir();
  const overlay = options.overlay && (await writeOverlay(options.overlay, tmpDir));
  try {
    for (let attempt = 1; ; attempt++) {
      const first = attempt === 1;
      const settings: EncodeArgs = {
        sourceWidth: options.width,
        sourceHeight: options.height,
        width,
        height,
        fps: options.fps,
        crf: options.crf ?? DEFAULT_CRF,
        preset: options.preset ?? DEFAULT_PRESET,
        cap,
        ...(overlay && { overlay: overlay.args }),
      };
      const data = await encodeOnce(
        options.ffmpeg,
        first ? frames : kept,
        settings,
        tmpDir,
        signal,
        first ? keep : undefined,
      );
      if (kept.length === 0) throw new EncoderInputError('no frames to encode');
      const durationSeconds = kept.length / options.fps;
      if (data.byteLength <= options.maxBytes) {
        return {
          data,
          bytes: data.byteLength,
          width,
          height,
          fps: options.fps,
          frames: kept.length,
          durationSeconds,
          bitrate: Math.round((data.byteLength * 8) / durationSeconds),
          maxrate: cap?.maxrate ?? null,
          attempts: attempt,
          encodeMs: Math.round(performance.now() - started),
        };
      }
      const stalled = data.byteLength > smallest * MIN_SHRINK;
      smallest = Math.min(smallest, data.byteLength);
      const next = nextCap(cap, data.byteLength, options.maxBytes, durationSeconds);
      if (attempt >= maxAttempts || stalled || !next) {
        throw new ClipTooLarge(smallest, options.maxBytes, attempt);
      }
      cap = next;
    }
  } finally {
    if (overlay) await fs.rm(overlay.args.path, { force: true });
  }
}

/** The overlay image in a temporary file: ffmpeg reads it as a second input (stdin carries the frames). */
async function writeOverlay(overlay: FrameOverlay, tmpDir: string): Promise<{ args: OverlayInput }> {
  const { image, width, height } = overlay;
  for (const [key, value] of Object.entries({ width, height })) {
    if (!Number.isInteger(value) || value <= 0 || value % 2 !== 0) {
      throw new EncoderInputError(`overlay ${key} must be a positive even integer, got ${value}`);
    }
  }
  if (image.byteLength !== width * height * 3) {
    throw new EncoderInputError(
      `the overlay is ${image.byteLength} bytes; ${width}x${height} RGB24 needs ${width * height * 3}`,
    );
  }
  const { floor, dark, full } = overlay.strength;
  if (![floor, dark, full].every(Number.isFinite) || floor < 0 || floor > 1 || !(full > dark)) {
    throw new EncoderInputError(
      `overlay strength needs 0 ≤ floor ≤ 1 and full > dark, got ${JSON.stringify(overlay.strength)}`,
    );
  }
  const file = path.join(tmpDir, `zoetrope-overlay-${randomUUID()}.rgb`);
  await fs.writeFile(file, image);
  return { args: { path: file, width, height, strength: overlay.strength } };
}

/** The settings that decide one attempt's ffmpeg command line. */
export interface EncodeArgs {
  sourceWidth: number;
  sourceHeight: number;
  /** Display size, already even. */
  width: number;
  height: number;
  fps: number;
  crf: number;
  preset: X264Preset;
  cap: RateCap | undefined;
  /** An RGB24 image merged into every frame at its size (see EncodeOptions.overlay). */
  overlay?: OverlayInput;
}

/** The overlay as ffmpeg reads it: a raw RGB24 file, its size, and the strength it is merged at. */
export interface OverlayInput {
  path: string;
  width: number;
  height: number;
  strength: OverlayStrength;
}

/**
 * The lut2 expression that merges the overlay (y) into a frame channel (x): x + (y − 128) × strength(x),
 * rounded half up and clipped to 0–255, in the order of operations the watermark's mergePattern uses, so
 * the two agree to the pixel (lut2 evaluates it once per pair of values, into a table).
 */
export function overlayMergeExpression({ floor, dark, full }: OverlayStrength): string {
  const strength = `(${floor}+(1-${floor})*clip((x-${dark})/(${full}-${dark}),0,1))`;
  return `clip(floor(x+(y-128)*${strength}+0.5),0,255)`;
}

/** One ffmpeg run into a temporary file (+faststart rewrites the file, so the output must be seekable). */
async function encodeOnce(
  ffmpeg: string,
  frames: FrameSource,
  settings: EncodeArgs,
  tmpDir: string,
  signal: AbortSignal | undefined,
  onChunk: ((frame: Uint8Array) => void) | undefined,
): Promise<Buffer> {
  const out = path.join(tmpDir, `zoetrope-encode-${randomUUID()}.mp4`);
  try {
    await runFfmpeg(ffmpeg, encodeArgs(settings, out), {
      input: frames,
      ...(signal ? { signal } : {}),
      ...(onChunk ? { onChunk } : {}),
    });
    return await fs.readFile(out);
  } finally {
    await fs.rm(out, { force: true });
  }
}

/** The lut2 filter merging the overlay into every plane (the quotes keep the expression's commas in it). */
function lut2(strength: OverlayStrength): string {
  const merge = overlayMergeExpression(strength);
  return `lut2=c0='${merge}':c1='${merge}':c2='${merge}'`;
}

/** The ffmpeg command line for one attempt (exported so tests and logs can see the exact command). */
export function encodeArgs(options: EncodeArgs, out: string): string[] {
  // Lanczos for every ratio: model frames are small natural images, not pixel art, so nearest-neighbour
  // would show the sampling grid as blocks, and those hard block edges also cost x264 bits. Lanczos keeps
  // edges crisper than bicubic at 4–8× and its mild ringing is hidden by the encode. Scaling happens in RGB
  // at full chroma before the yuv420p conversion, so colour edges are subsampled once, at display size.
  const scale =
    `scale=${options.width}:${options.height}:flags=lanczos+accurate_rnd+full_chroma_int` +
    ':out_color_matrix=bt709:out_range=tv,setsar=1,format=yuv420p';
  const { overlay } = options;
  // With an overlay: scale to its size in planar RGB, merge it in on each plane with lut2 (the same offset
  // on R, G and B at each channel's strength, as the watermark's mergePattern adds), then the usual scale
  // and conversion for display (no resize when the sizes match, so colour edges are still subsampled once,
  // at display size).
  const filter = overlay
    ? [
        '-f',
        'rawvideo',
        '-pix_fmt',
        'rgb24',
        '-video_size',
        `${overlay.width}x${overlay.height}`,
        '-i',
        overlay.path,
        '-filter_complex',
        `[0:v]scale=${overlay.width}:${overlay.height}:flags=lanczos+accurate_rnd+full_chroma_int,format=gbrp[frames];` +
          `[1:v]format=gbrp[overlay];[frames][overlay]${lut2(overlay.strength)},${scale}[out]`,
        '-map',
        '[out]',
      ]
    : ['-vf', scale];
  const args = [
    ...rawRgbInputArgs(options.sourceWidth, options.sourceHeight, options.fps),
    ...filter,
    '-an',
    '-c:v',
    'libx264',
    '-preset',
    options.preset,
    // High profile + yuv420p is what browsers, phones and Discord's inline player all decode.
    '-profile:v',
    'high',
    '-pix_fmt',
    'yuv420p',
    '-crf',
    String(options.crf),
  ];
  if (options.cap) {
    args.push('-maxrate', String(options.cap.maxrate), '-bufsize', String(options.cap.bufsize));
  }
  args.push(
    // Tag what the scale filter produced so players do not guess BT.601 and shift the colours.
    '-colorspace',
    'bt709',
    '-color_primaries',
    'bt709',
    '-color_trc',
    'bt709',
    '-color_range',
    'tv',
    // moov before mdat: Discord and browsers start playing before the whole file has arrived.
    '-movflags',
    '+faststart',
    '-y',
    out,
  );
  return args;
}

function validate(options: EncodeOptions): void {
  const positiveInts = ['width', 'height', 'displayWidth', 'displayHeight', 'maxBytes'] as const;
  for (const key of positiveInts) {
    const value = options[key];
    if (!Number.isInteger(value) || value <= 0) {
      throw new EncoderInputError(`${key} must be a positive integer, got ${value}`);
    }
  }
  if (!(options.fps > 0 && Number.isFinite(options.fps))) {
    throw new EncoderInputError(`fps must be a positive number, got ${options.fps}`);
  }
  if (options.durationSeconds !== undefined && !(options.durationSeconds > 0)) {
    throw new EncoderInputError(`durationSeconds must be positive, got ${options.durationSeconds}`);
  }
  if (
    options.maxAttempts !== undefined &&
    !(Number.isInteger(options.maxAttempts) && options.maxAttempts >= 1)
  ) {
    throw new EncoderInputError(`maxAttempts must be an integer >= 1, got ${options.maxAttempts}`);
  }
}
