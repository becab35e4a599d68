import { describe, expect, it } from 'vitest';
import { parseGenerateArgs, UsageError } from '../../src/cli/args.js';

const limits = { maxDuration: 8 };

describe('generate arguments', () => {
  it('GIVEN every flag THEN they are parsed', () => {
    const args = parseGenerateArgs(
      ['--duration', '4', '--seed', '42', '--out', 'x.mp4', '--no-expand', '--json', 'a', 'red', 'circle'],
      limits,
    );
    expect(args).toEqual({
      prompt: 'a red circle',
      durationSeconds: 4,
      seed: 42,
      out: 'x.mp4',
      expand: false,
      json: true,
    });
  });

  it.each([
    [[], /prompt is empty/],
    [['   '], /prompt is empty/],
    [['x'.repeat(1001)], /limit is 1000/],
    [['--bogus', 'a'], /Unknown option '--bogus'/],
    [['--duration', '0', 'a'], /--duration must be/],
    [['--duration', '9', 'a'], /at most 8/],
    [['--duration', 'soon', 'a'], /--duration must be/],
    [['--seed', '-1', 'a'], /--seed must be an integer from 0 to 4294967295/],
    [['--seed', '1.5', 'a'], /--seed must be an integer/],
    [['--seed', '4294967296', 'a'], /--seed must be an integer/],
    [['--out', 'clip.gif', 'a'], /--out must name an .mp4 file/],
    [['--aspect', '2:1', 'a'], /--aspect must be one of/],
  ])('GIVEN %j THEN a specific usage error', (argv, message) => {
    expect(() => parseGenerateArgs(argv, limits)).toThrow(UsageError);
    expect(() => parseGenerateArgs(argv, limits)).toThrow(message);
  });
});
