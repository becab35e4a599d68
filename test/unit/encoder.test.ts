import { describe, expect, it } from 'vitest';
import { encodeArgs, overlayMergeExpression } from '../../src/engine/encoder/encode.js';
import { parseFfmpegVersion } from '../../src/engine/encoder/find.js';
import { needsSeekableInput, topLevelBoxes } from '../../src/engine/encoder/mp4.js';
import { tailLines } from '../../src/engine/encoder/process.js';
import {
  evenDimension,
  firstCap,
  MIN_BITRATE,
  nextCap,
  videoBudgetBytes,
} from '../../src/engine/encoder/rate.js';

function box(type: string, payload = 0): Uint8Array {
  const out = new Uint8Array(8 + payload);
  new DataView(out.buffer).setUint32(0, 8 + payload);
  out.set(Buffer.from(type, 'latin1'), 4);
  return out;
}

describe('encoder rate plan', () => {
  it('GIVEN a known duration THEN the worst case of the first cap (full VBV buffer + maxrate × duration) fits', () => {
    for (const [maxBytes, duration] of [
      [10 * 1024 * 1024, 2],
      [300_000, 3],
      [8 * 1024 * 1024, 0.5],
    ] as const) {
      const cap = firstCap(maxBytes, duration)!;
      expect(cap.maxrate * duration + 0.9 * cap.bufsize).toBeLessThanOrEqual(videoBudgetBytes(maxBytes) * 8);
      expect(cap.bufsize).toBeGreaterThan(0);
    }
  });

  it('GIVEN a budget below the floor THEN the first cap is the floor, never 0 (x264 reads 0 as uncapped)', () => {
    expect(firstCap(1_000, 2)?.maxrate).toBe(MIN_BITRATE);
  });

  it('GIVEN no duration THEN the first attempt is quality-only', () => {
    expect(firstCap(300_000, undefined)).toBeUndefined();
  });

  it('GIVEN an overshoot THEN the next cap shrinks by at least the overshoot ratio', () => {
    const cap = { maxrate: 800_000, bufsize: 400_000 };
    const next = nextCap(cap, 400_000, 300_000, 3)!;
    expect(next.maxrate).toBeLessThan(cap.maxrate * (300_000 / 400_000));
  });

  it('GIVEN an uncapped overshoot THEN the next cap derives from the rate actually reached', () => {
    const next = nextCap(undefined, 1_000_000, 300_000, 2)!;
    expect(next.maxrate).toBeLessThan((300_000 * 8) / 2);
  });

  it('GIVEN a budget below a watchable bitrate THEN there is no next cap', () => {
    expect(nextCap({ maxrate: 20_000, bufsize: 10_000 }, 50_000, 2_000, 3)).toBeUndefined();
    expect(MIN_BITRATE).toBeGreaterThan(0);
  });

  it('rounds display sizes down to even numbers for yuv420p', () => {
    expect([evenDimension(256), evenDimension(255), evenDimension(1)]).toEqual([256, 254, 2]);
  });
});

describe('encoder command line', () => {
  it('asks for H.264 High, yuv420p, faststart, lanczos upscale and the cap when there is one', () => {
    const args = encodeArgs(
      {
        sourceWidth: 32,
        sourceHeight: 32,
        width: 256,
        height: 256,
        fps: 8,
        crf: 20,
        preset: 'medium',
        cap: { maxrate: 500_000, bufsize: 250_000 },
      },
      '/tmp/x.mp4',
    );
    const joined = args.join(' ');
    expect(joined).toContain('-video_size 32x32');
    expect(joined).toContain('-c:v libx264');
    expect(joined).toContain('-pix_fmt yuv420p');
    expect(joined).toContain('-movflags +faststart');
    expect(joined).toContain('-maxrate 500000 -bufsize 250000');
    expect(joined).toMatch(/scale=256:256:flags=lanczos/);
    expect(args.at(-1)).toBe('/tmp/x.mp4');
  });
});

describe('encoder overlay', () => {
  it('GIVEN an overlay THEN the frames are scaled to its size, merged with it at its strength by lut2, then scaled for display', () => {
    const strength = { floor: 0.5, dark: 24, full: 48 };
    const args = encodeArgs(
      {
        sourceWidth: 32,
        sourceHeight: 32,
        width: 128,
        height: 128,
        fps: 8,
        crf: 20,
        preset: 'veryfast',
        cap: undefined,
        overlay: { path: '/tmp/pattern.rgb', width: 256, height: 256, strength },
      },
      '/tmp/x.mp4',
    );
    const joined = args.join(' ');
    expect(joined).toContain('-video_size 256x256 -i /tmp/pattern.rgb');
    const graph = args[args.indexOf('-filter_complex') + 1]!;
    const merge = overlayMergeExpression(strength);
    expect(graph).toContain(`[frames][overlay]lut2=c0='${merge}':c1='${merge}':c2='${merge}',scale=128:128:`);
    expect(graph).toMatch(/^\[0:v\]scale=256:256:flags=lanczos.*\[out\]$/);
    expect(args).not.toContain('-vf');
    expect(args.slice(args.indexOf('-map'), args.indexOf('-map') + 2)).toEqual(['-map', '[out]']);
  });

  it('GIVEN a strength THEN the merge expression spells it out: half an offset near black, all of it from `full`', () => {
    expect(overlayMergeExpression({ floor: 0.5, dark: 24, full: 48 })).toBe(
      'clip(floor(x+(y-128)*(0.5+(1-0.5)*clip((x-24)/(48-24),0,1))+0.5),0,255)',
    );
  });
});

describe('encoder helpers', () => {
  it('parses the version from ffmpeg -version output', () => {
    expect(parseFfmpegVersion('ffmpeg version 5.1.9-0+deb12u1 Copyright (c) 2000-2026')).toBe(
      '5.1.9-0+deb12u1',
    );
    expect(parseFfmpegVersion('ffmpeg version N-47683-g0e8eb07980-static https://x')).toBe(
      'N-47683-g0e8eb07980-static',
    );
    expect(parseFfmpegVersion('hello')).toBeUndefined();
  });

  it('keeps the last lines of stderr', () => {
    expect(tailLines('a\nb\nc\nd\n', 2)).toBe('c\nd');
  });

  it('walks top-level MP4 boxes and tells which layout needs a seekable input', () => {
    const faststart = Buffer.concat([box('ftyp', 8), box('moov', 16), box('mdat', 32)]);
    expect(topLevelBoxes(faststart).map((b) => `${b.type}@${b.offset}`)).toEqual([
      'ftyp@0',
      'moov@16',
      'mdat@40',
    ]);
    expect(needsSeekableInput(faststart)).toBe(false);
    const tail = Buffer.concat([box('ftyp', 8), box('mdat', 32), box('moov', 16)]);
    expect(needsSeekableInput(tail)).toBe(true);
    expect(needsSeekableInput(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'))).toBe(false);
  });

  it('reads a 64-bit largesize box', () => {
    const big = new Uint8Array(24);
    const view = new DataView(big.buffer);
    view.setUint32(0, 1);
    big.set(Buffer.from('mdat', 'latin1'), 4);
    view.setBigUint64(8, 24n);
    expect(topLevelBoxes(Buffer.concat([big, box('moov')]))).toEqual([
      { type: 'mdat', offset: 0, size: 24 },
      { type: 'moov', offset: 24, size: 8 },
    ]);
  });
});
