import { OK, type Stage } from './types.js';

/**
 * A stage with no implementation yet: it reports no check and no progress, so the result's `checks` lists
 * exactly what ran. The invisible watermark (watermark) and C2PA signing (sign) replace these with modules
 * of their own, as frame moderation (check.ts) did.
 */
function passThrough(name: string): Stage {
  return { name, run: async () => OK };
}

/** watermark: the invisible watermark, on raw frames before encoding. */
export const watermark = passThrough('watermark');
/** sign: the C2PA manifest, on the encoded MP4. */
export const sign = passThrough('sign');
