import type { RgbImage } from '../types.js';

/**
 * Resizes an RGB24 image to `width` × `height` (the classifier's square input), stretching rather than
 * cropping so no part of the frame goes unseen. Bilinear with corners aligned: the same resampling nsfwjs
 * applies in its own `classify` (`tf.image.resizeBilinear(…, alignCorners = true)`), so the classifier sees
 * what its authors calibrated it on.
 */
export function resizeRgb(image: RgbImage, width: number, height: number): Uint8Array {
  const { width: w, height: h, rgb } = image;
  if (!Number.isInteger(w) || !Number.isInteger(h) || w < 1 || h < 1 || rgb.length !== w * h * 3) {
    throw new RangeError(`not an RGB24 image: ${w}×${h} with ${rgb.length} bytes`);
  }
  const out = new Uint8Array(width * height * 3);
  const sy = height > 1 ? (h - 1) / (height - 1) : 0;
  const sx = width > 1 ? (w - 1) / (width - 1) : 0;
  for (let y = 0; y < height; y++) {
    const fy = y * sy;
    const y0 = Math.floor(fy);
    const y1 = Math.min(h - 1, y0 + 1);
    const dy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = x * sx;
      const x0 = Math.floor(fx);
      const x1 = Math.min(w - 1, x0 + 1);
      const dx = fx - x0;
      const a = (y0 * w + x0) * 3;
      const b = (y0 * w + x1) * 3;
      const c = (y1 * w + x0) * 3;
      const d = (y1 * w + x1) * 3;
      const o = (y * width + x) * 3;
      for (let k = 0; k < 3; k++) {
        const top = rgb[a + k]! + (rgb[b + k]! - rgb[a + k]!) * dx;
        const bottom = rgb[c + k]! + (rgb[d + k]! - rgb[c + k]!) * dx;
        out[o + k] = Math.round(top + (bottom - top) * dy);
      }
    }
  }
  return out;
}
