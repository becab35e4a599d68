import type { Redis } from 'ioredis';
import { artifactKeys, type JobResult, type Keys, resultSchema } from '../../queue/index.js';
import { type JobContext, need, OK, type Stage } from './types.js';

/** hand-off: the job's result, and for a Discord requester the delivery that posts the clip. */
export const handOff: Stage = {
  name: 'handOff',
  async run(ctx, { progress }) {
    const { jobId, job, work } = ctx;
    const clip = need(work.clip, 'the frames');
    const mp4 = need(work.mp4, 'the MP4');
    const { generator, deliveries, redis, keys } = ctx.engine;
    const card = generator.info.card;
    const durationSeconds = clip.frames.length / clip.fps;
    const totalMs = performance.now() - work.startedAt;
    work.result = resultSchema.parse({
      jobId,
      artifact: need(work.artifact, 'the stored clip'),
      bytes: mp4.bytes,
      width: mp4.width,
      height: mp4.height,
      fps: clip.fps,
      frames: clip.frames.length,
      durationSeconds,
      seed: job.seed,
      caption: job.caption,
      model: { name: card.name, version: card.version, generator: generator.info.generator },
      timings: { ...work.timings, modelMs: Math.round(work.modelMs), totalMs: Math.round(totalMs) },
      checks: work.checks,
      finishedAt: Date.now(),
    });
    await ctx.engine.store.put(artifactKeys.result(jobId), Buffer.from(JSON.stringify(work.result)), {
      contentType: 'application/json',
      jobId,
    });
    if (job.requester.source === 'discord') {
      progress({ stage: 'delivering', fraction: 1 }, true);
      await deliveries.add({ version: 1, jobId, job, result: work.result });
    }
    await recordClipSeconds(redis, keys, totalMs / 1000);
    return OK;
  },
};

/**
 * The result of an earlier run of this job that got as far as the hand-off, when its clip is still stored:
 * a run whose lock lapsed during a Redis outage finishes, but BullMQ runs the job again. Handing that
 * result off again (the delivery is keyed by job id, and the delivery worker posts a clip once) keeps the
 * finished clip instead of throwing it away and generating it anew. `undefined` when there is none.
 */
export async function handOffFinished(ctx: JobContext): Promise<JobResult | undefined> {
  const { jobId, job } = ctx;
  const { store, deliveries } = ctx.engine;
  const stored = await store.get(artifactKeys.result(jobId));
  if (!stored) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored.data.toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = resultSchema.safeParse(value);
  if (!parsed.success || !(await store.get(parsed.data.artifact.key))) return undefined;
  if (job.requester.source === 'discord') {
    await deliveries.add({ version: 1, jobId, job, result: parsed.data });
  }
  return parsed.data;
}

async function recordClipSeconds(redis: Redis, keys: Keys, seconds: number): Promise<void> {
  // Exponential moving average, good enough for an ETA and one round trip per job.
  const previous = Number((await redis.get(keys.clipSeconds)) ?? seconds);
  await redis.set(keys.clipSeconds, (previous * 0.8 + seconds * 0.2).toFixed(3));
}
