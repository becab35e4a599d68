import { type CliLimits, parseCaptionArgs, parseGenerateArgs, UsageError } from '../../src/cli/args.js';
import { anyValue, emptyRow, type FuzzRow, nastyString, p99, type Rng } from './random.js';

const FLAGS = [
  '--duration',
  '--seed',
  '--out',
  '--aspect',
  '--steps',
  '--no-expand',
  '--json',
  '--model-dir',
  '-h',
  '--help',
  '--bogus',
  '-x',
  '--',
  '--duration=',
  '--seed=-1',
];
const LIMITS: CliLimits = { maxDuration: 8, maxSteps: 50 };

function randomArgv(rng: Rng): string[] {
  const argv: string[] = [];
  for (let i = rng.int(0, 6); i > 0; i--) {
    if (rng.chance(0.5)) argv.push(rng.pick(FLAGS));
    argv.push(rng.chance(0.5) ? String(anyValue(rng)) : nastyString(rng, 80));
  }
  return argv;
}

/**
 * `npm run generate` and `npm run caption` argument handling, in-process (the parsers both commands run
 * before anything else): every argv must parse or throw a UsageError with a message; anything else is a
 * crash.
 */
export function fuzzCli(rng: Rng, count: number): FuzzRow {
  const row = emptyRow('CLI arguments (generate, caption)');
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const argv = randomArgv(rng);
    const parse = i % 2 === 0 ? () => parseGenerateArgs(argv, LIMITS) : () => parseCaptionArgs(argv, LIMITS);
    const started = performance.now();
    row.inputs++;
    try {
      parse();
      row.accepted++;
    } catch (error) {
      if (error instanceof UsageError && error.message.trim().length > 0) row.refused++;
      else {
        row.crashes++;
        if (row.notes.length < 3) row.notes.push(`${JSON.stringify(argv)} → ${(error as Error).message}`);
      }
    }
    times.push(performance.now() - started);
  }
  row.p99Ms = p99(times);
  return row;
}
