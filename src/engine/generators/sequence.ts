import type { GenerationHooks, GenerationRequest } from '../generator.js';
import { throwIfAborted, UnsupportedRequest } from './errors.js';
import { frameSize, readFrame, type WindowShape } from './frames.js';
import { Rng } from './random.js';

/** One window to sample: its caption, its known frames (x0 space), and the noise stream it draws from. */
export interface WindowJob {
  caption: string;
  known: (Float32Array | undefined)[];
  rng: Rng;
  steps: number;
  guidance: number;
  signal?: AbortSignal | undefined;
  onStep: () => void;
}

/** What a pipeline offers the sequencer: one fixed-length window at a time, in its own x0 space. */
export interface WindowModel {
  /** One window in x0 space for the request's size. */
  shape: WindowShape;
  /** Samples one window and returns it `[C, F, H, W]` (a buffer valid until the next call). */
  sampleWindow(job: WindowJob): Promise<Float32Array>;
  /** Converts an RGB24 frame at the request's size to x0 space (`[C, H, W]`). */
  encodeFrame(rgb: Uint8Array): Promise<Float32Array>;
}

/**
 * Window starts covering `length` frames with windows of `window` frames overlapping by at least `overlap`:
 * 0, W−k, 2(W−k), …, and a last window flush with the end (overlapping more when the length demands).
 */
export function windowStarts(length: number, window: number, overlap: number): number[] {
  if (length <= window) return [0];
  const stride = window - overlap;
  const starts: number[] = [];
  for (let s = 0; s + window < length; s += stride) starts.push(s);
  starts.push(length - window);
  return starts;
}

/** How the sequencer lays a request out: for tests, benchmarks and progress totals. */
export interface SequencePlan {
  shots: { frames: number; generated: number; tail: number; starts: number[]; resample: boolean }[];
  windows: number;
  totalSteps: number;
}

/**
 * Plans a request. Each shot is generated on its own timeline of at least one window (`generated` frames),
 * window by window with `overlap` frames of context (chained extension). With `loop`, the last shot's timeline
 * gets `overlap` extra "tail" frames that are the first frames of the clip, so its final window is pinned at
 * both ends: it starts from the frames before it and must arrive at frame 0 — frame F−1 then flows into
 * frame 0 exactly as frame 5 flows into frame 6. A looped shot shorter than the window is generated at the
 * window's length and resampled in time, which keeps the loop closed.
 */
export function planSequence(
  request: Pick<GenerationRequest, 'shots' | 'loop'>,
  window: number,
  overlap: number,
  steps: number,
): SequencePlan {
  if (request.shots.length === 0) throw new UnsupportedRequest('a request needs at least one shot');
  const loop = request.loop === true;
  if (loop && window <= 2 * overlap) {
    throw new UnsupportedRequest(`this model's ${window}-frame window is too short to close a loop`);
  }
  const shots = request.shots.map((shot, i) => {
    if (!Number.isInteger(shot.frames) || shot.frames < 1) {
      throw new UnsupportedRequest(
        `shot ${i + 1} asks for ${shot.frames} frames; it needs a positive whole number`,
      );
    }
    const generated = Math.max(shot.frames, window);
    const tail = loop && i === request.shots.length - 1 ? overlap : 0;
    const starts = windowStarts(generated + tail, window, overlap);
    return { frames: shot.frames, generated, tail, starts, resample: tail > 0 && shot.frames < window };
  });
  const windows = shots.reduce((n, s) => n + s.starts.length, 0);
  return { shots, windows, totalSteps: windows * steps };
}

/** Inputs of {@link renderSequence}. */
export interface SequenceOptions {
  steps: number;
  guidance: number;
  overlap: number;
  hooks?: GenerationHooks | undefined;
}

/**
 * Renders a request through a window model: shots one after another, each as chained windows; known frames
 * (by clip index) pinned wherever they fall; loop closing as planned by {@link planSequence}. Returns every
 * output frame in x0 space, in order.
 *
 * Shots are cuts: a shot does not take the previous shot's last frame as context, because a new caption may
 * put a different subject or setting on screen and forcing the old frame in would morph one into the other.
 * What carries across is the seed lineage: window w of every shot draws the same noise (seed, w), so a shot
 * that repeats the subject description starts from the same composition — the subject stays where it was.
 */
export async function renderSequence(
  model: WindowModel,
  request: GenerationRequest,
  options: SequenceOptions,
): Promise<Float32Array[]> {
  const { shape } = model;
  const window = shape.frames;
  const { overlap, steps, guidance } = options;
  const plan = planSequence(request, window, overlap, steps);
  const signal = options.hooks?.signal;
  const size = frameSize(shape);

  const totalFrames = plan.shots.reduce((n, s) => n + s.frames, 0);
  const userKnown = new Map<number, Float32Array>();
  for (const k of request.known ?? []) {
    if (!Number.isInteger(k.index) || k.index < 0 || k.index >= totalFrames) {
      throw new UnsupportedRequest(`known frame ${k.index} is outside the clip's ${totalFrames} frames`);
    }
    if (k.rgb.length !== request.width * request.height * 3) {
      throw new UnsupportedRequest(
        `known frame ${k.index} has ${k.rgb.length} bytes; ${request.width}×${request.height} RGB needs ` +
          `${request.width * request.height * 3}`,
      );
    }
    userKnown.set(k.index, await model.encodeFrame(k.rgb));
  }

  let step = 0;
  const onStep = () => {
    step++;
    options.hooks?.onStep?.({ step, totalSteps: plan.totalSteps });
  };
  const output: Float32Array[] = [];
  let firstShot: (Float32Array | undefined)[] = [];
  let offset = 0;
  for (let s = 0; s < plan.shots.length; s++) {
    const shot = plan.shots[s]!;
    const caption = request.shots[s]!.caption;
    const length = shot.generated + shot.tail;
    const gen: (Float32Array | undefined)[] = new Array(length).fill(undefined);
    // Where output frame i of this shot sits on the generation timeline.
    const genIndex = (i: number) => (shot.resample ? Math.round((i * shot.generated) / shot.frames) : i);
    const pinned = new Map<number, Float32Array>();
    for (const [index, frame] of userKnown) {
      if (index >= offset && index < offset + shot.frames) pinned.set(genIndex(index - offset), frame);
    }
    for (let w = 0; w < shot.starts.length; w++) {
      throwIfAborted(signal);
      const start = shot.starts[w]!;
      const known: (Float32Array | undefined)[] = [];
      for (let j = 0; j < window; j++) {
        const v = start + j;
        let frame = pinned.get(v);
        if (frame === undefined && v >= shot.generated) {
          // Loop tail: the clip's first frames (this shot's own when it is also the first).
          frame = (s === 0 ? gen : firstShot)[v - shot.generated];
        }
        if (frame === undefined && start > 0 && j < overlap) frame = gen[v];
        known.push(frame);
      }
      const x = await model.sampleWindow({
        caption,
        known,
        rng: new Rng(request.seed, w),
        steps,
        guidance,
        signal,
        onStep,
      });
      for (let j = 0; j < window && start + j < shot.generated; j++) {
        gen[start + j] = readFrame(x, shape, j, new Float32Array(size));
      }
    }
    if (s === 0) firstShot = gen;
    for (let i = 0; i < shot.frames; i++) output.push(gen[genIndex(i)]!);
    offset += shot.frames;
  }
  return output;
}
