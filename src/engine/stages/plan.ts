import type { Config } from '../../config/index.js';
import type { ArtifactStore, GenerateJob, JobFailure } from '../../queue/index.js';
import { artifactKeys, DEFAULT_POLICY, failures } from '../../queue/index.js';
import { decodeClip } from '../encoder/index.js';
import { JobFailed } from '../errors.js';
import { getNativeFrames, type NativeFrames } from '../frames.js';
import {
  defaultOverlap,
  type GenerationRequest,
  type GeneratorInfo,
  type KnownFrame,
  type RgbFrame,
} from '../generator.js';
import { auditRefusal } from './check.js';
import { fail, OK, type Stage } from './types.js';

/**
 * plan: refuses a job over the operator's limits, then works out frame counts, the model request and known
 * frames (a still, a parent clip's frames).
 */
export const plan: Stage = {
  name: 'plan',
  async run(ctx, { signal, progress }) {
    const config = ctx.engine.config;
    const over = overLimit(ctx.job, config);
    if (over) return fail(over);
    progress({ stage: 'loading', fraction: 0 }, true);
    const ffmpeg = ctx.engine.ffmpeg.path;
    const decode: DecodeToFrames = async (bytes, width, height, s) =>
      (await decodeClip(bytes, { ffmpeg, width, height }, s)).frames;
    const planned = await planGeneration(ctx.job, ctx.engine.generator.info, {
      store: ctx.engine.store,
      decode,
      signal,
    });
    // A model whose own default is above the limit runs at the limit: the operator's bound holds either way.
    const defaultSteps = ctx.engine.generator.info.card.limits.default_steps;
    if (
      planned.request.steps === undefined &&
      defaultSteps !== undefined &&
      defaultSteps > config.MAX_STEPS
    ) {
      planned.request.steps = config.MAX_STEPS;
    }
    // A still to animate is checked like output frames, before any frame is generated from it. (The bot
    // checked its size and type before queueing; the image classifier lives in the engine.)
    const still = ctx.job.conditioning?.mode === 'first_frame' ? planned.request.known?.[0] : undefined;
    const moderator = ctx.engine.frames;
    if (still && moderator) {
      const { width, height } = planned.request;
      const decision = await moderator.check(
        [{ width, height, rgb: still.rgb }],
        ctx.job.policy ?? DEFAULT_POLICY,
        signal,
      );
      if (decision.decision === 'block') {
        ctx.engine.log.info(
          { jobId: ctx.jobId, categories: decision.categories, scores: decision.scores },
          'the still to animate was refused by the content policy',
        );
        await auditRefusal(ctx, decision, 'image');
        return fail(failures.policyRefused(decision.categories));
      }
      ctx.work.checks.push({ name: 'image checked', passed: true, detail: moderator.name });
    }
    ctx.work.plan = planned;
    return OK;
  },
};

/**
 * The first operator limit a job breaks, as its failure. The contract allows up to 60 s and 200 steps so
 * that any deployment can use it; each engine holds jobs to its own MAX_DURATION_SECONDS and MAX_STEPS,
 * whoever produced them.
 */
export function overLimit(
  job: Pick<GenerateJob, 'durationSeconds' | 'steps'>,
  limits: Pick<Config, 'MAX_DURATION_SECONDS' | 'MAX_STEPS'>,
): JobFailure | undefined {
  if (job.durationSeconds > limits.MAX_DURATION_SECONDS) {
    return failures.overLimit('durationSeconds', job.durationSeconds, limits.MAX_DURATION_SECONDS);
  }
  if (job.steps !== undefined && job.steps > limits.MAX_STEPS) {
    return failures.overLimit('steps', job.steps, limits.MAX_STEPS);
  }
  return undefined;
}

/** Decodes a still or clip to RGB frames at a given size (the encoder's decodeClip, passed in). */
export type DecodeToFrames = (
  data: Buffer,
  width: number,
  height: number,
  signal?: AbortSignal,
) => Promise<RgbFrame[]>;

/** A planned generation: the model request, plus parent frames to place before or after its output. */
export interface GenerationPlan {
  request: GenerationRequest;
  fps: number;
  /** Parent frames shown before the new frames (extend forward) … */
  prefix: RgbFrame[];
  /** … or after them (extend backward). */
  suffix: RgbFrame[];
  /** How many of the generated frames repeat parent frames (the overlap) and are dropped when joining. */
  overlap: number;
}

/** Picks the model's native size closest to the requested display aspect. */
export function nativeSize(info: GeneratorInfo, aspect: GenerateJob['aspect']): [number, number] {
  const [aw, ah] = aspect.split(':').map(Number) as [number, number];
  const want = aw / ah;
  const sizes = info.card.limits.sizes;
  return sizes.reduce(
    (best, s) =>
      Math.abs(Math.log(s[0] / s[1] / want)) < Math.abs(Math.log(best[0] / best[1] / want)) ? s : best,
    sizes[0]!,
  );
}

/**
 * Turns a job into a model request: frame counts from duration and the model's fps, shots from the caption,
 * and known frames from the job's conditioning (a still, or the parent clip's native frames).
 */
