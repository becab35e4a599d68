import { OK, type Stage } from './types.js';

/**
 * A stage with no implementation yet: it reports no check and no progress, so the result's `checks` lists
 * exactly what ran. Frame moderation (check), the invisible watermark (watermark) and C2PA signing (sign)
 * replace these with modules of their own.
 */
function passThrough(name: string): Stage {
  return { name, run: async () => OK };
}

/** check: every sampled output frame against the server's content policy, before anyone sees it. */
export const check = passThrough('check');
/** watermark: the invisible watermark, on raw frames before encoding. */
export const watermark = passThrough('watermark');
/** sign: the C2PA manifest, on the encoded MP4. */
export const sign = passThrough('sign');
