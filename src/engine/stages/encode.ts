import { failures } from '../../queue/index.js';
import { ClipTooLarge, encodeClip } from '../encoder/index.js';
import { GENERATING_SHARE } from './generate.js';
import { fail, need, OK, type Stage } from './types.js';

/** encode: frames streamed into ffmpeg, scaled for display, at a bitrate that fits the upload limit. */
export const encode: Stage = {
  name: 'encode',
  async run(ctx, { signal, progress }) {
    const clip = need(ctx.work.clip, 'the frames');
    const { config, ffmpeg } = ctx.engine;
    progress({ stage: 'encoding', fraction: GENERATING_SHARE }, true);
    const requester = ctx.job.requester;
    const maxBytes = Math.min(
      config.MAX_UPLOAD_BYTES,
      requester.source === 'discord'
        ? (requester.attachmentSizeLimit ?? Number.POSITIVE_INFINITY)
        : Number.POSITIVE_INFINITY,
    );
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
        },
        signal,
      );
      return OK;
    } catch (error) {
      if (error instanceof ClipTooLarge) return fail(failures.clipTooLarge(error.bytes, error.maxBytes));
      throw error;
    }
  },
};

/** Display size: the model's aspect, short side `displaySize`, both even (yuv420p needs even sizes). */
export function displaySize(width: number, height: number, displaySize: number): [number, number] {
  const scale = displaySize / Math.min(width, height);
  const even = (n: number) => Math.max(2, Math.round((n * scale) / 2) * 2);
  return [even(width), even(height)];
}
