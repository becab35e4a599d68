import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import { createExpander, toJobCaption } from '../prompt/index.js';
import { type Caption, readModelCard } from '../queue/index.js';

/** The caption a CLI job carries: the prompt verbatim (`--no-expand`), or the model card's expansion. */
export async function expandForCli(
  prompt: string,
  options: { config: Config; log: Logger; expand: boolean; seed: number; durationSeconds: number },
): Promise<Caption> {
  if (!options.expand || options.config.ENGINE_BACKEND !== 'onnx') {
    return { text: prompt, expander: 'verbatim' };
  }
  const card = await readModelCard(options.config.MODEL_DIR).catch((error: Error) => {
    throw new Error(`cannot read the model card in MODEL_DIR=${options.config.MODEL_DIR}: ${error.message}`);
  });
  const expander = createExpander({ card, config: options.config, log: options.log });
  return toJobCaption(
    await expander.expand(prompt, { seed: options.seed, durationSeconds: options.durationSeconds }),
  );
}
