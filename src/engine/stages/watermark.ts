import { MIN_EMBED_SIDE, registryIdHex, watermarkPattern } from '../../provenance/index.js';
import { displaySize } from './encode.js';
import { GENERATING_SHARE } from './generate.js';
import { need, OK, type Stage } from './types.js';

/**
 * watermark: allocates the clip's registry id (the same one every time the job runs) and makes the invisible
 * watermark carrying it, at the size the clip is encoded at: one pattern of offsets for every frame,
 * calibrated on the clip's native frames, which the encoder merges into every frame after scaling it to the
 * pattern's size (each channel takes the offset at the strength its own level gives it; mergePattern is the
 * same merge in JS). No frame is scaled or copied in JS, and the native frames stay unmarked for lossless
 * extend and loop.
 */
export const watermark: Stage = {
  name: 'watermark',
  async run(ctx, { progress }) {
    const clip = need(ctx.work.clip, 'the frames');
    const { config, provenance } = ctx.engine;
    progress({ stage: 'watermarking', fraction: GENERATING_SHARE }, true);
    const registryId = await provenance.registry.allocate(ctx.jobId);
    const [width, height] = watermarkSize(clip.width, clip.height, config.DISPLAY_SIZE);
    ctx.work.watermark = watermarkPattern(clip, width, height, registryId, provenance.watermarkKey);
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
