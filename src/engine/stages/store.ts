import { artifactKeys } from '../../queue/index.js';
import { putNativeFrames } from '../frames.js';
import { need, OK, type Stage } from './types.js';

/** store: the MP4 and the native frames (for lossless extend and loop), keyed by job id. */
export const store: Stage = {
  name: 'store',
  async run(ctx, { progress }) {
    const clip = need(ctx.work.clip, 'the frames');
    const mp4 = need(ctx.work.mp4, 'the MP4');
    progress({ stage: 'storing', fraction: 0.95 }, true);
    const { store } = ctx.engine;
    const key = artifactKeys.clip(ctx.jobId);
    // Keyed by job id: a job run twice (an engine killed after storing) overwrites, never duplicates.
    await Promise.all([
      store.put(key, mp4.data, { contentType: 'video/mp4', jobId: ctx.jobId }),
      putNativeFrames(store, artifactKeys.frames(ctx.jobId), clip),
    ]);
    ctx.work.artifact = { key, contentType: 'video/mp4' };
    return OK;
  },
};
