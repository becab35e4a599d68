import type { OnnxSession } from '../../onnx/index.js';
import type { ModelLimits } from '../../queue/model-card/index.js';
import type { GenerationRequest } from '../generator.js';
import { UnsupportedRequest } from './errors.js';

/** Steps when neither the request nor the model card says. */
export const DEFAULT_STEPS = 12;
/** Guidance scale when neither the request nor the model card says. */
export const DEFAULT_GUIDANCE = 3;
/** More steps than this is a typo or abuse, not a quality setting. */
export const MAX_STEPS = 200;

/** Steps and guidance for a request: its own, else the card's defaults, else the pipeline's; validated. */
export function resolveSampling(
  request: Pick<GenerationRequest, 'steps' | 'guidance'>,
  limits: Pick<ModelLimits, 'default_steps' | 'default_guidance'>,
  fallback: { steps: number; guidance: number } = { steps: DEFAULT_STEPS, guidance: DEFAULT_GUIDANCE },
): { steps: number; guidance: number } {
  const steps = request.steps ?? limits.default_steps ?? fallback.steps;
  const guidance = request.guidance ?? limits.default_guidance ?? fallback.guidance;
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS) {
    throw new UnsupportedRequest(`steps must be a whole number from 1 to ${MAX_STEPS}, got ${steps}`);
  }
  if (!Number.isFinite(guidance) || guidance < 0 || guidance > 50) {
    throw new UnsupportedRequest(`guidance must be between 0 and 50, got ${guidance}`);
  }
  return { steps, guidance };
}

/** Total milliseconds the sessions have spent inside ONNX Runtime. */
export function sessionMs(sessions: readonly OnnxSession[]): number {
  return sessions.reduce((n, s) => n + s.ms, 0);
}

/**
 * Runs tasks one at a time in call order. A pipeline's buffers are shared by every job, so a second
 * `generate` that arrives while one is running waits instead of corrupting it.
 */
export class Serial {
  #tail: Promise<unknown> = Promise.resolve();

  /** Queues `task` after every task queued before it. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task, task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
