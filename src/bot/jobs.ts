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
import type { BotContext } from './context.js';
import { UserError } from './errors.js';
import { text } from './messages.js';
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
}

const INTERACTION_TOKEN_LIFE_MS = 15 * 60 * 1000;

export const randomSeed = () => Math.floor(Math.random() * 2 ** 32);

/** Moderates, expands (unless a caption is given), enqueues and records a job. */
export async function submitClip(
  ctx: BotContext,
  request: ClipRequest,
): Promise<{ jobId: string; position: number; eta: number | undefined; job: GenerateJob }> {
  const seed = request.seed ?? randomSeed();
  const verdict = await ctx.moderator.check(request.prompt);
  if (!verdict.allowed) throw new UserError('PROMPT_REJECTED', text.refusedPrompt(verdict.reason));
  const caption = request.caption ?? (await ctx.captions.expand(request.prompt, seed));
  if (caption !== request.caption) {
    const second = await ctx.moderator.check(caption.text);
    if (!second.allowed) throw new UserError('PROMPT_REJECTED', text.refusedPrompt(second.reason));
  }
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
  };
  const jobId = request.jobId;
  // Recorded first: the progress editor and the delivery worker look the job up by id.
  const job = parsePayload(generateJobSchema, input);
  await ctx.state.saveJob({ jobId, job, ...(request.threadId ? { threadId: request.threadId } : {}) });
  const { position } = await ctx.queue.enqueue(input, jobId);
  const eta = await ctx.queue.etaSeconds(Math.max(0, position));
  return { jobId, position, eta, job };
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
