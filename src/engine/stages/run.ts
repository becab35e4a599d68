import type { JobResult } from '../../queue/index.js';
import { JobFailed } from '../errors.js';
import { type JobContext, need, type Stage, type StageIO } from './types.js';

/**
 * Runs a job's stages in order, timing each; the first failure ends the job (thrown as {@link JobFailed} so
 * the worker has one path for every failure). Aborts (cancel, timeout, shutdown) stop it between stages.
 */
export async function runStages(stages: readonly Stage[], ctx: JobContext, io: StageIO): Promise<JobResult> {
  for (const stage of stages) {
    io.signal.throwIfAborted();
    const started = performance.now();
    const outcome = await stage.run(ctx, io);
    ctx.work.timings[stage.name] = Math.round(performance.now() - started);
    if (!outcome.ok) throw new JobFailed(outcome.failure);
  }
  return need(ctx.work.result, 'the result');
}
