import { describe, expect, it } from 'vitest';
import { parseCaptionArgs, parseGenerateArgs, UsageError } from '../../src/cli/args.js';
import { generateJobSchema, isVisiblyEmpty } from '../../src/queue/index.js';

const limits = { maxDuration: 8, maxSteps: 50 };

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
    ['2.5', 2.5],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['8', 8],
  ])('GIVEN --duration %s THEN it is %d seconds', (raw, seconds) => {
    expect(parseGenerateArgs(['--duration', raw, 'a'], limits).durationSeconds).toBe(seconds);
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
    [['--steps', '51', 'a'], /--steps must be an integer from 1 to 50/],
  ])('GIVEN %j THEN a specific usage error', (argv, message) => {
    expect(() => parseGenerateArgs(argv, limits)).toThrow(UsageError);
    expect(() => parseGenerateArgs(argv, limits)).toThrow(message);
  });
});

describe('what generate and caption both refuse, in the same words', () => {
  const INVISIBLE = [
    '\u200b',
    '\u200c',
    '\u200d',
    '\u2060',
    '\ufeff',
    '\u00ad',
    '\u202e',
    '\u3164',
    '\u2800',
  ];

  it.each([
    [['--duration', '0x8', 'a'], /--duration must be a number of seconds above 0 and at most 8/],
    [['--duration', '1e1', 'a'], /--duration must be/],
    [['--duration', '0b11', 'a'], /--duration must be/],
    [['--duration', ' 4', 'a'], /--duration must be/],
    [['--duration', 'Infinity', 'a'], /--duration must be/],
    [['--seed', '0x10', 'a'], /--seed must be an integer from 0 to 4294967295/],
    [['--seed', '4294967296', 'a'], /--seed must be an integer from 0 to 4294967295/],
    [['x'.repeat(1001)], /the prompt is 1001 characters; the limit is 1000/],
    [[INVISIBLE.join('')], /the prompt is empty \(it has only invisible characters\)/],
    [['\u200b \u200d\ufeff'], /the prompt is empty/],
  ])('GIVEN %j THEN both refuse it', (argv, message) => {
    for (const parse of [() => parseGenerateArgs(argv, limits), () => parseCaptionArgs(argv, limits)]) {
      expect(parse).toThrow(UsageError);
      expect(parse).toThrow(message);
    }
  });

  it('GIVEN prompts with invisible characters around visible ones THEN they are kept', () => {
    expect(parseCaptionArgs(['\u200ba red\u200d circle'], limits).prompt).toBe('\u200ba red\u200d circle');
    expect(parseGenerateArgs(['e\u0301'], limits).prompt).toBe('e\u0301');
    for (const visible of ['a', '🙂', '中', '👍🏽', '\u200d🙂']) expect(isVisiblyEmpty(visible)).toBe(false);
    for (const c of [
      '\u200b',
      '\u200c',
      '\u200d',
      '\u2060',
      '\ufeff',
      '\u180e',
      '\u3000',
      '\ufe0f',
      '\u{e0041}',
      '\u0301',
    ])
      expect(isVisiblyEmpty(c), JSON.stringify(c)).toBe(true);
  });

  it('GIVEN a job whose prompt has only invisible characters THEN the contract refuses it, naming the prompt', () => {
    const job = {
      version: 1,
      kind: 'generate',
      prompt: '\u200b\u2060',
      caption: { text: 'a red circle', expander: 'verbatim' },
      durationSeconds: 2,
      seed: 1,
      requester: { source: 'cli', userId: 'me' },
      createdAt: 0,
    };
    expect(generateJobSchema.safeParse(job).error?.issues[0]?.path).toEqual(['prompt']);
    expect(generateJobSchema.safeParse({ ...job, prompt: 'a\u200b' }).success).toBe(true);
  });
});
