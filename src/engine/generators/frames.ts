/** Geometry of one window in the model's x0 space (pixels or latents): channels × frames × height × width. */
export interface WindowShape {
  channels: number;
  frames: number;
  height: number;
  width: number;
}

/** Elements in one frame of x0 space: channels × height × width. */
export function frameSize(shape: WindowShape): number {
  return shape.channels * shape.height * shape.width;
}

/**
 * Copies frame `f` of a `[C, F, H, W]` clip out into a per-frame `[C, H, W]` buffer. Clips are channel-major
 * (the models' layout), frames are stored per frame between windows so overlap copying stays simple.
 */
export function readFrame(
  clip: Float32Array,
  shape: WindowShape,
  f: number,
  dst: Float32Array,
): Float32Array {
  const hw = shape.height * shape.width;
  for (let c = 0; c < shape.channels; c++) {
    const from = (c * shape.frames + f) * hw;
    dst.set(clip.subarray(from, from + hw), c * hw);
  }
  return dst;
}

/** Writes a per-frame `[C, H, W]` buffer into frame `f` of a `[C, F, H, W]` clip. */
export function writeFrame(frame: Float32Array, shape: WindowShape, f: number, clip: Float32Array): void {
  const hw = shape.height * shape.width;
  for (let c = 0; c < shape.channels; c++) {
    clip.set(frame.subarray(c * hw, (c + 1) * hw), (c * shape.frames + f) * hw);
  }
}

/** RGB24 (interleaved bytes) to planar `[3, H, W]` floats in [-1, 1], the models' pixel convention. */
export function rgbToPlanar(
  rgb: Uint8Array,
  width: number,
  height: number,
  dst?: Float32Array,
): Float32Array {
  const hw = width * height;
  const out = dst ?? new Float32Array(3 * hw);
  for (let i = 0; i < hw; i++) {
    out[i] = rgb[3 * i]! / 127.5 - 1;
    out[hw + i] = rgb[3 * i + 1]! / 127.5 - 1;
    out[2 * hw + i] = rgb[3 * i + 2]! / 127.5 - 1;
  }
  return out;
}

/** Planar `[3, H, W]` floats in [-1, 1] (clamped) to RGB24 bytes, rounded to nearest. */
export function planarToRgb(planar: Float32Array, width: number, height: number, offset = 0): Uint8Array {
  const hw = width * height;
  const out = new Uint8Array(3 * hw);
  for (let c = 0; c < 3; c++) {
    const base = offset + c * hw;
    for (let i = 0; i < hw; i++) {
      const v = Math.round((planar[base + i]! + 1) * 127.5);
      out[3 * i + c] = v < 0 ? 0 : Math.min(v, 255);
    }
  }
  return out;
}
