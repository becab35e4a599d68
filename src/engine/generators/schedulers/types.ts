/** The subset of a diffusers `scheduler_config.json` the schedulers read; unknown keys are ignored. */
export interface SchedulerConfig {
  _class_name?: string;
  num_train_timesteps?: number;
  beta_start?: number;
  beta_end?: number;
  beta_schedule?: string;
  trained_betas?: number[] | null;
  prediction_type?: string;
  timestep_spacing?: string;
  steps_offset?: number;
  set_alpha_to_one?: boolean;
  clip_sample?: boolean;
  clip_sample_range?: number;
  final_sigmas_type?: string;
  shift?: number;
  [key: string]: unknown;
}

/**
 * One sampling run of a scheduler, prepared for a number of steps. Every update is in place on the caller's
 * buffer, so the denoising loop allocates nothing per step.
 */
export interface DiffusionScheduler {
  /** The diffusers class this implements. */
  readonly name: string;
  /** Values fed to the denoiser's `timestep` input, one per step. */
  readonly timesteps: readonly number[];
  /** Standard deviation of the initial noise (the sample starts as `noise * initNoiseSigma`). */
  readonly initNoiseSigma: number;
  /** Factor applied to the sample before the denoiser sees it at step `i` (Euler's 1/√(σ²+1); 1 elsewhere). */
  inputScale(i: number): number;
  /**
   * `[a, b]` such that a clean `x0` noised to the level the sample has before step `i` is `a·x0 + b·noise`
   * (in the scheduler's sample scale); used to replace known frames at every step. `i === steps` is the end.
   */
  noiseCoefficients(i: number): [number, number];
  /** Advances `sample` (the sample before step `i`) by one step using the denoiser's output, in place. */
  step(i: number, modelOutput: Float32Array, sample: Float32Array): void;
}
