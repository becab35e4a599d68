// `npm run caption -- "prompt"`: the caption the model would receive, as one JSON object, without a queue.
import { type Config, ConfigError, loadConfig } from '../config/index.js';
import { createExpander, type PromptLogger, toJobCaption } from '../prompt/index.js';
import { CAPTION_USAGE, parseCaptionArgs, UsageError } from './args.js';
import { loadModelCard } from './caption-source.js';
import { exitWith } from './runtime.js';

// Warnings (an unusable LLM answer, say) go to stderr so stdout stays one JSON object.
const stderrLog: PromptLogger = {
  warn(object, message) {
    process.stderr.write(`${message ?? 'warning'} ${JSON.stringify(object)}\n`);
  },
};

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${CAPTION_USAGE}\n`);
    return;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message, 2);
    throw error;
  }
  // The same rules as `generate`: a prompt or option one refuses, the other refuses in the same words.
  const args = parseCaptionArgs(argv, { maxDuration: config.MAX_DURATION_SECONDS });
  const modelDir = args.modelDir ?? config.MODEL_DIR;
  const card = await loadModelCard(modelDir, 'set MODEL_DIR or pass --model-dir <folder>');
  const expander = createExpander({ card, config, log: stderrLog });
  const expanded = await expander.expand(args.prompt, {
    seed: args.seed ?? 0,
    ...(args.durationSeconds === undefined ? {} : { durationSeconds: args.durationSeconds }),
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
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) exitWith(`${error.message}\n\n${CAPTION_USAGE}`, 2);
  const message = error instanceof Error ? error.message : String(error);
  exitWith(message.split('\n')[0] ?? 'failed', 1);
});
