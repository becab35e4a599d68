/** murmur3's 32-bit finaliser: spreads every input bit over the output, so nearby seeds give unrelated streams. */
function fmix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hashes a seed (any safe integer, negative included) and stream ids into one 32-bit state word. */
export function mixSeed(seed: number, ...streams: number[]): number {
  const s = Math.trunc(seed);
  let h = fmix32((s >>> 0) ^ 0x9e3779b9);
  h = fmix32(h ^ Math.floor(s / 2 ** 32));
  for (const id of streams) h = fmix32(h ^ fmix32((id >>> 0) + 0x7f4a7c15));
  return h;
}

/**
 * xoshiro128** with Box–Muller normals: a small, fast, seeded generator so the same seed gives the same
 * noise, and therefore the same frames, on every run and every host (Math.random cannot be seeded).
 */
export class Rng {
  #s0: number;
  #s1: number;
  #s2: number;
  #s3: number;
  #spare: number | undefined;

  /** A generator for `seed`; distinct `streams` (window index, …) give independent sequences. */
  constructor(seed: number, ...streams: number[]) {
    // splitmix-style expansion of the 32-bit mix into four non-zero state words.
    let h = mixSeed(seed, ...streams);
    const next = () => {
      h = (h + 0x9e3779b9) >>> 0;
      return fmix32(h) || 1;
    };
    this.#s0 = next();
    this.#s1 = next();
    this.#s2 = next();
    this.#s3 = next();
  }

  /** Next uniform 32-bit unsigned integer. */
  nextU32(): number {
    const result =
      Math.imul(((Math.imul(this.#s1, 5) << 7) | (Math.imul(this.#s1, 5) >>> 25)) >>> 0, 9) >>> 0;
    const t = (this.#s1 << 9) >>> 0;
    this.#s2 ^= this.#s0;
    this.#s3 ^= this.#s1;
    this.#s1 ^= this.#s2;
    this.#s0 ^= this.#s3;
    this.#s2 = (this.#s2 ^ t) >>> 0;
    this.#s3 = ((this.#s3 << 11) | (this.#s3 >>> 21)) >>> 0;
    return result;
  }

  /** Uniform float in the open interval (0, 1): never 0, so `log` in Box–Muller stays finite. */
  nextFloat(): number {
    return (this.nextU32() + 0.5) / 4294967296;
  }

  /** A standard normal sample. */
  nextGaussian(): number {
    if (this.#spare !== undefined) {
      const s = this.#spare;
      this.#spare = undefined;
      return s;
    }
    const r = Math.sqrt(-2 * Math.log(this.nextFloat()));
    const a = 2 * Math.PI * this.nextFloat();
    this.#spare = r * Math.sin(a);
    return r * Math.cos(a);
  }

  /** Fills `dst` with standard normal samples, in place. */
  fillGaussian(dst: Float32Array): Float32Array {
    for (let i = 0; i < dst.length; i++) dst[i] = this.nextGaussian();
    return dst;
  }
}
