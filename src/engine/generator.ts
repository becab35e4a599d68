import type { ModelCard } from '../queue/model-card/index.js';

/** One RGB24 frame: `width * height * 3` bytes, row-major, no padding. */
export type RgbFrame = Uint8Array;

/** A stretch of the clip with its own caption; a single-shot clip has one. */
export interface ShotRequest {
  /** The exact text the model receives. */
  caption: string;
  /** Frames this shot contributes to the output. */
  frames: number;
}

/**
 * Frames the output must contain as given: `index` is the position in the generated clip. Image-to-video
 * knows frame 0; extend forward knows the first k frames (the parent's last k); extend backward the last k.
 * Frames are at the request's native width and height.
 */
export interface KnownFrame {
  index: number;
  rgb: RgbFrame;
}

/** What the engine asks a model for. Sizes are the model's native size; the encoder scales for display. */
export interface GenerationRequest {
  shots: ShotRequest[];
  width: number;
  height: number;
  seed: number;
  steps?: number;
  guidance?: number;
  known?: KnownFrame[];
  /** Tie the last frame to the first so the clip plays as a seamless loop. */
  loop?: boolean;
}

/** Per-step progress: `step` of `totalSteps` denoising steps across every window and shot of the request. */
export interface StepProgress {
  step: number;
  totalSteps: number;
}

/** Hooks the engine passes into a generation: progress per step, cancellation between steps. */
export interface GenerationHooks {
  onStep?: (progress: StepProgress) => void;
  signal?: AbortSignal;
  /**
   * The job this generation is for, the same across BullMQ retries and engine restarts. A remote backend
   * records its request under it before waiting, so a retry resumes that request instead of paying twice.
   */
  jobId?: string;
  /** A remote backend's own queue: how many requests are ahead of this one there (when it says). */
  onQueued?: (position: number | undefined) => void;
}

/** The frames a model produced, at its native size. */
export interface GeneratedClip {
  width: number;
  height: number;
  fps: number;
  frames: RgbFrame[];
  /** Milliseconds spent inside model sessions (the rest of the wall time is overhead). */
  modelMs: number;
  /** What a hosted backend billed for this clip, in US dollars; absent for models run here. */
  billedUsd?: number;
}

/** Which model produced a clip, for the provenance notice. */
export interface GeneratorInfo {
  /** The implementation: `onnx:ZoetropeDiTPipeline`, `onnx:TextToVideoSDPipeline`, `test-pattern`. */
  generator: string;
  card: ModelCard;
  /** Execution provider actually used (`cpu`, `cuda`). */
  device: string;
}

/**
 * A loaded video model. Loaded once per engine process and reused for every job; `generate` must honour
 * `signal` between denoising steps and reject with an `AbortError` (DOMException name) when it fires.
 */
export interface VideoGenerator {
  readonly info: GeneratorInfo;
  generate(request: GenerationRequest, hooks?: GenerationHooks): Promise<GeneratedClip>;
  close(): Promise<void>;
}

/** Frames of context a window of `window` frames keeps from the previous one: a quarter, at least one. */
export function defaultOverlap(window: number): number {
  return Math.max(1, Math.min(window - 1, Math.floor(window / 4)));
}
