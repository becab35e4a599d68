const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Converts float32 values to IEEE half-precision bits (round to nearest even), for float16 model inputs. */
export function toFloat16(src: Float32Array, dst = new Uint16Array(src.length)): Uint16Array {
  for (let i = 0; i < src.length; i++) {
    f32[0] = src[i]!;
    const x = u32[0]!;
    const sign = (x >>> 16) & 0x8000;
    const exp = (x >>> 23) & 0xff;
    let mant = x & 0x7fffff;
    if (exp === 0xff) {
      dst[i] = sign | 0x7c00 | (mant !== 0 ? 0x200 : 0);
      continue;
    }
    const e = exp - 127 + 15;
    if (e >= 0x1f) {
      dst[i] = sign | 0x7c00;
      continue;
    }
    if (e <= 0) {
      if (e < -10) {
        dst[i] = sign;
        continue;
      }
      mant |= 0x800000;
      const shift = 14 - e;
      let half = mant >>> shift;
      const rem = mant & ((1 << shift) - 1);
      const mid = 1 << (shift - 1);
      if (rem > mid || (rem === mid && (half & 1) === 1)) half++;
      dst[i] = sign | half;
      continue;
    }
    let half = (e << 10) | (mant >>> 13);
    const rem = mant & 0x1fff;
    if (rem > 0x1000 || (rem === 0x1000 && (half & 1) === 1)) half++;
    dst[i] = sign | half;
  }
  return dst;
}

/** Converts IEEE half-precision bits to float32 values, for float16 model outputs. */
export function fromFloat16(src: Uint16Array, dst = new Float32Array(src.length)): Float32Array {
  for (let i = 0; i < src.length; i++) {
    const h = src[i]!;
    const sign = h & 0x8000 ? -1 : 1;
    const exp = (h >>> 10) & 0x1f;
    const mant = h & 0x3ff;
    if (exp === 0) dst[i] = sign * mant * 2 ** -24;
    else if (exp === 0x1f) dst[i] = mant ? Number.NaN : sign * Number.POSITIVE_INFINITY;
    else dst[i] = sign * (1 + mant / 1024) * 2 ** (exp - 15);
  }
  return dst;
}
