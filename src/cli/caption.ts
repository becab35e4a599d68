import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { createExpander, type PromptLogger, toJobCaption } from '../prompt/index.js';
import { readModelCard } from '../queue/index.js';

const USAGE = `usage: npm run caption -- [--seed <n>] [--model-dir <dir>] [--duration <seconds>] "<prompt>"

Prints one JSON object: caption (the exact text the model receives), expander (which one wrote it),
style, the structured fields, and shots when the prompt asks for several.`;

/** A command line or setup problem, said in one line. */
class CaptionCliError extends Error {
  override readonly name = 'CaptionCliError';
  constructor(
    readonly code: 'USAGE' | 'NO_MODEL' | 'CONFIG_INVALID',
    message: string,
  ) {
    super(message);
  }
}

// Warnings (an unusable LLM answer, say) go to stderr so stdout stays one JSON object.
const stderrLog: PromptLogger = {
  warn(object, message) {
    process.stderr.write(`${message ?? 'warning'} ${JSON.stringify(object)}\n`);
  },
};

async function main(argv: string[]): Promise<void> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>>;
  const options = {
    seed: { type: 'string' },
    'model-dir': { type: 'string' },
    duration: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  } as const;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CaptionCliError('USAGE', (error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return;
  }
  const prompt = parsed.positionals.join(' ').trim();
  if (prompt.length === 0)
    throw new CaptionCliError('USAGE', 'the prompt is empty: say what the clip should show');
  const seedRaw = parsed.values.seed ?? '0';
  if (!/^\d+$/.test(seedRaw) || Number(seedRaw) > 2 ** 32 - 1) {
    throw new CaptionCliError('USAGE', '--seed must be an integer from 0 to 4294967295');
  }
  let durationSeconds: number | undefined;
  if (parsed.values.duration !== undefined) {
    durationSeconds = Number(parsed.values.duration);
    if (!Number.isFinite(durationSeconds) || durationSeconds <= 0 || durationSeconds > 60) {
      throw new CaptionCliError('USAGE', '--duration must be a number of seconds above 0 and at most 60');
    }
  }

  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    throw new CaptionCliError('CONFIG_INVALID', (error as Error).message);
  }
  const modelDir = parsed.values['model-dir'] ?? config.MODEL_DIR;
  try {
    await access(join(modelDir, 'model_index.json'));
  } catch {
    throw new CaptionCliError(
      'NO_MODEL',
      `no model at ${modelDir} (model_index.json is missing): set MODEL_DIR or pass --model-dir <folder>`,
    );
  }
  const card = await readModelCard(modelDir);
  const expander = createExpander({ card, config, log: stderrLog });
  const expanded = await expander.expand(prompt, {
    seed: Number(seedRaw),
    ...(durationSeconds === undefined ? {} : { durationSeconds }),
  });
  const job = toJobCaption(expanded);
  const out: Record<string, unknown> = {
    caption: job.text,
    expander: job.expander,
    style: expanded.style,
    model: card.name,
    structured: job.structured,
  };
  if (job.shots !== undefined) out.shots = job.shots;
  console.log(JSON.stringify(out));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`caption: ${message.split('\n')[0]}\n`);
  if (error instanceof CaptionCliError && error.code === 'USAGE') process.stderr.write(`${USAGE}\n`);
  process.exitCode = 1;
});
