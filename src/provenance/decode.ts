import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** How a clip someone hands in is decoded: bounded, because the file may be anything. */
export interface DecodeLimits {
  /** The ffmpeg binary. */
  ffmpeg: string;
  /** Frames read at most (the watermark is voted over frames; a few seconds are plenty). Default 480. */
  maxFrames?: number;
  /** Frames larger than this box are scaled down into it (keeping the aspect). Default 1280. */
  maxSide?: number;
  /** Where the file is staged (an MP4 with its index at the end cannot be read from a pipe). */
  tmpDir?: string;
  /** Gives up after this long. Default 60 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** The video could not be decoded: not a video, or ffmpeg failed or took too long. */
export class ClipUndecodable extends Error {
  override readonly name = 'ClipUndecodable';
  readonly code = 'CLIP_UNDECODABLE';
}

/**
 * Decodes a video file to RGB24 frames and hands each to `onFrame` as it arrives (memory stays at one
 * frame). Frames come as a PPM stream, so each says its own size. Resolves with the number of frames.
 */
export async function decodeFrames(
  bytes: Uint8Array,
  limits: DecodeLimits,
  onFrame: (frame: Uint8Array, width: number, height: number) => void,
): Promise<number> {
  const maxFrames = limits.maxFrames ?? 480;
  const maxSide = limits.maxSide ?? 1280;
  const staged = path.join(limits.tmpDir ?? os.tmpdir(), `zoetrope-verify-${randomUUID()}`);
  await fs.writeFile(staged, bytes, { mode: 0o600 });
  try {
    const args = [
      '-hide_banner',
      '-nostats',
      '-loglevel',
      'error',
      '-i',
      staged,
      '-map',
      '0:v:0',
      '-an',
      '-sn',
      '-dn',
      '-frames:v',
      String(maxFrames),
      '-vf',
      `scale='min(iw,${maxSide})':'min(ih,${maxSide})':force_original_aspect_ratio=decrease:flags=area`,
      '-f',
      'image2pipe',
      '-c:v',
      'ppm',
      '-pix_fmt',
      'rgb24',
      'pipe:1',
    ];
    return await runDecoder(limits, args, onFrame, staged);
  } finally {
    await fs.rm(staged, { force: true });
  }
}

function runDecoder(
  limits: DecodeLimits,
  args: string[],
  onFrame: (frame: Uint8Array, width: number, height: number) => void,
  staged: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(limits.ffmpeg, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const parser = new PpmStream(onFrame);
    let stderr = '';
    let failure: Error | undefined;
    const stop = (error: Error) => {
      failure ??= error;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(
      () => stop(new ClipUndecodable(`decoding took longer than ${limits.timeoutMs ?? 60_000} ms`)),
      limits.timeoutMs ?? 60_000,
    );
    const onAbort = () => stop(limits.signal?.reason ?? new Error('aborted'));
    limits.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => {
      try {
        parser.push(chunk);
      } catch (error) {
        stop(error as Error);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    child.on('error', (error) => stop(new ClipUndecodable(`ffmpeg could not start: ${error.message}`)));
    child.on('close', (code) => {
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      if (failure) reject(failure);
      // The temporary file's name means nothing to whoever handed the file in.
      else if (code !== 0) {
        reject(
          new ClipUndecodable(
            `not a video ffmpeg can read (${lastLine(stderr.replaceAll(`${staged}: `, ''))})`,
          ),
        );
      } else if (parser.frames === 0) reject(new ClipUndecodable('the file has no video frames'));
      else resolve(parser.frames);
    });
  });
}

const lastLine = (text: string) => text.trim().split('\n').at(-1)?.slice(0, 200) ?? 'no output';

/** Splits ffmpeg's PPM (P6, maxval 255) stream into frames, copying each byte once. */
class PpmStream {
  frames = 0;
  private header = Buffer.alloc(0);
  private frame: { data: Uint8Array; filled: number; width: number; height: number } | undefined;

  constructor(private readonly onFrame: (frame: Uint8Array, width: number, height: number) => void) {}

  push(chunk: Buffer): void {
    let rest = chunk;
    while (rest.length > 0) {
      if (!this.frame) {
        this.header = Buffer.concat([this.header, rest]);
        const match = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(this.header.subarray(0, 64).toString('latin1'));
        if (!match) {
          if (this.header.length >= 64) throw new ClipUndecodable('ffmpeg wrote something that is not PPM');
          return;
        }
        const width = Number(match[1]);
        const height = Number(match[2]);
        this.frame = { data: new Uint8Array(width * height * 3), filled: 0, width, height };
        rest = this.header.subarray(match[0].length);
        this.header = Buffer.alloc(0);
        continue;
      }
      const frame = this.frame;
      const take = Math.min(rest.length, frame.data.length - frame.filled);
      frame.data.set(rest.subarray(0, take), frame.filled);
      frame.filled += take;
      rest = rest.subarray(take);
      if (frame.filled === frame.data.length) {
        this.frame = undefined;
        this.frames++;
        this.onFrame(frame.data, frame.width, frame.height);
      }
    }
  }
}
