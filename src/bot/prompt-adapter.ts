import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import {
  createExpander,
  type ExpandedCaption,
  expandedCaptionSchema,
  parseIntent,
  toJobCaption,
} from '../prompt/index.js';
import type { Caption, ModelCard } from '../queue/index.js';
import type { CaptionService } from './captions.js';

/** Rebuilds the expander's caption from the job's (toJobCaption's inverse); undefined for foreign captions. */
function toExpanded(caption: Caption): ExpandedCaption | undefined {
  const { style, ...structured } = (caption.structured ?? {}) as Record<string, unknown>;
  const parsed = expandedCaptionSchema.safeParse({
    text: caption.text,
    expander: caption.expander,
    style,
    structured: caption.shots ? { ...structured, shots: caption.shots } : structured,
  });
  return parsed.success ? parsed.data : undefined;
}

/** The bot's caption service backed by src/prompt: the model card's expander and the thread-intent parser. */
export function promptCaptions(options: {
  card: ModelCard;
  config: Config;
  log: Logger;
  maxExtendSeconds?: number;
}): CaptionService {
  const expander = createExpander({ card: options.card, config: options.config, log: options.log });
  return {
    async expand(prompt, seed) {
      return toJobCaption(await expander.expand(prompt, { seed }));
    },
    async intent(reply, context) {
      // A caption edited by hand (or made verbatim) is read back into the card's language first, so a
      // refinement merges into it like into any expanded caption.
      const caption =
        toExpanded(context.caption) ?? expander.offline.expand(context.caption.text, { seed: context.seed });
      const intent = await parseIntent(reply, {
        caption,
        card: options.card,
        ...(expander.llm ? { llm: expander.llm } : {}),
        defaultExtendSeconds: options.config.DEFAULT_DURATION_SECONDS,
        maxExtendSeconds: options.maxExtendSeconds ?? options.config.MAX_DURATION_SECONDS,
      });
      switch (intent.kind) {
        case 'refine':
          return {
            kind: 'refine',
            caption: toJobCaption(intent.caption),
            prompt: `${context.prompt}; ${reply.trim()}`.slice(0, 1000),
          };
        case 'extend':
          return { kind: 'extend', direction: intent.direction, seconds: intent.seconds };
        case 'loop':
          return { kind: 'loop' };
        case 'vary':
          return { kind: 'vary' };
        case 'help':
          return { kind: 'question', message: intent.message };
      }
    },
  };
}
