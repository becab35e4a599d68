import type { ModerationPolicy } from '../queue/index.js';
import type { ModerationDecision } from './decision.js';

/** What a piece of text is, so the audit trail and the rules know where it came from. */
export type TextKind = 'prompt' | 'caption' | 'reply' | 'edit' | 'entry';

/** One text to check. */
export interface TextInput {
  text: string;
  kind: TextKind;
}

/** An RGB24 image (`width * height * 3` bytes, row-major): a frame or a decoded still. */
export interface RgbImage {
  width: number;
  height: number;
  rgb: Uint8Array;
}

/** Checks text against a policy: every offline layer, then the remote one when configured. */
export interface TextModerator {
  /** All texts of one request together: one decision, blocked if any text breaks the policy. */
  check(texts: TextInput[], policy: ModerationPolicy): Promise<ModerationDecision>;
}

/** Checks images (output frames, a still to animate) against a policy. */
export interface ImageModerator {
  check(images: RgbImage[], policy: ModerationPolicy, signal?: AbortSignal): Promise<ModerationDecision>;
  close(): Promise<void>;
}
