import type { RgbImage } from '../types.js';
import type { FrameScores } from './scores.js';

/**
 * The port the frame moderator classifies through: class scores per image, in order. The real one is nsfwjs
 * in a worker thread ({@link NsfwjsClassifier}); tests pass a fake to drive policy cases. It deliberately
 * knows nothing of policy or findings: turning scores into a decision is the moderator's job.
 */
export interface FrameClassifier {
  /** What classifies, as a member's notice names it: `nsfwjs MobileNetV2`. */
  readonly name: string;
  /** One {@link FrameScores} per image, in the order given; images of any size (resized as needed). */
  classify(images: readonly RgbImage[], signal?: AbortSignal): Promise<FrameScores[]>;
  close(): Promise<void>;
}
