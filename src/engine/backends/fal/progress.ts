import type { StepProgress } from '../../generator.js';
import { throwIfAborted } from '../../generators/errors.js';

/** One entry of a fal status's `logs`. */
export interface FalLog {
  message: string;
}

// A sampler's progress bar as fal apps log it ("37%|███▋      | 10/27 [00:12<00:16]"): the last "n/m".
const STEP_COUNT = /(\d+)\s*\/\s*(\d+)/g;

/** The fraction of sampling done that the newest log line with a step count says, if any does. */
export function fractionFromLogs(logs: readonly FalLog[] | undefined): number | undefined {
  for (let i = (logs?.length ?? 0) - 1; i >= 0; i--) {
    const matches = [...(logs![i]!.message.matchAll(STEP_COUNT) ?? [])];
    const last = matches.at(-1);
    if (!last) continue;
    const [done, total] = [Number(last[1]), Number(last[2])];
    if (total > 0 && done <= total) return done / total;
  }
  return undefined;
}

/**
 * Turns fal's coarse status into the engine's steps: 1, 2, … totalSteps, one at a time, never backwards.
 * The last step is reported only on completion; between steps the signal is checked, so an abort heard in
 * one onStep stops the next.
 */
export class StepReporter {
  private reported = 0;

  constructor(
    readonly totalSteps: number,
    private readonly onStep: ((progress: StepProgress) => void) | undefined,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** While running: the step the logs' fraction points at, at least 1, never the last. */
  running(fraction: number | undefined): void {
    const target = Math.max(1, Math.floor((fraction ?? 0) * this.totalSteps));
    this.advanceTo(Math.min(target, this.totalSteps - 1));
  }

  /** Done: every remaining step. */
  completed(): void {
    this.advanceTo(this.totalSteps);
  }

  private advanceTo(step: number): void {
    while (this.reported < step) {
      throwIfAborted(this.signal);
      this.reported++;
      this.onStep?.({ step: this.reported, totalSteps: this.totalSteps });
    }
    throwIfAborted(this.signal);
  }
}
