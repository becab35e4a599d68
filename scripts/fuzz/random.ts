/** A seeded PRNG (mulberry32), so a failing input can be replayed with `--seed`. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const WORDS = ['a', 'red', 'fox', 'jumps', 'over', 'the', 'moon', 'slowly', 'neon', 'city', 'rain', 'cat'];
const NASTY = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u2060',
  '\u00ad',
  '\u202e',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r',
  '\n',
  '\t',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<#1>',
  '||spoiler||',
  '`',
  '```',
  '\\',
  '"',
  "'",
  '%s',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal placeholder is the point of this input
  '${x}',
  '{{x}}',
  '🦊',
  '👨‍👩‍👧',
  'ﷺ',
  'Z̷̢͈a̸l̵g̶o',
  '\ud800',
  'http://x.test/a.png',
  '../../etc/passwd',
  'zt:cancel:1:2',
  '-',
  '--',
  '—',
];

/** A string from a mix of words, invisible and control characters, mentions, markup and broken unicode. */
export function nastyString(rng: Rng, maxLength = 300): string {
  const shape = rng.int(0, 9);
  if (shape === 0) return '';
  if (shape === 1) return ' '.repeat(rng.int(1, 20));
  if (shape === 2)
    return Array.from({ length: rng.int(1, 12) }, () =>
      rng.pick(['\u200b', '\u200c', '\u200d', '\ufeff', '\u2060']),
    ).join('');
  if (shape === 3) return rng.pick(WORDS).repeat(rng.int(200, 3000));
  let out = '';
  const parts = rng.int(1, 30);
  for (let i = 0; i < parts && out.length < maxLength; i++) {
    out += rng.chance(0.6) ? `${rng.pick(WORDS)} ` : rng.pick(NASTY);
  }
  return out;
}

/** A value of any JSON type, leaning towards the edges (huge, negative, fractional, wrong type). */
export function anyValue(rng: Rng, depth = 0): unknown {
  switch (rng.int(0, 9)) {
    case 0:
      return rng.pick([0, -1, 1, 0.5, -0.0001, 1e9, 2 ** 32, 2 ** 53 + 1, -(2 ** 31), 1e308]);
    case 1:
      return rng.int(-100, 100);
    case 2:
      return rng.chance(0.5);
    case 3:
      return null;
    case 4:
      return depth < 2 ? Array.from({ length: rng.int(0, 3) }, () => anyValue(rng, depth + 1)) : [];
    case 5:
      return depth < 2 ? { [nastyString(rng, 10)]: anyValue(rng, depth + 1) } : {};
    case 6:
      return rng.pick(['3', '0x8', '1e3', 'NaN', 'Infinity', '-5', ' 4 ', '2.5', '', '08']);
    default:
      return nastyString(rng);
  }
}

/** The 99th percentile of `values` (milliseconds). */
export function p99(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]!;
}

/** Counts of one fuzz target, one row of the table. */
export interface FuzzRow {
  target: string;
  inputs: number;
  /** Inputs accepted as valid (and answered as such). */
  accepted: number;
  /** Inputs refused with a specific message. */
  refused: number;
  /** Answered with the generic "Something went wrong", or with no message at all. */
  generic: number;
  crashes: number;
  hangs: number;
  p99Ms: number;
  notes: string[];
}

/** A row with nothing counted yet. */
export function emptyRow(target: string): FuzzRow {
  return {
    target,
    inputs: 0,
    accepted: 0,
    refused: 0,
    generic: 0,
    crashes: 0,
    hangs: 0,
    p99Ms: 0,
    notes: [],
  };
}
