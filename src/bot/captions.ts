import type { Caption } from '../queue/index.js';

/**
 * What the bot needs from prompt expansion (src/prompt): a caption for a prompt, and the intent of a thread
 * reply. Kept narrow so the bot does not depend on how captions are made; `startBot` takes any
 * implementation (prompt-adapter.ts holds the two the bot ships: src/prompt's, and a verbatim stand-in).
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
