import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../../config/index.js';
import type { FrameModerator, ModerationDecision } from '../../moderation/index.js';
import type { Provenance } from '../../provenance/index.js';
import type {
  ArtifactRef,
  ArtifactStore,
  DeliveryQueue,
  GenerateJob,
  JobFailure,
  JobResult,
  Keys,
  Progress,
} from '../../queue/index.js';
import type { EncodedClip, FfmpegBinary, FrameOverlay } from '../encoder/index.js';
import type { RgbFrame, VideoGenerator } from '../generator.js';
import type { GenerationPlan } from './plan.js';

/** What an engine gives every stage: its configuration, model, encoder, store and queues. */
export interface EngineServices {
  config: Config;
  keys: Keys;
  store: ArtifactStore;
  deliveries: DeliveryQueue;
  generator: VideoGenerator;
  ffmpeg: FfmpegBinary;
  redis: Redis;
  log: Logger;
  /** The frame classifier, opened once at start when MODERATION_FRAMES is on; absent, frames go unchecked. */
  frames?: FrameModerator;
  /** The watermark key, the C2PA signer and the registry, opened once at start. */
  provenance: Provenance;
}

/** A check the engine ran on the clip (frames, watermark, signature), as the result reports it. */
export type Check = JobResult['checks'][number];

/** A clip's frames at the model's native size. */
export interface NativeClip {
  width: number;
  height: number;
  fps: number;
  frames: RgbFrame[];
}

/**
 * What the stages have produced so far. Each stage reads what earlier ones wrote and fills its own part;
 * {@link need} turns a part that is missing (stages out of order: a bug) into a clear error.
 */
export interface ClipWork {
  /** Set when the job started, for `totalMs`. */
  readonly startedAt: number;
  /** Wall time per stage in milliseconds, filled in by the stage runner. */
  readonly timings: Record<string, number>;
  /** plan: the model request and the parent frames to join. */
  plan?: GenerationPlan;
  /** generate: the whole clip (parent frames joined), native size. */
  clip?: NativeClip;
  /** generate: milliseconds spent inside the model. */
  modelMs: number;
  /** check: the frame check under way (its verdict is awaited by `checked`). */
  frameCheck?: Promise<
    { decision: ModerationDecision; frames: number; moderator: string } | { error: unknown }
  >;
  /**
   * watermark: the watermark's pattern, mid-grey plus the luma offsets and the strength each level takes
   * them at, at the size it is embedded at (display size, or the watermark's smallest size when
   * DISPLAY_SIZE is below it). The encoder merges it into every frame at that size; `clip` keeps the
   * unmarked native frames.
   */
  watermark?: FrameOverlay;
  /** watermark (then sign): the registry id the watermark carries, and the parent clip's, once known. */
  provenance?: { registryId: Uint8Array; parent?: { jobId: string; registryId: string | null } };
  /** checked, watermark, sign: what ran and how it went, exactly as reported to the requester. */
  readonly checks: Check[];
  /** encode (then sign): the MP4. */
  mp4?: EncodedClip;
  /** store: where the MP4 lives. */
  artifact?: ArtifactRef;
  /** hand-off: the job's result, as returned to BullMQ and delivered. */
  result?: JobResult;
}

/** One job in the engine: its id and validated payload, the engine's services, and the work so far. */
export interface JobContext {
  readonly jobId: string;
  readonly job: GenerateJob;
  readonly engine: EngineServices;
  readonly work: ClipWork;
}

/** Reports a job's progress; `force` skips the throttle (stage changes, the last step). */
export type ProgressCallback = (progress: Progress, force?: boolean) => void;

/** What a stage may use besides the job: cancellation (cancel, timeout, shutdown) and progress. */
export interface StageIO {
  signal: AbortSignal;
  progress: ProgressCallback;
}

/** A stage's outcome: done, or a failure the requester is told about (expected, not a bug). */
export type StageResult = { ok: true } | { ok: false; failure: JobFailure };

/**
 * One step of a job. A stage does one thing, returns a failure as a value when the job cannot go on for a
 * reason the requester should hear, and throws only for bugs and outages.
 */
export interface Stage {
  /** The key of its wall time in the result's `timings`. */
  readonly name: string;
  run(ctx: JobContext, io: StageIO): Promise<StageResult>;
}

export const OK: StageResult = Object.freeze({ ok: true });

export const fail = (failure: JobFailure): StageResult => ({ ok: false, failure });

/** A part of the work an earlier stage must have produced. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`stage order: ${what} is not there yet`);
  return value;
}
