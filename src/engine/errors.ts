import { failures, InvalidPayload, type JobFailure } from '../queue/index.js';

/**
 * A job that ends with a typed failure, thrown where a stage's helper cannot return a value (deep inside
 * planning, say). Stages themselves return failures as values; the stage runner treats both alike.
 */
export class JobFailed extends Error {
  override readonly name = 'JobFailed';
  constructor(
    readonly failure: JobFailure,
    /** For the log only: what exactly went wrong (never shown to a member). */
    detail?: string,
  ) {
    super(detail ?? failure.message);
  }
}

/** Thrown into a job's signal when its requester cancels it. */
export class Cancelled extends Error {
  override readonly name = 'Cancelled';
  constructor() {
    super('cancelled by the requester');
  }
}

/** Thrown into a job's signal when it runs past ENGINE_JOB_TIMEOUT_SECONDS. */
export class TimedOut extends Error {
  override readonly name = 'TimedOut';
  constructor(readonly seconds: number) {
    super(`the job ran longer than ${seconds} s`);
  }
}

/** Thrown into a running job's signal when its engine stops: the job goes back to the queue. */
export class ShuttingDown extends Error {
  override readonly name = 'ShuttingDown';
  constructor() {
    super('the engine is shutting down');
  }
}

/**
 * The one translation from what a job threw to the failure its requester is told. `expected` is false for
 * a bug or an outage: the caller logs those as errors, with the internal message that the failure leaves
 * out.
 */
export function failureOf(error: unknown, signal: AbortSignal): { failure: JobFailure; expected: boolean } {
  // The signal's reason wins: an abort surfaces as whatever the interrupted code threw (AbortError, ffmpeg
  // killed), but the reason says why it was aborted.
  const reason = signal.aborted ? (signal.reason as unknown) : undefined;
  if (reason instanceof Cancelled) return { failure: failures.cancelled(), expected: true };
  if (reason instanceof TimedOut) return { failure: failures.timedOut(reason.seconds), expected: true };
  if (error instanceof JobFailed) return { failure: error.failure, expected: true };
  if (error instanceof InvalidPayload) {
    return { failure: failures.invalidRequest(error.problem.field), expected: true };
  }
  return { failure: failures.engineError(), expected: false };
}
