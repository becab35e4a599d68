import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ffprobe, mp4BoxTypes } from '../helpers/ffprobe.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../helpers/redis.js';

const prefix = uniquePrefix('cli');
const dir = mkdtempSync(join(tmpdir(), 'zoetrope-cli-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function generate(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/generate.ts', ...args],
      {
        env: {
          ...process.env,
          REDIS_URL: TEST_REDIS_URL,
          ZOETROPE_PREFIX: prefix,
          LOG_LEVEL: 'warn',
          ...env,
        },
        timeout: 120_000,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

afterAll(() => cleanPrefix(prefix));

describe('npm run generate', () => {
  it('GIVEN a prompt THEN it writes a playable, size-capped MP4 of the requested duration and prints one JSON line', async () => {
    const out = join(dir, 'clip.mp4');
    const run = await generate([
      '--json',
      '--seed',
      '3',
      '--duration',
      '2',
      '--out',
      out,
      'a scarlet ball drifting to the left at dusk',
    ]);
    expect(run.stderr).not.toMatch(/zoetrope:/);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!);
    expect(summary.path).toBe(out);
    expect(summary.seed).toBe(3);
    expect(summary.caption).toBe('a red circle moving left over a sunset sky');
    expect(summary.expander).toBe('offline');
    expect(summary.timings.generate).toBeGreaterThan(0);
    const data = readFileSync(out);
    expect(summary.bytes).toBe(data.length);
    expect(data.length).toBeLessThanOrEqual(10 * 1024 * 1024);
    const probe = await ffprobe(data);
    expect(probe.codec).toBe('h264');
    expect(probe.pixFmt).toBe('yuv420p');
    expect(Math.abs(probe.duration - 2)).toBeLessThanOrEqual(1 / probe.fps + 1e-6);
    const boxes = mp4BoxTypes(data);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
  });

  it.each([
    [['--duration', '99', 'a red circle'], 2, /--duration must be a number of seconds above 0 and at most 8/],
    [['--seed', 'lucky', 'a red circle'], 2, /--seed must be an integer/],
    [['--frobnicate', 'a red circle'], 2, /Unknown option '--frobnicate'/],
    [[''], 2, /the prompt is empty/],
    [['--out', '/proc/nope/clip.mp4', 'a red circle'], 2, /cannot write to \/proc\/nope\/clip.mp4/],
  ])('GIVEN %j THEN one clear message and exit code %i', async (args, code, message) => {
    const run = await generate(args);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('GIVEN a bad environment value THEN it stops at start naming the variable', async () => {
    const run = await generate(['a red circle'], { MAX_UPLOAD_BYTES: 'lots' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^zoetrope: MAX_UPLOAD_BYTES="lots" is invalid/m);
  });

  it('GIVEN Redis is down at start THEN it says so and how to fix it', async () => {
    const run = await generate(['a red circle'], { REDIS_URL: 'redis://127.0.0.1:1' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Redis at REDIS_URL is not answering/);
  });

  it('GIVEN ffmpeg cannot be found THEN it says how to install it', async () => {
    const run = await generate(['--no-expand', 'a red circle'], { FFMPEG_PATH: '/nonexistent/ffmpeg' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ffmpeg not found.*apt-get install ffmpeg/);
  });
});
