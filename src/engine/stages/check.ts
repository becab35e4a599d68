import { appendAudit, auditedText, type ModerationDecision } from '../../moderation/index.js';
import { DEFAULT_POLICY, failures } from '../../queue/index.js';
import { GENERATING_SHARE } from './generate.js';
import { fail, type JobContext, need, OK, type Stage } from './types.js';

/**
 * check: starts checking sampled frames of the whole clip (parent frames included) against the request's
 * content policy, as soon as the frames exist. The classifier works in its own thread while the clip is
 * watermarked and encoded on this one; {@link checked} waits for its verdict before anything is stored, so a
 * blocked clip is never stored or delivered, and the check costs the clip's wall time only what encoding
 * does not cover. With no frame moderator (MODERATION_FRAMES=false) nothing is checked and nothing reported.
 */
export const check: Stage = {
  name: 'check',
  async run(ctx, { signal, progress }) {
    const moderator = ctx.engine.frames;
    if (!moderator) return OK;
    const clip = need(ctx.work.clip, 'the frames');
    progress({ stage: 'checking', fraction: GENERATING_SHARE }, true);
    const images = sampleFrames(clip.frames.length, clip.fps).map((i) => ({
      width: clip.width,
      height: clip.height,
      rgb: clip.frames[i]!,
    }));
    // Settled into a value at once: a classifier that fails while a later stage fails too must not leave an
    // unhandled rejection behind.
    ctx.work.frameCheck = moderator.check(images, ctx.job.policy ?? DEFAULT_POLICY, signal).then(
      (decision) => ({ decision, frames: images.length, moderator: moderator.name }),
      (error: unknown) => ({ error }),
    );
    return OK;
  },
};

/**
 * checked: the frame check's verdict, before the clip is signed and stored. A block ends the job as a policy
 * refusal (the encoded MP4 is dropped unseen); a pass adds a `frames checked` line to the member's notice.
 */
export const checked: Stage = {
  name: 'checked',
  async run(ctx) {
    const pending = ctx.work.frameCheck;
    if (!pending) return OK;
    const outcome = await pending;
    if ('error' in outcome) throw outcome.error;
    const { decision, frames, moderator } = outcome;
    if (decision.decision === 'block') {
      // Scores and evidence are for the operator's log; the requester hears the categories only.
      ctx.engine.log.info(
        {
          jobId: ctx.jobId,
          categories: decision.categories,
          scores: decision.scores,
          evidence: decision.findings.map((f) => f.evidence),
          frames,
          ms: decision.ms,
        },
        'frames refused by the content policy',
      );
      await auditRefusal(ctx, decision);
      return fail(failures.policyRefused(decision.categories));
    }
    ctx.work.checks.push({ name: 'frames checked', passed: true, detail: `${frames} frames, ${moderator}` });
    return OK;
  },
};

/**
 * Appends the refusal to the server's moderation audit stream (kind `frames`, the prompt kept as the server
 * chose). The refusal stands even when the audit cannot be written: that is logged as an outage.
 */
export async function auditRefusal(
  ctx: JobContext,
  decision: ModerationDecision,
  kind: 'frames' | 'image' = 'frames',
): Promise<void> {
  const r = ctx.job.requester;
  const guildId = r.source === 'discord' ? r.guildId : undefined;
  try {
    await appendAudit(
      ctx.engine.redis,
      ctx.engine.keys.moderationAudit(guildId),
      {
        at: Date.now(),
        ...(guildId ? { guildId } : {}),
        ...(r.source === 'discord' ? { channelId: r.channelId } : {}),
        userId: r.userId,
        categories: decision.categories,
        layer: decision.layer,
        kind,
        ...auditedText(ctx.job.prompt, ctx.job.auditText ?? 'hash'),
        jobId: ctx.jobId,
      },
      ctx.engine.config.MODERATION_AUDIT_MAXLEN,
    );
  } catch (error) {
    ctx.engine.log.error({ err: error, jobId: ctx.jobId }, 'could not write the moderation audit entry');
  }
}

/**
 * Which frames of a clip the check looks at: evenly spaced from the first to the last, at most one second
 * apart (so no second of the clip goes unseen), and always the middle one. A 2 s clip at 8 fps gives
 * frames 0, 8, 15; an 8 s clip 9 frames. Sorted, without repeats.
 */
export function sampleFrames(frameCount: number, fps: number): number[] {
  if (frameCount <= 0) return [];
  const last = frameCount - 1;
  const gaps = Math.max(2, Math.ceil(last / fps));
  const picked = new Set<number>([Math.round(last / 2)]);
  for (let i = 0; i <= gaps; i++) picked.add(Math.round((i * last) / gaps));
  return [...picked].sort((a, b) => a - b);
}
