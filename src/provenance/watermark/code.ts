// The channel code: payload + keyed check bits → rate-1/3 convolutional code → chips; soft Viterbi back.
import { checkBytes, type KeyMaterial } from './key.js';
import {
  CHECK_BITS,
  CODED_BITS,
  CONSTRAINT,
  GENERATORS,
  INFO_BITS,
  PAYLOAD_BITS,
  PAYLOAD_BYTES,
} from './layout.js';

const RATE = GENERATORS.length;
const STATES = 1 << (CONSTRAINT - 1);

function parity(x: number): number {
  let v = x;
  v ^= v >> 4;
  v ^= v >> 2;
  v ^= v >> 1;
  return v & 1;
}

/** Bits of `bytes`, most significant first. */
function bitsOf(bytes: Uint8Array, count: number): Uint8Array {
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) out[i] = (bytes[i >> 3]! >> (7 - (i & 7))) & 1;
  return out;
}

function bytesOf(bits: Uint8Array, from: number, count: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(count / 8));
  for (let i = 0; i < count; i++) out[i >> 3]! |= bits[from + i]! << (7 - (i & 7));
  return out;
}

/** The info word: the 48 payload bits, then the key's check bits over them. */
export function infoBits(m: KeyMaterial, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(INFO_BITS);
  out.set(bitsOf(payload, PAYLOAD_BITS), 0);
  out.set(bitsOf(checkBytes(m, payload), CHECK_BITS), PAYLOAD_BITS);
  return out;
}

/** Convolutional encoding with a zero tail (the decoder ends in state 0). */
export function convEncode(info: Uint8Array): Uint8Array {
  const out = new Uint8Array(CODED_BITS);
  let state = 0;
  let k = 0;
  for (let i = 0; i < INFO_BITS + CONSTRAINT - 1; i++) {
    const bit = i < info.length ? info[i]! : 0;
    const reg = (bit << (CONSTRAINT - 1)) | state;
    for (const g of GENERATORS) out[k++] = parity(reg & g);
    state = reg >> 1;
  }
  return out;
}

/** The ±1 chip each coded bit puts on its cell (bit 0 → +1), after the key's scrambling. */
export function dataChips(m: KeyMaterial, payload: Uint8Array): Int8Array {
  const coded = convEncode(infoBits(m, payload));
  return Int8Array.from(coded, (b, i) => (b === 0 ? 1 : -1) * m.scramble[i]!);
}

// Branch outputs for each (state, input bit), precomputed once.
const BRANCH = (() => {
  const out = new Int8Array(STATES * 2 * RATE);
  for (let s = 0; s < STATES; s++) {
    for (let b = 0; b < 2; b++) {
      const reg = (b << (CONSTRAINT - 1)) | s;
      GENERATORS.forEach((g, r) => {
        out[(s * 2 + b) * RATE + r] = parity(reg & g) === 0 ? 1 : -1;
      });
    }
  }
  return out;
})();

/**
 * Soft-decision Viterbi: `soft[k]` > 0 favours coded bit k = 0, its magnitude is the confidence. Returns the
 * most likely info word (maximum correlation path ending in state 0).
 */
export function viterbi(soft: Float64Array): Uint8Array {
  const steps = INFO_BITS + CONSTRAINT - 1;
  let metric = new Float64Array(STATES).fill(Number.NEGATIVE_INFINITY);
  let next = new Float64Array(STATES);
  metric[0] = 0;
  // survivors[t * STATES + s]: the previous state of the best path into s at step t (bit = s's top bit).
  const survivors = new Uint8Array(steps * STATES);
  for (let t = 0; t < steps; t++) {
    next.fill(Number.NEGATIVE_INFINITY);
    const y = soft.subarray(RATE * t, RATE * t + RATE);
    const maxBit = t < INFO_BITS ? 1 : 0;
    for (let s = 0; s < STATES; s++) {
      const m = metric[s]!;
      if (m === Number.NEGATIVE_INFINITY) continue;
      for (let b = 0; b <= maxBit; b++) {
        const o = (s * 2 + b) * RATE;
        const ns = ((b << (CONSTRAINT - 1)) | s) >> 1;
        let v = m;
        for (let r = 0; r < RATE; r++) v += BRANCH[o + r]! * y[r]!;
        if (v > next[ns]!) {
          next[ns] = v;
          survivors[t * STATES + ns] = s;
        }
      }
    }
    const tmp = metric;
    metric = next;
    next = tmp;
  }
  const info = new Uint8Array(steps);
  let state = 0;
  for (let t = steps - 1; t >= 0; t--) {
    info[t] = (state >> (CONSTRAINT - 2)) & 1;
    state = survivors[t * STATES + state]!;
  }
  return info.subarray(0, INFO_BITS);
}

/** Splits a decoded info word into payload and whether its check bits match the key's. */
export function checkInfo(m: KeyMaterial, info: Uint8Array): { payload: Uint8Array; valid: boolean } {
  const payload = bytesOf(info, 0, PAYLOAD_BITS);
  const expected = infoBits(m, payload.subarray(0, PAYLOAD_BYTES));
  let valid = true;
  for (let i = PAYLOAD_BITS; i < INFO_BITS; i++) if (expected[i] !== info[i]) valid = false;
  return { payload, valid };
}
