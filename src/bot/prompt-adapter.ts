import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import {
  createExpander,
  createOfflineExpander,
  type ExpandedCaption,
  expandedCaptionSchema,
  type LlmClient,
  type OfflineExpander,
  parseIntent,
  toJobCaption,
} from '../prompt/index.js';
import { type Caption, DEFAULT_PROSE_CARD, type ModelCard } from '../queue/index.js';
import type { CaptionService, ReplyIntent } from './captions.js';

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

/** What a thread reply is read with: the card, its offline expander, an LLM when configured, the limits. */
interface ReplyReader {
  card: ModelCard;
  offline: OfflineExpander;
  llm?: LlmClient;
  defaultExtendSeconds: number;
  maxExtendSeconds: number;
}

/** Reads a thread reply with src/prompt's intent parser and says what it asks of the bot. */
async function readReply(
  reader: ReplyReader,
  reply: string,
  context: Parameters<CaptionService['intent']>[1],
): Promise<ReplyIntent> {
  // A caption edited by hand (or made verbatim) is read back into the card's language first, so a
  // refinement merges into it like into any expanded caption.
  const caption =
    toExpanded(context.caption) ?? reader.offline.expand(context.caption.text, { seed: context.seed });
  const intent = await parseIntent(reply, {
    caption,
    card: reader.card,
    matcher: reader.offline.matcher,
    ...(reader.llm ? { llm: reader.llm } : {}),
    defaultExtendSeconds: reader.defaultExtendSeconds,
    maxExtendSeconds: reader.maxExtendSeconds,
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
}

/** The bot's caption service backed by src/prompt: the model card's expander and the thread-intent parser. */
export function promptCaptions(options: {
  card: ModelCard;
  config: Config;
  log: Logger;
  maxExtendSeconds?: number;
}): CaptionService {
  const expander = createExpander({ card: options.card, config: options.config, log: options.log });
  const reader: ReplyReader = {
    card: options.card,
    offline: expander.offline,
    ...(expander.llm ? { llm: expander.llm } : {}),
    defaultExtendSeconds: options.config.DEFAULT_DURATION_SECONDS,
    maxExtendSeconds: options.maxExtendSeconds ?? options.config.MAX_DURATION_SECONDS,
  };
  return {
    async expand(prompt, seed) {
      return toJobCaption(await expander.expand(prompt, { seed }));
    },
    intent: (reply, context) => readReply(reader, reply, context),
  };
}

/**
 * The stand-in used when no expander is wired (tests, a bot started without one): the prompt is the
 * caption as typed, and thread replies are read by the same src/prompt parser, for the default prose card.
 */
export function verbatimCaptions(
  limits: Pick<Config, 'DEFAULT_DURATION_SECONDS' | 'MAX_DURATION_SECONDS'>,
): CaptionService {
  const reader: ReplyReader = {
    card: DEFAULT_PROSE_CARD,
    offline: createOfflineExpander(DEFAULT_PROSE_CARD),
    defaultExtendSeconds: limits.DEFAULT_DURATION_SECONDS,
    maxExtendSeconds: limits.MAX_DURATION_SECONDS,
  };
  return {
    async expand(prompt) {
      return { text: prompt.slice(0, 2000), expander: 'verbatim' };
    },
    intent: (reply, context) => readReply(reader, reply, context),
  };
}
