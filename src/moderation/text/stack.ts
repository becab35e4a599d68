import type { TextModerator } from '../types.js';
import { createOfflineTextModerator, type OfflineTextModeratorOptions } from './moderator.js';

/**
 * How the text moderation stack is put together. Today only the offline rules; the remote layer (OpenAI's
 * moderation endpoint, a guard model) will add its options here and chain after the offline layer.
 */
export type TextModeratorOptions = OfflineTextModeratorOptions;

/**
 * The one place callers (the bot, the CLI, the eval) get a text moderator from, so adding a layer changes
 * this function and nothing that calls it.
 */
export function createTextModerator(options: TextModeratorOptions = {}): TextModerator {
  return createOfflineTextModerator(options);
}
