import {
  clipManifest,
  type IngredientRelationship,
  type ParentClip,
  WATERMARK_ALGORITHM,
} from '../../provenance/index.js';
import { artifactKeys, failures, type GenerateJob } from '../../queue/index.js';
import { uploadLimit } from './encode.js';
import { fail, type JobContext, need, OK, type Stage } from './types.js';

/**
 * sign: the C2PA manifest on the MP4: made by zoetrope with this model (trained algorithmic media),
 * watermarked, the watermark named as a soft binding, and for an extended, looped or animated clip its
 * parent as an ingredient (with the parent's own manifest while its MP4 is still stored). The size limit is
 * checked again on the signed file.
 */
export const sign: Stage = {
  name: 'sign',
  async run(ctx, { progress }) {
    const mp4 = need(ctx.work.mp4, 'the MP4');
    const provenanceWork = need(ctx.work.provenance, 'the registry id');
    const { provenance, generator, config } = ctx.engine;
    progress({ stage: 'signing', fraction: 0.93 }, true);
    const parent = await parentClip(ctx);
    if (parent) provenanceWork.parent = { jobId: parent.jobId, registryId: parent.registryId ?? null };
    const { job } = ctx;
    const includePrompt = job.provenance?.includePrompt ?? config.C2PA_INCLUDE_PROMPT;
    const manifestOf = (withParent: ParentClip | undefined) =>
      clipManifest({
        generator: provenance.generator,
        model: { name: generator.info.card.name, version: generator.info.card.version },
        watermark: { algorithm: WATERMARK_ALGORITHM, payload: provenanceWork.registryId },
        parent: withParent,
        generation: includePrompt
          ? {
              prompt: job.prompt,
              caption: job.caption.text,
              requester: { source: job.requester.source, userId: job.requester.userId },
            }
          : undefined,
      });
    const limit = uploadLimit(ctx);
    const namedOnly = parent && { ...parent, mp4: undefined };
    let signed: Buffer;
    try {
      signed = await provenance.signer.sign(mp4.data, manifestOf(parent));
    } catch (error) {
      // A stored parent that C2PA cannot read as an ingredient still gets named, by job and registry id.
      if (!parent?.mp4) throw error;
      ctx.engine.log.warn(
        { err: error, jobId: ctx.jobId, parent: parent.jobId },
        'parent clip unreadable as a C2PA ingredient',
      );
      signed = await provenance.signer.sign(mp4.data, manifestOf(namedOnly));
    }
    if (signed.length > limit && parent?.mp4) {
      // The parent's manifest (and its own ancestors') can outgrow the room left: name the parent only.
      signed = await provenance.signer.sign(mp4.data, manifestOf(namedOnly));
    }
    if (signed.length > limit) return fail(failures.clipTooLarge(signed.length, limit));
    ctx.work.mp4 = {
      ...mp4,
      data: signed,
      bytes: signed.length,
      bitrate: Math.round((signed.length * 8) / mp4.durationSeconds),
    };
    const { credentials } = provenance.signer;
    ctx.work.checks.push({
      name: 'C2PA signed',
      passed: true,
      detail:
        credentials.origin === 'local'
          ? 'by a local signer, not on the C2PA trust list'
          : `by ${
              credentials.certificate.subject
                .split('\n')
                .find((l) => l.startsWith('CN='))
                ?.slice(3) ?? 'the operator'
            }`,
    });
    return OK;
  },
};

// How a derived clip relates to the clip it came from, in C2PA's terms.
const RELATIONSHIP: Partial<Record<GenerateJob['kind'], IngredientRelationship>> = {
  extend: 'parentOf',
  loop: 'parentOf',
  animate: 'inputTo',
};

/** The parent clip of an extended, looped or animated clip: its job, registry id and (while stored) MP4. */
async function parentClip(ctx: JobContext): Promise<ParentClip | undefined> {
  const { job } = ctx;
  const relationship = RELATIONSHIP[job.kind];
  if (!relationship) return undefined;
  const key =
    job.conditioning?.mode === 'extend' || job.conditioning?.mode === 'loop'
      ? job.conditioning.parent?.key
      : undefined;
  const jobId = key?.startsWith('clip:') ? key.slice('clip:'.length) : job.lineage.parentJobId;
  if (!jobId) return undefined;
  const { store, provenance } = ctx.engine;
  const [stored, registryId] = await Promise.all([
    store.get(artifactKeys.clip(jobId)),
    provenance.registry.idOf(jobId),
  ]);
  return { jobId, registryId: registryId ?? undefined, relationship, mp4: stored?.data };
}
