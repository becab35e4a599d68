import { parseArgs } from 'node:util';

/** A command line that cannot be run as given; the message says what to change. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'USAGE';
}

/** The parsed `generate` command line. */
export interface GenerateArgs {
  prompt: string;
  durationSeconds?: number;
  seed?: number;
  out?: string;
  expand: boolean;
  json: boolean;
  aspect?: string;
  steps?: number;
}

export const GENERATE_USAGE = `usage: npm run generate -- [options] "<prompt>"

  --duration <seconds>  clip length (default DEFAULT_DURATION_SECONDS, at most MAX_DURATION_SECONDS)
  --seed <n>            integer 0..4294967295 (default: random)
  --out <file.mp4>      where to write the clip (default: out/<job id>.mp4)
  --aspect <w:h>        1:1, 16:9, 9:16, 4:3 or 3:4 (the model may support only some)
  --steps <n>           denoising steps (default: the model's)
  --no-expand           use the prompt verbatim as the caption
  --json                print one JSON line (path, size, duration, seed, caption, timings) and nothing else`;

/** Parses `generate`'s arguments; throws {@link UsageError} with a specific message on anything unexpected. */
export function parseGenerateArgs(argv: string[], limits: { maxDuration: number }): GenerateArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(joinNegativeNumbers(argv));
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  const { values, positionals } = parsed;
  const prompt = positionals.join(' ').trim();
  if (prompt.length === 0) throw new UsageError('the prompt is empty: say what the clip should show');
  if (prompt.length > 1000)
    throw new UsageError(`the prompt is ${prompt.length} characters; the limit is 1000`);
  const args: GenerateArgs = { prompt, expand: !values['no-expand'], json: Boolean(values.json) };
  if (values.duration !== undefined) {
    const d = Number(values.duration);
    if (!Number.isFinite(d) || d <= 0 || d > limits.maxDuration) {
      throw new UsageError(
        `--duration must be a number of seconds above 0 and at most ${limits.maxDuration}`,
      );
    }
    args.durationSeconds = d;
  }
  if (values.seed !== undefined) args.seed = integer('--seed', values.seed, 0, 2 ** 32 - 1);
  if (values.steps !== undefined) args.steps = integer('--steps', values.steps, 1, 200);
  if (values.out !== undefined) {
    if (!values.out.toLowerCase().endsWith('.mp4')) throw new UsageError('--out must name an .mp4 file');
    args.out = values.out;
  }
  if (values.aspect !== undefined) {
    if (!['1:1', '16:9', '9:16', '4:3', '3:4'].includes(values.aspect)) {
      throw new UsageError('--aspect must be one of 1:1, 16:9, 9:16, 4:3, 3:4');
    }
    args.aspect = values.aspect;
  }
  return args;
}

// parseArgs reads `--seed -1` as a missing value followed by an option; join it so the range check answers.
function joinNegativeNumbers(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (/^--(seed|duration|steps)$/.test(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      duration: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      aspect: { type: 'string' },
      steps: { type: 'string' },
      'no-expand': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function integer(flag: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max)
    throw new UsageError(`${flag} must be an integer from ${min} to ${max}`);
  return n;
}
