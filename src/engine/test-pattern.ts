import type { ModelCard } from '../queue/model-card/index.js';
import type { GeneratedClip, GenerationHooks, GenerationRequest, VideoGenerator } from './generator.js';
import { throwIfAborted, UnsupportedRequest } from './generators/errors.js';

/** Options of the test-pattern generator: how slow each "step" is and what it draws. */
export interface TestPatternOptions {
  steps?: number;
  stepMs?: number;
  /** `gradient`: a smooth moving gradient (compresses well); `noise`: seeded random pixels (worst case for size). */
  pattern?: 'gradient' | 'noise';
  width?: number;
  height?: number;
  fps?: number;
}

/**
 * A deterministic pattern source that exercises the engine's queue, progress, cancellation, encoding and
 * size-cap paths without a model. It is never presented as AI output: its info says `test-pattern`.
 * Selected with `ENGINE_BACKEND=test-pattern`, shaped by `TEST_PATTERN` ({@link parseTestPattern}).
 */
export class TestPatternGenerator implements VideoGenerator {
  readonly info;

  constructor(private readonly options: TestPatternOptions = {}) {
    const card: ModelCard = {
      name: 'test-pattern',
      version: '1',
      description: 'Not a model: a deterministic test pattern for exercising the engine.',
      limits: {
        frames: 16,
        fps: options.fps ?? 8,
        sizes: [[options.width ?? 32, options.height ?? 32]],
        conditioning: ['first_frame', 'first_frames', 'last_frames', 'loop'],
        default_steps: options.steps ?? 4,
      },
      caption_language: { style: 'prose', guide: 'Any text.', examples: ['a test pattern'] },
    };
    this.info = { generator: 'test-pattern', card, device: 'cpu' };
  }

  async generate(request: GenerationRequest, hooks: GenerationHooks = {}): Promise<GeneratedClip> {
    const { width, height, seed } = request;
    const count = request.shots.reduce((n, s) => n + s.frames, 0);
    // Refused like a real model refuses them, so the engine's paths for refusals are exercised too.
    const [nativeWidth, nativeHeight] = this.info.card.limits.sizes[0]!;
    if (width !== nativeWidth || height !== nativeHeight) {
      throw new UnsupportedRequest(
        `the test pattern draws ${nativeWidth}×${nativeHeight}, not ${width}×${height}`,
      );
    }
    for (const known of request.known ?? []) {
      if (known.index < 0 || known.index >= count || known.rgb.length !== width * height * 3) {
        throw new UnsupportedRequest(
          `known frame ${known.index} does not fit a ${count}-frame clip at this size`,
        );
      }
    }
    const totalSteps = request.steps ?? this.info.card.limits.default_steps ?? 4;
    for (let step = 1; step <= totalSteps; step++) {
      throwIfAborted(hooks.signal);
      if (this.options.stepMs) await new Promise((r) => setTimeout(r, this.options.stepMs));
      throwIfAborted(hooks.signal);
      hooks.onStep?.({ step, totalSteps });
    }
    const frames: Uint8Array[] = [];
    let state = seed >>> 0 || 1;
    for (let f = 0; f < count; f++) {
      const frame = new Uint8Array(width * height * 3);
      for (let i = 0; i < width * height; i++) {
        if (this.options.pattern === 'noise') {
          // xorshift32: cheap, seeded, and incompressible enough to stress the size cap.
          state ^= state << 13;
          state ^= state >>> 17;
          state ^= state << 5;
          frame[i * 3] = state & 255;
          frame[i * 3 + 1] = (state >>> 8) & 255;
          frame[i * 3 + 2] = (state >>> 16) & 255;
        } else {
          const x = i % width;
          const y = Math.floor(i / width);
          frame[i * 3] = (x * 8 + f * 16 + seed) & 255;
          frame[i * 3 + 1] = (y * 8) & 255;
          frame[i * 3 + 2] = (128 + f * 8) & 255;
        }
      }
      frames.push(frame);
    }
    for (const known of request.known ?? []) frames[known.index] = known.rgb;
    if (request.loop && frames.length > 1) frames[frames.length - 1] = frames[0]!;
    return { width, height, fps: this.info.card.limits.fps, frames, modelMs: 0 };
  }

  async close(): Promise<void> {}
}

/**
 * Reads `TEST_PATTERN`: comma-separated `pattern=gradient|noise`, `steps=<n>`, `step-ms=<n>`, `size=<w>x<h>`,
 * `fps=<n>` (the config schema has already checked the syntax). Unset or empty: the defaults.
 */
export function parseTestPattern(spec: string | undefined): TestPatternOptions {
  const options: TestPatternOptions = {};
  for (const part of (spec ?? '').split(',').filter(Boolean)) {
    const [key, value = ''] = part.split('=');
    if (key === 'pattern' && (value === 'noise' || value === 'gradient')) options.pattern = value;
    else if (key === 'steps') options.steps = Number(value);
    else if (key === 'step-ms') options.stepMs = Number(value);
    else if (key === 'fps') options.fps = Number(value);
    else if (key === 'size') {
      const [w = 0, h = 0] = value.split('x').map(Number);
      options.width = w;
      options.height = h;
    }
  }
  return options;
}
