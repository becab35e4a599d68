import type { ExpandedCaption } from './caption.js';

/**
 * The texts one generation puts in front of the model and the community, each labelled, for the moderation
 * module to check: the member's prompt and every caption text the expander wrote from it. Moderating only the
 * prompt is not enough (an LLM could write something the prompt only hinted at), nor only the caption (the
 * prompt is echoed back in Discord). This module builds no policy; it only hands the texts over.
 */
export interface ModerationTexts {
  prompt: string;
  /** `caption.text` first, then each shot's text when they differ from it. */
  captions: string[];
}

/** Collects the prompt and the expanded caption text(s) so the moderation step can check both. */
export function textsToModerate(
  prompt: string,
  caption: Pick<ExpandedCaption, 'text' | 'structured'>,
): ModerationTexts {
  const captions = [caption.text, ...(caption.structured.shots ?? []).map((s) => s.text)];
  return { prompt, captions: [...new Set(captions)] };
}
