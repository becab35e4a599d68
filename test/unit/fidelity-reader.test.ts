import { describe, expect, it } from 'vitest';
import {
  classifyShape,
  type Frame,
  largestComponent,
  type Rgb,
  readClip,
} from '../../scripts/eval/fidelity-analysis.js';

// The eval's clip reader decides the built-in model's shape score (issue 5), so its rules are pinned here on
// frames drawn by hand: a shape over a dark sky, with and without stray bright pixels around it.
const SIZE = 32;
const SKY: Rgb = [10, 15, 40];
const PALETTE: Record<string, Rgb> = { red: [230, 30, 30], white: [245, 245, 245] };

function sky(): Frame {
  const f = new Uint8Array(SIZE * SIZE * 3);
  for (let i = 0; i < SIZE * SIZE; i++) f.set(SKY, 3 * i);
  return f;
}

function paint(f: Frame, x: number, y: number, rgb: Rgb): void {
  if (x >= 0 && y >= 0 && x < SIZE && y < SIZE) f.set(rgb, 3 * (y * SIZE + x));
}

/** An upright equilateral triangle (apex up) centred near (cx, cy), circumradius r, pixel centres inside. */
function triangle(f: Frame, cx: number, cy: number, r: number): void {
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      let d = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < 3; k++) {
        const phi = Math.PI / 2 + (k * 2 * Math.PI) / 3;
        d = Math.max(d, dx * Math.cos(phi) + dy * Math.sin(phi) - r / 2);
      }
      if (d < 0) paint(f, x, y, PALETTE.red!);
    }
  }
}

/**
 * Bright 2×2 specks away from the object, bunched down its right side: stars the model drew as smudges, which
 * pull a whole-mask centroid off the object and spoil every template fit.
 */
const SPECKS = [
  [28, 0],
  [28, 4],
  [30, 8],
  [28, 24],
  [30, 28],
  [24, 28],
  [1, 29],
  [30, 16],
] as const;

function specks(f: Frame): void {
  for (const [x, y] of SPECKS) {
    for (const [dx, dy] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ] as const)
      paint(f, x + dx, y + dy, PALETTE.white!);
  }
}

function maskOfPainted(f: Frame): Uint8Array {
  const m = new Uint8Array(SIZE * SIZE);
  for (let i = 0; i < m.length; i++) m[i] = f[3 * i] !== SKY[0] ? 1 : 0;
  return m;
}

describe('the fidelity reader', () => {
  it('GIVEN a mask with an object and separate specks THEN its largest region is the object alone', () => {
    const f = sky();
    triangle(f, 15, 16, 8);
    const objectOnly = maskOfPainted(f);
    specks(f);
    const region = largestComponent(maskOfPainted(f), SIZE);
    expect(region).toEqual(objectOnly);
  });

  it('GIVEN a triangle with star-like specks around it THEN it still reads a triangle', () => {
    const f = sky();
    triangle(f, 15, 16, 8);
    specks(f);
    expect(classifyShape(maskOfPainted(f), SIZE)).toBe('triangle');
  });

  it('GIVEN a square drawn as one block THEN it reads a square, not a triangle', () => {
    const f = sky();
    for (let y = 11; y < 21; y++) for (let x = 11; x < 21; x++) paint(f, x, y, PALETTE.red!);
    expect(classifyShape(maskOfPainted(f), SIZE)).toBe('square');
  });

  it('GIVEN a clip of a triangle over specks THEN the reading counts the specks as stray pixels and keeps the colour', () => {
    const frames = Array.from({ length: 16 }, (_, i) => {
      const f = sky();
      triangle(f, 20 - i * 0.6, 15, 8);
      specks(f);
      return f;
    });
    const r = readClip(frames, sky(), SIZE, PALETTE);
    expect(r.shape).toBe('triangle');
    expect(r.color).toBe('red');
    expect(r.stray).toBe(4 * SPECKS.length); // every speck in every frame
  });
});
