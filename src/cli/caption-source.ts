import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import { createExpander, toJobCaption } from '../prompt/index.js';
import { type Caption, type ModelCard, readModelCard } from '../queue/index.js';

/** The caption a CLI job carries: the prompt verbatim (`--no-expand`), or the model card's expansion. */
export async function expandForCli(
  prompt: string,
  options: { config: Config; log: Logger; expand: boolean; seed: number; durationSeconds: number },
): Promise<Caption> {
  if (!options.expand || options.config.ENGINE_BACKEND !== 'onnx') {
    return { text: prompt, expander: 'verbatim' };
  }
  const card = await loadModelCard(options.config.MODEL_DIR, 'set MODEL_DIR to a model folder');
  const expander = createExpander({ card, config: options.config, log: options.log });
  return toJobCaption(
    await expander.expand(prompt, { seed: options.seed, durationSeconds: options.durationSeconds }),
  );
}

/** A model folder whose card cannot be used; the message is one line saying what is wrong and the fix. */
export class ModelCardUnusable extends Error {
  override readonly name = 'ModelCardUnusable';
  readonly code = 'MODEL_CARD_UNUSABLE';
}

/**
 * Reads a folder's model card for the CLI commands, so `generate` and `caption` refuse a missing or corrupt
 * card with the same words. `fix` says how to point the command elsewhere.
 */
export async function loadModelCard(modelDir: string, fix: string): Promise<ModelCard> {
  try {
    return await readModelCard(modelDir);
  } catch (error) {
    throw new ModelCardUnusable(`${describeCardError(modelDir, error)}: ${fix}`);
  }
}

function describeCardError(modelDir: string, error: unknown): string {
  const e = error as NodeJS.ErrnoException & { issues?: { path: PropertyKey[]; message: string }[] };
  if (e?.code === 'ENOENT') return `no model at ${modelDir} (model_index.json is missing)`;
  if (error instanceof SyntaxError) {
    return `the model card in ${modelDir} is not valid JSON (model_index.json: ${firstLine(e.message)})`;
  }
  const issue = Array.isArray(e?.issues) ? e.issues[0] : undefined;
  if (issue !== undefined) {
    const at = ['zoetrope', ...issue.path.map(String)].join('.');
    return `the model card in ${modelDir} is invalid (${at}: ${firstLine(issue.message)})`;
  }
  return `cannot read the model card in ${modelDir} (${firstLine(e?.message ?? String(error))})`;
}

const firstLine = (text: string) => text.split('\n')[0]?.slice(0, 200) ?? '';
