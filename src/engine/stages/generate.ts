import { failures, SpendLedger } from '../../queue/index.js';
import { UnsupportedRequest } from '../generators/errors.js';
import { joinWithParent, modelName } from './plan.js';
import { fail, type JobContext, need, OK, type Stage } from './types.js';

/** Share of a job's progress bar given to denoising; the later stages share the rest. */
export const GENERATING_SHARE = 0.85;

/** generate: the model renders the planned request; the parent's frames are joined around the new ones. */
export const generate: Stage = {
  name: 'generate',
  async run(ctx, { signal, progress }) {
    const plan = need(ctx.work.plan, 'the plan');
    const { generator, log } = ctx.engine;
    try {
      const clip = await generator.generate(plan.request, {
        signal,
        jobId: ctx.jobId,
        // A hosted model's own queue: shown as waiting, with the place in it when the remote says.
        onQueued: (position) =>
          progress({
            stage: 'queued',
            fraction: 0,
            ...(position !== undefined && { message: `remote queue position ${position}` }),
          }),
        onStep: ({ step, totalSteps }) =>
          progress(
            { stage: 'generating', step, totalSteps, fraction: (step / totalSteps) * GENERATING_SHARE },
            step === totalSteps,
          ),
      });
      signal.throwIfAborted();
      ctx.work.modelMs = clip.modelMs;
      if (clip.billedUsd !== undefined) await recordSpend(ctx, clip.billedUsd);
      ctx.work.clip = {
        width: clip.width,
        height: clip.height,
        fps: clip.fps,
        frames: joinWithParent(plan, clip.frames),
      };
      return OK;
    } catch (error) {
      if (!(error instanceof UnsupportedRequest)) throw error;
      // The model's own reason names tensors and window sizes: the log gets it, the requester the code.
      log.info({ jobId: ctx.jobId, reason: error.message }, 'the model refused the request');
      return fail(failures.unsupported('request', modelName(generator.info)));
    }
  },
};

/**
 * Adds what a hosted backend billed for the clip to the server's monthly ledger (once per job, however often
 * it is retried), where the bot reads it against the server's budget.
 */
async function recordSpend(ctx: JobContext, usd: number): Promise<void> {
  const requester = ctx.job.requester;
  const guildId = requester.source === 'discord' ? requester.guildId : undefined;
  await new SpendLedger(ctx.engine.redis, ctx.engine.keys).record(guildId, ctx.jobId, usd, Date.now());
}
