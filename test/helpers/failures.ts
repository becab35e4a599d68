import { type FailureCode, failures, type JobFailure } from '../../src/queue/index.js';

/** Text an engine might have inside it when it fails: a member must never read it. */
export const INTERNAL_TEXT = 'TypeError: x is undefined at /srv/engine/a.js:1';

/**
 * One failure per code, each carrying internal text as its `message` (the engine's wording, which the bot
 * must not show). Typed by code, so a code added to the contract needs a sample here too.
 */
export const SAMPLE_FAILURES: Record<FailureCode, JobFailure> = {
  INVALID_REQUEST: { ...failures.invalidRequest('conditioning.image'), message: INTERNAL_TEXT },
  POLICY_REFUSED: { ...failures.policyRefused(['violence', 'self_harm']), message: INTERNAL_TEXT },
  CANCELLED: { ...failures.cancelled(), message: INTERNAL_TEXT },
  UNSUPPORTED: { ...failures.unsupported('loop', 'tiny-shapes 2.2.0'), message: INTERNAL_TEXT },
  OVER_LIMIT: { ...failures.overLimit('durationSeconds', 12, 8), message: INTERNAL_TEXT },
  EXPIRED: { ...failures.expired('clip'), message: INTERNAL_TEXT },
  CLIP_TOO_LARGE: { ...failures.clipTooLarge(12 * 1024 * 1024, 10 * 1024 * 1024), message: INTERNAL_TEXT },
  TIMED_OUT: { ...failures.timedOut(600), message: INTERNAL_TEXT },
  ENGINE_ERROR: { ...failures.engineError(), message: INTERNAL_TEXT },
};
