import { parseArgs } from 'node:util';
import { isVisiblyEmpty, PROMPT_MAX_CHARS } from '../queue/index.js';

/** A command line that cannot be run as given; the message says what to change. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'USAGE';
}

/** The operator's limits a command line is checked against (MAX_DURATION_SECONDS, MAX_STEPS). */
export interface CliLimits {
  maxDuration: number;
  maxSteps: number;
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

/** The parsed `caption` command line. */
export interface CaptionArgs {
  prompt: string;
  durationSeconds?: number;
  seed?: number;
  modelDir?: string;
}

export const SEED_MAX = 2 ** 32 - 1;

export const GENERATE_USAGE = `usage: npm run generate -- [options] "<prompt>"

  --duration <seconds>  clip length (default DEFAULT_DURATION_SECONDS, at most MAX_DURATION_SECONDS)
  --seed <n>            integer 0..${SEED_MAX} (default: random)
  --out <file.mp4>      where to write the clip (default: out/<job id>.mp4)
  --aspect <w:h>        1:1, 16:9, 9:16, 4:3 or 3:4 (the model may support only some)
  --steps <n>           denoising steps (default: the model's; at most MAX_STEPS)
  --no-expand           use the prompt verbatim as the caption
  --json                print one JSON line (path, size, duration, seed, caption, timings) and nothing else`;

export const CAPTION_USAGE = `usage: npm run caption -- [--seed <n>] [--model-dir <dir>] [--duration <seconds>] "<prompt>"

Prints one JSON object: caption (the exact text the model receives), expander (which one wrote it),
style, the structured fields, and shots when the prompt asks for several.`;

// The options both commands take, read by the same rules so they never disagree on what is valid.
const SHARED_OPTIONS = {
  duration: { type: 'string' },
  seed: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const GENERATE_OPTIONS = {
  ...SHARED_OPTIONS,
  out: { type: 'string' },
  aspect: { type: 'string' },
  steps: { type: 'string' },
  'no-expand': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

const CAPTION_OPTIONS = { ...SHARED_OPTIONS, 'model-dir': { type: 'string' } } as const;

/** Parses `generate`'s arguments; throws {@link UsageError} with a specific message on anything unexpected. */
export function parseGenerateArgs(argv: string[], limits: CliLimits): GenerateArgs {
  const { values, positionals } = parse(argv, GENERATE_OPTIONS);
  const shared = readShared(values, positionals, limits);
  const args: GenerateArgs = {
    prompt: shared.prompt,
    expand: !values['no-expand'],
    json: Boolean(values.json),
  };
  if (shared.durationSeconds !== undefined) args.durationSeconds = shared.durationSeconds;
  if (shared.seed !== undefined) args.seed = shared.seed;
  if (values.steps !== undefined) args.steps = integer('--steps', values.steps, 1, limits.maxSteps);
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

/** Parses `caption`'s arguments by the same rules as `generate`'s (prompt, --seed, --duration). */
export function parseCaptionArgs(argv: string[], limits: Pick<CliLimits, 'maxDuration'>): CaptionArgs {
  const { values, positionals } = parse(argv, CAPTION_OPTIONS);
  const args: CaptionArgs = readShared(values, positionals, limits);
  if (values['model-dir'] !== undefined) {
    if (values['model-dir'].trim() === '') throw new UsageError('--model-dir must name a folder');
    args.modelDir = values['model-dir'];
  }
  return args;
}

/** The prompt a command line gives, or a {@link UsageError} saying why it cannot be used. */
export function readPrompt(positionals: readonly string[]): string {
  const prompt = positionals.join(' ').trim();
  if (isVisiblyEmpty(prompt)) {
    throw new UsageError(
      prompt.length === 0
        ? 'the prompt is empty: say what the clip should show'
        : 'the prompt is empty (it has only invisible characters): say what the clip should show',
    );
  }
  if (prompt.length > PROMPT_MAX_CHARS)
    throw new UsageError(`the prompt is ${prompt.length} characters; the limit is ${PROMPT_MAX_CHARS}`);
  return prompt;
}

function readShared(
  values: { duration?: string | undefined; seed?: string | undefined },
  positionals: readonly string[],
  limits: Pick<CliLimits, 'maxDuration'>,
): { prompt: string; durationSeconds?: number; seed?: number } {
  const shared: { prompt: string; durationSeconds?: number; seed?: number } = {
    prompt: readPrompt(positionals),
  };
  if (values.duration !== undefined) shared.durationSeconds = duration(values.duration, limits.maxDuration);
  if (values.seed !== undefined) shared.seed = integer('--seed', values.seed, 0, SEED_MAX);
  return shared;
}

type Options = typeof GENERATE_OPTIONS | typeof CAPTION_OPTIONS;

function parse<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: joinNegativeNumbers(argv), allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
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

// Plain decimals only: Number() would also read "0x8", "1e1", "0b11" and " 8 ".
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

function duration(raw: string, max: number): number {
  const d = Number(raw);
  if (!DECIMAL.test(raw) || !(d > 0) || d > max) {
    throw new UsageError(`--duration must be a number of seconds above 0 and at most ${max}`);
  }
  return d;
}

function integer(flag: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max)
    throw new UsageError(`${flag} must be an integer from ${min} to ${max}`);
  return n;
}
