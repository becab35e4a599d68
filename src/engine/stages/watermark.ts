import { embedWatermark, MIN_EMBED_SIDE, registryIdHex } from '../../provenance/index.js';
import { resizeFrames } from '../encoder/index.js';
import type { RgbFrame } from '../generator.js';
import { displaySize } from './encode.js';
import { GENERATING_SHARE } from './generate.js';
import { need, OK, type Stage } from './types.js';

/**
 * watermark: allocates the clip's registry id (the same one every time the job runs) and makes the invisible
 * watermark carrying it, at the size the clip is encoded at. embedWatermark puts the same luma offsets on
 * every frame it is given, so they are computed once here, on a mid-grey frame (the pattern is mid-grey
 * plus the offsets), and the encoder merges that pattern into every frame after scaling the frames to its
 * size (ffmpeg's grain merge: frame + pattern − 128, clipped, which is what embedWatermark does to a frame).
 * No frame is scaled or copied in JS, and the native frames stay unmarked for lossless extend and loop.
 */
export const watermark: Stage = {
  name: 'watermark',
  async run(ctx, { progress }) {
    const clip = need(ctx.work.clip, 'the frames');
    const { config, provenance } = ctx.engine;
    progress({ stage: 'watermarking', fraction: GENERATING_SHARE }, true);
    const registryId = await provenance.registry.allocate(ctx.jobId);
    const [width, height] = watermarkSize(clip.width, clip.height, config.DISPLAY_SIZE);
    // The strength is calibrated on the frames it is given (clipping in dark or bright areas): beside the
    // grey frame goes the clip's mean picture at the embedding size (scaling is linear, so the mean of the
    // native frames, scaled once, stands for the mean of the scaled frames).
    const [reference] = resizeFrames([meanFrame(clip.frames)], clip.width, clip.height, width, height);
    const grey = new Uint8Array(width * height * 3).fill(128);
    const [, image] = embedWatermark([reference!, grey], width, height, registryId, provenance.watermarkKey);
    ctx.work.watermark = { image: image!, width, height };
    ctx.work.provenance = { registryId };
    ctx.work.checks.push({
      name: 'watermark',
      passed: true,
      detail: `invisible, id ${registryIdHex(registryId)}`,
    });
    return OK;
  },
};

/**
 * The size the watermark is embedded at: the display size, or a short side of MIN_EMBED_SIDE when
 * DISPLAY_SIZE is smaller (the encoder then scales down, which the watermark survives).
 */
export function watermarkSize(width: number, height: number, display: number): [number, number] {
  return displaySize(width, height, Math.max(display, MIN_EMBED_SIDE));
}

/** The per-pixel mean of the frames, rounded. */
function meanFrame(frames: readonly RgbFrame[]): RgbFrame {
  const sum = new Float64Array(frames[0]?.length ?? 0);
  for (const frame of frames) for (let i = 0; i < sum.length; i++) sum[i]! += frame[i]!;
  return Uint8Array.from(sum, (v) => Math.round(v / Math.max(1, frames.length)));
}
