import type { RegistryRecord } from '../../provenance/index.js';
import { registryIdHex } from '../../provenance/index.js';
import { artifactKeys } from '../../queue/index.js';
import { putNativeFrames } from '../frames.js';
import { type JobContext, need, OK, type Stage } from './types.js';

/**
 * store: the MP4 and the native frames (for lossless extend and loop), keyed by job id, and the clip's
 * provenance registry record: it exists before the clip is handed to anyone.
 */
export const store: Stage = {
  name: 'store',
  async run(ctx, { progress }) {
    const clip = need(ctx.work.clip, 'the frames');
    const mp4 = need(ctx.work.mp4, 'the MP4');
    progress({ stage: 'storing', fraction: 0.95 }, true);
    const { store, provenance } = ctx.engine;
    const key = artifactKeys.clip(ctx.jobId);
    // Keyed by job id: a job run twice (an engine killed after storing) overwrites, never duplicates.
    await Promise.all([
      store.put(key, mp4.data, { contentType: 'video/mp4', jobId: ctx.jobId }),
      putNativeFrames(store, artifactKeys.frames(ctx.jobId), clip),
      ctx.work.provenance && provenance.registry.put(registryRecord(ctx)),
    ]);
    ctx.work.artifact = { key, contentType: 'video/mp4' };
    return OK;
  },
};

/** What the registry keeps about this clip (see RegistryRecord: who may see which field is the reader's call). */
function registryRecord(ctx: JobContext): RegistryRecord {
  const { job, jobId } = ctx;
  const work = need(ctx.work.provenance, 'the registry id');
  const card = ctx.engine.generator.info.card;
  const requester = job.requester;
  const parentJobId = work.parent?.jobId ?? job.lineage.parentJobId;
  return {
    id: registryIdHex(work.registryId),
    jobId,
    kind: job.kind,
    source: requester.source,
    guildId: requester.source === 'discord' ? (requester.guildId ?? null) : null,
    channelId: requester.source === 'discord' ? requester.channelId : null,
    userId: requester.userId,
    model: card.name,
    version: card.version,
    seed: job.seed,
    prompt: job.prompt,
    caption: job.caption.text,
    parent: parentJobId ? { jobId: parentJobId, id: work.parent?.registryId ?? null } : null,
    createdAt: Date.now(),
  };
}