export async function planGeneration(
  job: GenerateJob,
  info: GeneratorInfo,
  deps: { store: ArtifactStore; decode: DecodeToFrames; signal?: AbortSignal },
): Promise<GenerationPlan> {
  const limits = info.card.limits;
  const fps = limits.fps;
  const [width, height] = nativeSize(info, job.aspect);
  const totalFrames = Math.max(2, Math.round(job.durationSeconds * fps));
  const shots = job.caption.shots
    ? distribute(job.caption.shots, totalFrames)
    : [{ caption: job.caption.text, frames: totalFrames }];
  const request: GenerationRequest = { shots, width, height, seed: job.seed };
  if (job.steps !== undefined) request.steps = job.steps;
  if (job.guidance !== undefined) request.guidance = job.guidance;
  const plan: GenerationPlan = { request, fps, prefix: [], suffix: [], overlap: 0 };
  const conditioning = job.conditioning;
  if (!conditioning) return plan;

  const supports = (what: (typeof limits.conditioning)[number]) => limits.conditioning.includes(what);
  switch (conditioning.mode) {
    case 'first_frame': {
      if (!supports('first_frame')) throw new JobFailed(failures.unsupported('image', modelName(info)));
      const still = await deps.store.get(conditioning.image.key);
      if (!still) throw new JobFailed(failures.expired('image'));
      const [first] = await deps.decode(still.data, width, height, deps.signal);
      if (!first) throw new JobFailed(failures.invalidRequest('image'), 'the image decoded to no frame');
      request.known = [{ index: 0, rgb: first }];
      return plan;
    }
    case 'extend': {
      const forward = conditioning.direction === 'forward';
      if (!supports(forward ? 'first_frames' : 'last_frames')) {
        throw new JobFailed(failures.unsupported('extend', modelName(info)));
      }
      const parent = await parentFrames(conditioning.parent.key, width, height, deps);
      const k = Math.min(defaultOverlap(limits.frames), parent.frames.length);
      const known: KnownFrame[] = [];
      // The new frames plus the overlap they are conditioned on; the overlap is dropped when joining.
      const total = totalFrames + k;
      for (let i = 0; i < k; i++) {
        const source = forward ? parent.frames[parent.frames.length - k + i]! : parent.frames[i]!;
        known.push({ index: forward ? i : total - k + i, rgb: source });
      }
      request.shots = rescale(request.shots, total);
      request.known = known;
      plan.overlap = k;
      if (forward) plan.prefix = parent.frames;
      else plan.suffix = parent.frames;
      return plan;
    }
    case 'loop': {
      if (!supports('loop')) throw new JobFailed(failures.unsupported('loop', modelName(info)));
      request.loop = true;
      if (conditioning.parent) {
        const parent = await parentFrames(conditioning.parent.key, width, height, deps);
        if (parent.frames[0]) request.known = [{ index: 0, rgb: parent.frames[0] }];
      }
      return plan;
    }
  }
}

/** The model as a member would name it: `zoetrope-tiny 2.2.0`. */
export const modelName = (info: GeneratorInfo) => `${info.card.name} ${info.card.version}`;

/** Joins the parent's frames and the new ones, dropping the overlap the new ones were conditioned on. */
export function joinWithParent(plan: GenerationPlan, generated: RgbFrame[]): RgbFrame[] {
  if (plan.prefix.length > 0) return [...plan.prefix, ...generated.slice(plan.overlap)];
  if (plan.suffix.length > 0) return [...generated.slice(0, generated.length - plan.overlap), ...plan.suffix];
  return generated;
}

async function parentFrames(
  clipKey: string,
  width: number,
  height: number,
  deps: { store: ArtifactStore; decode: DecodeToFrames; signal?: AbortSignal },
): Promise<NativeFrames> {
  // Prefer the lossless native frames stored beside the clip; fall back to decoding the MP4.
  const jobId = clipKey.startsWith('clip:') ? clipKey.slice('clip:'.length) : undefined;
  const native = jobId ? await getNativeFrames(deps.store, artifactKeys.frames(jobId)) : undefined;
  if (native && native.width === width && native.height === height) return native;
  const clip = await deps.store.get(clipKey);
  if (!clip) throw new JobFailed(failures.expired('clip'));
  return { width, height, fps: 0, frames: await deps.decode(clip.data, width, height, deps.signal) };
}

function distribute(shots: { text: string; durationSeconds: number }[], totalFrames: number) {
  const seconds = shots.reduce((s, shot) => s + shot.durationSeconds, 0);
  return rescale(
    shots.map((s) => ({
      caption: s.text,
      frames: Math.max(1, Math.round((s.durationSeconds / seconds) * totalFrames)),
    })),
    totalFrames,
  );
}

/** Adjusts shot frame counts so they sum to `total`, changing the last shot. */
function rescale(shots: { caption: string; frames: number }[], total: number) {
  const copy = shots.map((s) => ({ ...s }));
  const sum = copy.reduce((n, s) => n + s.frames, 0);
  const last = copy[copy.length - 1]!;
  last.frames = Math.max(1, last.frames + total - sum);
  return copy;
}
