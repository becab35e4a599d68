import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  return command('generate', args, env);
}

function command(
  name: 'generate' | 'caption' | 'start',
  args: string[],
  env: Record<string, string> = {},
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `src/cli/${name}.ts`, ...args],
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

  it('GIVEN REDIS_URL names a database the server does not have THEN generate and npm start stop with one line', async () => {
    const env = { REDIS_URL: `${TEST_REDIS_URL.replace(/\/\d*$/, '')}/99` };
    const runs = await Promise.all([generate(['a red circle'], env), command('start', ['--engine'], env)]);
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^zoetrope: REDIS_URL names database 99, which this Redis does not have/);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  // FFMPEG_PATH points nowhere: a refusal that comes from --out proves it came before the engine started.
  it.each([
    ['a folder', () => makeFolder(join(dir, 'folder.mp4')), /it is a folder/],
    [
      'under a file',
      () => writeAndReturn(join(dir, 'file.txt'), join(dir, 'file.txt', 'clip.mp4')),
      /not a folder/,
    ],
    ['in /proc', () => '/proc/clip.mp4', /no file can be created there/],
    ['in a folder /proc will not create', () => '/proc/nope/clip.mp4', /no file can be created there/],
  ])('GIVEN --out %s THEN it is refused in words before anything is generated', async (_, target, words) => {
    const out = target();
    const run = await generate(['--out', out, 'a red circle'], { FFMPEG_PATH: '/nonexistent/ffmpeg' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`^zoetrope: cannot write to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
    );
    expect(run.stderr).toMatch(words);
    expect(run.stderr).not.toMatch(/\bE[A-Z]{3,}\b|ffmpeg/);
    expect(run.stdout).toBe('');
  });

  it.skipIf(process.getuid?.() === 0)(
    'GIVEN --out in a folder without write permission THEN it is refused before anything is generated',
    async () => {
      const locked = join(dir, 'locked');
      mkdirSync(locked, { mode: 0o555 });
      const run = await generate(['--out', join(locked, 'clip.mp4'), 'a red circle'], {
        FFMPEG_PATH: '/nonexistent/ffmpeg',
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/cannot write to .*locked\/clip.mp4: permission denied/);
    },
  );

  it('GIVEN a writable --out and a run that fails THEN no placeholder is left behind', async () => {
    const folder = join(dir, 'left');
    const run = await generate(['--out', join(folder, 'clip.mp4'), 'a red circle'], {
      FFMPEG_PATH: '/nonexistent/ffmpeg',
    });
    expect(run.code).toBe(1);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('GIVEN ffmpeg cannot be found THEN it says how to install it', async () => {
    const run = await generate(['--no-expand', 'a red circle'], { FFMPEG_PATH: '/nonexistent/ffmpeg' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ffmpeg not found.*apt-get install ffmpeg/);
  });
});

function makeFolder(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}

function writeAndReturn(file: string, result: string): string {
  writeFileSync(file, 'not a folder');
  return result;
}

describe('npm run caption and npm run generate validate alike', () => {
  const cards = mkdtempSync(join(tmpdir(), 'zoetrope-cards-'));
  const corrupt = join(cards, 'corrupt');
  mkdirSync(corrupt);
  writeFileSync(
    join(corrupt, 'model_index.json'),
    JSON.stringify({ zoetrope: { name: 'broken', limits: {} } }),
  );

  // Each rule is tested for both parsers in test/unit/cli-args.test.ts; these show both commands use them.
  it.each([
    [
      ['--duration', '20', 'a red circle'],
      {},
      2,
      /--duration must be a number of seconds above 0 and at most 8/,
    ],
    [['\u200b\u200c\u200d\u2060\ufeff'], {}, 2, /the prompt is empty \(it has only invisible characters\)/],
    [['a red circle'], { MODEL_DIR: corrupt }, 1, /the model card in .*corrupt is invalid \(zoetrope\.\w+/],
  ])(
    'GIVEN %j (env %j) THEN both refuse it with the same line and exit code %i',
    async (args, env, code, message) => {
      const [caption, made] = await Promise.all([
        command('caption', args, env),
        generate([...args, '--out', join(dir, 'alike.mp4')], env),
      ]);
      for (const run of [caption, made]) {
        expect(run.code).toBe(code);
        expect(run.stderr).toMatch(new RegExp(`^zoetrope: ${message.source}`));
        expect(run.stdout).toBe('');
      }
      const first = (run: Run) => run.stderr.split('\n')[0]?.replace(/: set MODEL_DIR.*$/, '');
      expect(first(caption)).toBe(first(made));
    },
  );
});
