import type { Caption } from '../queue/index.js';

/**
 * What the bot needs from prompt expansion (src/prompt): a caption for a prompt, and the intent of a thread
 * reply. Kept narrow so the bot does not depend on how captions are made; `createBot` takes any
 * implementation, `runBot` wires the real one.
 */
export interface CaptionService {
  expand(prompt: string, seed: number): Promise<Caption>;
  intent(reply: string, context: { prompt: string; caption: Caption; seed: number }): Promise<ReplyIntent>;
}

/** What a member's reply in a clip's thread asks for. */
export type ReplyIntent =
  | { kind: 'refine'; caption: Caption; prompt: string }
  | { kind: 'extend'; direction: 'forward' | 'backward'; seconds?: number }
  | { kind: 'loop' }
  | { kind: 'vary' }
  | { kind: 'question'; message?: string };

/** Optional text moderation before anything is queued (src/moderation plugs in here). */
export interface TextModerator {
  check(text: string): Promise<{ allowed: true } | { allowed: false; reason: string }>;
}

export const allowAll: TextModerator = { check: async () => ({ allowed: true }) };

/**
 * A rules-only stand-in used when no expander is wired: the prompt is the caption, and replies are read
 * with a few patterns. Real deployments pass the src/prompt implementation.
 */
export const verbatimCaptions: CaptionService = {
  async expand(prompt) {
    return { text: prompt.slice(0, 2000), expander: 'verbatim' };
  },
  async intent(reply, context) {
    return parseReplyRules(reply, context);
  },
};

/** A small rules reading of a thread reply: loop / extend (with seconds, direction) / question / refine. */
export function parseReplyRules(reply: string, context: { prompt: string; caption: Caption }): ReplyIntent {
  const text = reply.trim().toLowerCase();
  if (/\b(loop|looping|seamless(ly)?)\b/.test(text)) return { kind: 'loop' };
  const seconds = text.match(/(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b/);
  if (/\b(extend|longer|continue|next|then|after(wards)?|before|earlier)\b/.test(text)) {
    const direction = /\b(before|earlier|backwards?|prequel)\b/.test(text) ? 'backward' : 'forward';
    return seconds
      ? { kind: 'extend', direction, seconds: Number(seconds[1]) }
      : { kind: 'extend', direction };
  }
  if (/\b(another|again|different seed|vary|variation)\b/.test(text)) return { kind: 'vary' };
  if (text.endsWith('?') || /^(help|how|what can)/.test(text)) return { kind: 'question' };
  const prompt = `${context.prompt}, ${reply.trim()}`.slice(0, 1000);
  return {
    kind: 'refine',
    prompt,
    caption: { text: `${context.caption.text}, ${reply.trim()}`.slice(0, 2000), expander: 'verbatim' },
  };
}
