import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { WatermarkInputError } from './errors.js';
import { CODED_BITS, PAYLOAD_BYTES, PILOT_CELLS, TILE, TILE_CELLS } from './layout.js';

/** Shortest accepted secret, in bytes (as given: a string counts its UTF-8 bytes). */
export const MIN_SECRET_BYTES = 32;

/** One pilot cell: its tile coordinates and its chip. */
export interface Pilot {
  tx: number;
  ty: number;
  chip: number;
}

/** Everything a key decides: where data and pilots sit in the tile, their chips, the check's MAC key. */
export interface KeyMaterial {
  /** Tile cell index (ty * TILE + tx) of each coded bit, in code order: the interleaver. */
  dataCells: Int32Array;
  /** ±1 per coded bit, so an all-zero payload is as random-looking as any other. */
  scramble: Int8Array;
  pilots: Pilot[];
  macKey: Buffer;
}

const material = new WeakMap<WatermarkKey, KeyMaterial>();

/**
 * A watermark key derived from the operator's secret. Holds no secret in enumerable fields, so logging it
 * shows only its fingerprint.
 */
export class WatermarkKey {
  /** First 8 bytes of SHA-256 over the derived material, hex: safe to log, tells keys apart. */
  readonly fingerprint: string;

  /** @internal use deriveWatermarkKey */
  constructor(fingerprint: string, keyMaterial: KeyMaterial) {
    this.fingerprint = fingerprint;
    material.set(this, keyMaterial);
  }

  toJSON(): { fingerprint: string } {
    return { fingerprint: this.fingerprint };
  }

  toString(): string {
    return `WatermarkKey(${this.fingerprint})`;
  }
}

/** The derived material of a key (module-internal: not exported from the watermark's index). */
export function keyMaterial(key: WatermarkKey): KeyMaterial {
  const m = material.get(key);
  if (!m) throw new TypeError('not a WatermarkKey from deriveWatermarkKey');
  return m;
}

const SALT = Buffer.from('io.zoetrope.watermark.luma-tile.1');

function expand(secret: Buffer, label: string, bytes: number): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, SALT, label, bytes));
}

/** Fisher–Yates with 32-bit draws from `random` (bias < 2^-24 for n ≤ 256). */
function shuffle(n: number, random: Buffer): Int32Array {
  const out = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = random.readUInt32BE((n - 1 - i) * 4) % (i + 1);
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

/**
 * Derives the watermark key from `secret` (WATERMARK_KEY: at least 32 bytes; a string counts as its UTF-8
 * bytes). Deterministic: the same secret always gives the same key. Throws WatermarkInputError when short.
 */
export function deriveWatermarkKey(secret: Uint8Array | string): WatermarkKey {
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  if (bytes.length < MIN_SECRET_BYTES) {
    throw new WatermarkInputError(
      'WATERMARK_KEY_TOO_SHORT',
      `the watermark secret is ${bytes.length} bytes; at least ${MIN_SECRET_BYTES} are required`,
    );
  }
  const order = shuffle(TILE_CELLS, expand(bytes, 'cells', 4 * TILE_CELLS));
  const dataCells = order.slice(0, CODED_BITS);
  const scrambleBits = expand(bytes, 'scramble', Math.ceil(CODED_BITS / 8));
  const scramble = Int8Array.from({ length: CODED_BITS }, (_, i) =>
    ((scrambleBits[i >> 3]! >> (7 - (i & 7))) & 1) === 1 ? -1 : 1,
  );
  // Balanced pilots (as many +1 as −1): a brightness offset adds nothing to their correlation.
  const pilotOrder = shuffle(PILOT_CELLS, expand(bytes, 'pilots', 4 * PILOT_CELLS));
  const pilots: Pilot[] = [];
  for (let k = 0; k < PILOT_CELLS; k++) {
    const cell = order[CODED_BITS + k]!;
    pilots.push({ tx: cell % TILE, ty: Math.floor(cell / TILE), chip: pilotOrder[k]! % 2 === 0 ? 1 : -1 });
  }
  const macKey = expand(bytes, 'check', 32);
  const fingerprint = createHash('sha256')
    .update(Buffer.concat([Buffer.from(dataCells.buffer), scrambleBits, macKey]))
    .digest('hex')
    .slice(0, 16);
  return new WatermarkKey(fingerprint, { dataCells, scramble, pilots, macKey });
}

/** The keyed check bits of a payload: the first CHECK_BITS bits of HMAC-SHA256(macKey, payload). */
export function checkBytes(m: KeyMaterial, payload: Uint8Array): Buffer {
  if (payload.length !== PAYLOAD_BYTES) throw new RangeError('payload size');
  return createHmac('sha256', m.macKey).update(payload).digest();
}
