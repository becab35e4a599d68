import type { TextInput } from '../moderation/index.js';
import {
  type Aspect,
  artifactKeys,
  type Caption,
  CONTRACT_VERSION,
  type Conditioning,
  type GenerateJob,
  type GenerateJobInput,
  generateJobSchema,
  parsePayload,
} from '../queue/index.js';
import { type CostCheck, checkCost } from './budget.js';
import type { BotContext } from './context.js';
import { captionTexts, type Screening, screen } from './moderation.js';
import type { JobRecord } from './state.js';

/** A request for a clip, as the bot's handlers describe it. */
export interface ClipRequest {
  /** The id reserved for this job by the limit check. */
  jobId: string;
  kind: GenerateJob['kind'];
  prompt: string;
  /** Skip expansion and use this caption (retry, edited caption, refinement). */
  caption?: Caption;
  seed?: number;
  durationSeconds: number;
  aspect: Aspect;
  conditioning?: Conditioning;
  userId: string;
  guildId: string | null;
  channelId: string;
  /** Set when the request comes from a clip's thread (or the thread the clip will start). */
  threadId?: string;
  statusMessageId?: string;
  interaction?: { applicationId: string; token: string; createdAt: number };
  attachmentSizeLimit?: number;
  parent?: JobRecord;
  /** The content check: the policy for the request's channel (carried in the job), the server's settings. */
  screening: Screening;
  /**
   * Texts the bot wrote for this request that are still to be checked (a refinement's caption). The
   * member's own texts are checked before anything is reserved; a caption expanded here is checked here.
   */
  written?: TextInput[];
}

const INTERACTION_TOKEN_LIFE_MS = 15 * 60 * 1000;

export const randomSeed = () => Math.floor(Math.random() * 2 ** 32);

/**
 * Expands (unless a caption is given), checks what the bot wrote (an LLM can write what a prompt only
 * hinted at), enqueues and records a job. A refusal throws `ContentRefused` before anything is queued.
 */
export async function submitClip(
  ctx: BotContext,
  request: ClipRequest,
): Promise<{
  jobId: string;
  position: number;
  eta: number | undefined;
  job: GenerateJob;
  /** On a hosted model: what the clip is estimated to cost, shown with its queued status. */
  cost?: CostCheck | undefined;
}> {
  // A paid model's budget is checked first: a refused clip costs nothing, not even its caption.
  const cost = await checkCost(ctx, request.guildId, request);
  const seed = request.seed ?? randomSeed();
  const caption = request.caption ?? (await ctx.captions.expand(request.prompt, seed));
  await screen(ctx, request.screening, [
    ...(request.written ?? []),
    ...(request.caption === undefined ? captionTexts(caption) : []),
  ]);
  const parent = request.parent;
  const input: GenerateJobInput = {
    version: CONTRACT_VERSION,
    kind: request.kind,
    prompt: request.prompt,
    caption,
    durationSeconds: request.durationSeconds,
    aspect: request.aspect,
    seed,
    requester: {
      source: 'discord',
      userId: request.userId,
      ...(request.guildId ? { guildId: request.guildId } : {}),
      channelId: request.channelId,
      ...(request.statusMessageId ? { statusMessageId: request.statusMessageId } : {}),
      ...(request.interaction
        ? {
            interaction: {
              applicationId: request.interaction.applicationId,
              token: request.interaction.token,
              expiresAt: request.interaction.createdAt + INTERACTION_TOKEN_LIFE_MS,
            },
          }
        : {}),
      ...(request.attachmentSizeLimit ? { attachmentSizeLimit: request.attachmentSizeLimit } : {}),
    },
    lineage: parent
      ? {
          parentJobId: parent.jobId,
          rootJobId: parent.job.lineage.rootJobId ?? parent.jobId,
          depth: Math.min(100, parent.job.lineage.depth + 1),
        }
      : { depth: 0 },
    createdAt: ctx.clock(),
    ...(request.conditioning ? { conditioning: request.conditioning } : {}),
    // The engine checks the frames under the same policy, and audits a refusal the way the server chose.
    policy: request.screening.policy,
    auditText: request.screening.settings.auditText,
  };
  const jobId = request.jobId;
  // Recorded first: the progress editor and the delivery worker look the job up by id.
  const job = parsePayload(generateJobSchema, input);
  await ctx.state.saveJob({ jobId, job, ...(request.threadId ? { threadId: request.threadId } : {}) });
  const { position } = await ctx.queue.enqueue(input, jobId);
  const eta = await ctx.queue.etaSeconds(Math.max(0, position));
  return { jobId, position, eta, job, cost };
}

/** A follow-up clip built from a delivered one: retry with a new seed, extend, loop or an edited caption. */
export function followUp(
  parent: JobRecord,
  action: 'retry' | 'extend' | 'loop' | 'edit' | 'refine',
  options: {
    durationSeconds: number;
    caption?: Caption;
    prompt?: string;
    direction?: 'forward' | 'backward';
  },
): Pick<
  ClipRequest,
  'kind' | 'prompt' | 'caption' | 'seed' | 'durationSeconds' | 'aspect' | 'conditioning' | 'parent'
> {
  const job = parent.job;
  const clip = { key: artifactKeys.clip(parent.jobId), contentType: 'video/mp4' as const };
  const base = { prompt: options.prompt ?? job.prompt, aspect: job.aspect, parent };
  switch (action) {
    case 'retry':
      return {
        ...base,
        kind: job.kind,
        caption: job.caption,
        durationSeconds: job.durationSeconds,
        ...(job.conditioning ? { conditioning: job.conditioning } : {}),
      };
    case 'edit':
    case 'refine':
      return {
        ...base,
        kind: job.kind === 'animate' ? 'animate' : 'generate',
        caption: options.caption ?? job.caption,
        seed: job.seed,
        durationSeconds: job.durationSeconds,
        ...(job.kind === 'animate' && job.conditioning ? { conditioning: job.conditioning } : {}),
      };
    case 'extend':
      return {
        ...base,
        kind: 'extend',
        caption: options.caption ?? job.caption,
        seed: job.seed,
        durationSeconds: options.durationSeconds,
        conditioning: { mode: 'extend', direction: options.direction ?? 'forward', parent: clip },
      };
    case 'loop':
      return {
        ...base,
        kind: 'loop',
        caption: job.caption,
        seed: job.seed,
        durationSeconds: job.durationSeconds,
        conditioning: { mode: 'loop', parent: clip },
      };
  }
}
