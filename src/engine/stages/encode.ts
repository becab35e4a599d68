import { failures } from '../../queue/index.js';
import { ClipTooLarge, encodeClip } from '../encoder/index.js';
import { GENERATING_SHARE } from './generate.js';
import { fail, type JobContext, need, OK, type Stage } from './types.js';

// Room left in the upload limit for the C2PA manifest the sign stage adds (~14 KB; more with a parent's).
export const SIGNATURE_HEADROOM_BYTES = 64 * 1024;

/**
 * encode: frames streamed into ffmpeg, the watermark merged in at its size, scaled for display, at a bitrate
 * that fits the upload limit less room for the signature.
 */
export const encode: Stage = {
  name: 'encode',
  async run(ctx, { signal, progress }) {
    const clip = need(ctx.work.clip, 'the frames');
    const { config, ffmpeg } = ctx.engine;
    progress({ stage: 'encoding', fraction: GENERATING_SHARE }, true);
    const limit = uploadLimit(ctx);
    const maxBytes = Math.floor(Math.max(limit / 2, limit - SIGNATURE_HEADROOM_BYTES));
    const [displayWidth, displayHeight] = displaySize(clip.width, clip.height, config.DISPLAY_SIZE);
    try {
      ctx.work.mp4 = await encodeClip(
        clip.frames,
        {
          ffmpeg: ffmpeg.path,
          width: clip.width,
          height: clip.height,
          fps: clip.fps,
          displayWidth,
          displayHeight,
          maxBytes,
          durationSeconds: clip.frames.length / clip.fps,
          ...(ctx.work.watermark && { overlay: ctx.work.watermark }),
        },
        signal,
      );
      return OK;
    } catch (error) {
      // The requester's limit, not the encoder's (which keeps room for the signature).
      if (error instanceof ClipTooLarge) return fail(failures.clipTooLarge(error.bytes, limit));
      throw error;
    }
  },
};

/** The largest clip the requester can receive: MAX_UPLOAD_BYTES, or less where their server allows less. */
export function uploadLimit(ctx: JobContext): number {
  const requester = ctx.job.requester;
  return Math.min(
    ctx.engine.config.MAX_UPLOAD_BYTES,
    requester.source === 'discord'
      ? (requester.attachmentSizeLimit ?? Number.POSITIVE_INFINITY)
      : Number.POSITIVE_INFINITY,
  );
}

/**
 * Display size: the model's aspect, short side `displaySize`, both even (yuv420p needs even sizes). It only
 * ever enlarges: DISPLAY_SIZE exists to upscale a small model's output, and a remote model's 720p clip keeps
 * its native size.
 */
export function displaySize(width: number, height: number, displaySize: number): [number, number] {
  const scale = Math.max(displaySize, Math.min(width, height)) / Math.min(width, height);
  const even = (n: number) => Math.max(2, Math.round((n * scale) / 2) * 2);
  return [even(width), even(height)];
}
