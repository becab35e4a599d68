// The conformance suite every VideoGenerator passes: the local ONNX pipelines, the test pattern, and the
// remote backends to come. It checks the contract the engine relies on (src/engine/generator.ts), the same
// way for each; what only one pipeline does stays in that pipeline's own tests.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultOverlap,
  type GeneratedClip,
  type GenerationRequest,
  type KnownFrame,
  type StepProgress,
  type VideoGenerator,
} from '../../src/engine/generator.js';
import { UnsupportedRequest } from '../../src/engine/generators/index.js';
import { type ModelLimits, modelCardSchema } from '../../src/queue/index.js';

/** A kind of conditioning a model card can declare. */
export type Conditioning = ModelLimits['conditioning'][number];
/** Width and height in pixels. */
export type Size = readonly [number, number];

const CONDITIONING: readonly Conditioning[] = ['first_frame', 'first_frames', 'last_frames', 'loop'];

/**
 * What the suite needs to know about a generator beyond its model card. Everything that costs a remote
 * backend real money or minutes is opt-in or sized here, so a slow backend runs the suite with few steps.
 */
export interface GeneratorDeclaration {
  /**
   * The same request and seed give identical frames, another seed different ones. Local models on CPU are;
   * a remote backend usually is not, and then the suite skips that case and the comparisons built on it.
   */
  deterministic: boolean;
  /** The size every case generates at; the card's first size when absent. */
  size?: Size;
  /** Denoising steps per request, kept low so the suite stays fast (default 2). */
  steps?: number;
  /**
   * Sizes the generator must refuse with UnsupportedRequest before any step. Default: twice the card's first
   * size (a model whose graph fixes its size). `[]` for a generator that draws at any size asked.
   */
  refusedSizes?: readonly Size[];
  /**
   * Conditioning the generator cannot do and must refuse with UnsupportedRequest before any step (a latent
   * model without a VAE encoder cannot take known frames). What the card declares must be honoured; what it
   * neither declares nor lists here must be honoured or refused, never silently ignored.
   */
  refuses?: readonly Conditioning[];
  /**
   * Largest per-byte difference between a known frame and the output frame at its index (default 0: a
   * pixel-space model keeps known frames exactly; a round trip through a VAE does not).
   */
  knownTolerance?: number;
}

/** Largest absolute byte difference between two frames. */
function maxDiff(a: Uint8Array, b: Uint8Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

function solid(width: number, height: number, rgb: readonly [number, number, number]): Uint8Array {
  const out = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) out.set(rgb, 3 * i);
  return out;
}

/** What one request came to: its clip or its error, and every progress event on the way. */
interface Attempt {
  clip?: GeneratedClip;
  error?: unknown;
  steps: StepProgress[];
}

/** Runs a request to its end, recording progress; never rejects. */
async function attempt(gen: VideoGenerator, request: GenerationRequest): Promise<Attempt> {
  const steps: StepProgress[] = [];
  try {
    return { clip: await gen.generate(request, { onStep: (p) => steps.push({ ...p }) }), steps };
  } catch (error) {
    return { error, steps };
  }
}

/** Expects an attempt to have been refused with UnsupportedRequest before any denoising step ran. */
function expectRefused(outcome: Attempt): void {
  expect(outcome.error, 'the request should be refused').toBeInstanceOf(UnsupportedRequest);
  expect(outcome.error).toMatchObject({ code: 'UNSUPPORTED_REQUEST' });
  expect(outcome.steps, 'a refusal comes before any step').toEqual([]);
}

/**
 * Registers the conformance cases for one generator: `open` is called once before them and the generator
 * closed after. Cases: info, frame count and shape, progress, seed determinism (when declared), abort between
 * steps, each kind of conditioning honoured or refused with a typed error, and sizes it cannot take refused.
 */
export function describeGeneratorConformance(
  name: string,
  open: () => Promise<VideoGenerator>,
  declared: GeneratorDeclaration,
): void {
  describe(`${name}: VideoGenerator conformance`, () => {
    let gen: VideoGenerator;
    let width: number;
    let height: number;
    let window: number;
    let caption: string;
    const steps = declared.steps ?? 2;
    const tolerance = declared.knownTolerance ?? 0;
    const seed = 42;

    beforeAll(async () => {
      gen = await open();
      [width, height] = declared.size ?? gen.info.card.limits.sizes[0]!;
      window = gen.info.card.limits.frames;
      caption = gen.info.card.caption_language.examples[0]!;
    });
    afterAll(async () => {
      await gen?.close();
    });

    /** One shot of one window at the declared size: the request every case starts from. */
    const request = (extra: Partial<GenerationRequest> = {}): GenerationRequest => ({
      shots: [{ caption, frames: window }],
      width,
      height,
      seed,
      steps,
      ...extra,
    });
    // Generated once and shared: the reference for determinism, abort recovery, loop and extension.
    let base: Promise<GeneratedClip> | undefined;
    const baseClip = () => {
      base ??= gen.generate(request());
      return base;
    };
    let twoShots: Promise<Attempt> | undefined;
    const twoShotRun = async () => {
      twoShots ??= attempt(
        gen,
        request({
          shots: [
            { caption, frames: window },
            { caption, frames: 3 },
          ],
        }),
      );
      const outcome = await twoShots;
      if (outcome.clip === undefined) throw outcome.error;
      return { clip: outcome.clip, steps: outcome.steps };
    };

    it('GIVEN the loaded generator THEN its info names the implementation, a valid model card and the device', () => {
      expect(gen.info.generator).toMatch(/\S/);
      expect(gen.info.device).toMatch(/\S/);
      expect(modelCardSchema.safeParse(gen.info.card).success).toBe(true);
    });

    it('GIVEN two shots THEN as many frames as the shots add up to, each width×height×3 bytes at the native size, at the card’s fps', async () => {
      const { clip } = await twoShotRun();
      expect([clip.width, clip.height]).toEqual([width, height]);
      expect(clip.fps).toBe(gen.info.card.limits.fps);
      expect(clip.frames).toHaveLength(window + 3);
      for (const frame of clip.frames) {
        expect(frame).toBeInstanceOf(Uint8Array);
        expect(frame.length).toBe(width * height * 3);
      }
      expect(Number.isFinite(clip.modelMs) && clip.modelMs >= 0).toBe(true);
    });

    it('GIVEN a run THEN onStep counts 1, 2, … up to totalSteps, one step at a time, with totalSteps fixed', async () => {
      const { steps: seen } = await twoShotRun();
      expect(seen.length).toBeGreaterThan(0);
      const total = seen[0]!.totalSteps;
      expect(seen.map((p) => p.totalSteps)).toEqual(seen.map(() => total));
      expect(seen.map((p) => p.step)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    });

    it.skipIf(!declared.deterministic)(
      'GIVEN the same request and seed THEN identical frames; GIVEN another seed THEN different frames',
      async () => {
        const a = await baseClip();
        const b = await gen.generate(request());
        const c = await gen.generate(request({ seed: seed + 1 }));
        expect(b.frames).toEqual(a.frames);
        expect(c.frames).not.toEqual(a.frames);
      },
    );

    it('GIVEN an abort after step 2 THEN AbortError, no further step, and the next request runs as if nothing happened', async () => {
      const controller = new AbortController();
      const seen: number[] = [];
      const aborted = gen.generate(request({ steps: Math.max(steps, 4) }), {
        signal: controller.signal,
        onStep: ({ step }) => {
          seen.push(step);
          if (step === 2) controller.abort();
        },
      });
      await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
      expect(seen).toEqual([1, 2]);
      // A generator that queues requests finishes the aborted one first: no late step may arrive meanwhile.
      const after = await gen.generate(request());
      expect(seen).toEqual([1, 2]);
      expect(after.frames).toHaveLength(window);
      if (declared.deterministic) expect(after.frames).toEqual((await baseClip()).frames);
    });

    it('GIVEN a signal that has already fired THEN AbortError before any step', async () => {
      const seen: number[] = [];
      const run = gen.generate(request(), {
        signal: AbortSignal.abort(),
        onStep: ({ step }) => seen.push(step),
      });
      await expect(run).rejects.toMatchObject({ name: 'AbortError' });
      expect(seen).toEqual([]);
    });

    it('GIVEN its declaration THEN the card declares no conditioning the generator refuses', () => {
      for (const kind of declared.refuses ?? [])
        expect(gen.info.card.limits.conditioning).not.toContain(kind);
    });

    /** Expects the clip to carry a known frame as given, within the declared tolerance. */
    const expectKept = (clip: GeneratedClip, { index, rgb }: KnownFrame) => {
      const frame = clip.frames[index]!;
      expect(frame.length, `frame ${index}`).toBe(rgb.length);
      expect(maxDiff(frame, rgb), `frame ${index}`).toBeLessThanOrEqual(tolerance);
    };

    /** A request with this conditioning, and the check that the clip honours it. */
    const conditioned: Record<
      Conditioning,
      () => Promise<{ request: GenerationRequest; honoured: (clip: GeneratedClip) => Promise<void> }>
    > = {
      first_frame: async () => {
        const first = solid(width, height, [230, 30, 30]);
        return {
          request: request({ known: [{ index: 0, rgb: first }] }),
          honoured: async (clip) => {
            expect(clip.frames).toHaveLength(window);
            expectKept(clip, { index: 0, rgb: first });
            // The rest is generated, not the given frame repeated.
            expect(maxDiff(clip.frames[Math.floor(window / 2)]!, first)).toBeGreaterThan(tolerance);
          },
        };
      },
      // Extend forward: the parent's last k frames open the new clip (k as the engine's plan stage picks it).
      first_frames: async () => {
        const parent = (await baseClip()).frames;
        const k = defaultOverlap(window);
        const known: KnownFrame[] = parent.slice(window - k).map((rgb, index) => ({ index, rgb }));
        return {
          request: request({ seed: 7, known }),
          honoured: async (clip) => {
            expect(clip.frames).toHaveLength(window);
            for (const frame of known) expectKept(clip, frame);
          },
        };
      },
      // Extend backward: the parent's first k frames close the new clip.
      last_frames: async () => {
        const parent = (await baseClip()).frames;
        const k = defaultOverlap(window);
        const known: KnownFrame[] = parent.slice(0, k).map((rgb, i) => ({ index: window - k + i, rgb }));
        return {
          request: request({ seed: 7, known }),
          honoured: async (clip) => {
            expect(clip.frames).toHaveLength(window);
            for (const frame of known) expectKept(clip, frame);
          },
        };
      },
      loop: async () => ({
        request: request({ loop: true }),
        honoured: async (clip) => {
          expect(clip.frames).toHaveLength(window);
          // Not silently ignored: the same seed without `loop` gives another clip.
          if (declared.deterministic) expect(clip.frames).not.toEqual((await baseClip()).frames);
        },
      }),
    };

    const declares = (kind: Conditioning) => gen.info.card.limits.conditioning.includes(kind);
    for (const kind of CONDITIONING) {
      if (declared.refuses?.includes(kind)) {
        it(`GIVEN ${kind} conditioning, which it cannot do, THEN UnsupportedRequest before any step`, async () => {
          expectRefused(await attempt(gen, (await conditioned[kind]()).request));
        });
        continue;
      }
      it(`GIVEN ${kind} conditioning THEN honoured where the card declares it, else honoured or refused with UnsupportedRequest`, async () => {
        const { request: asked, honoured } = await conditioned[kind]();
        const outcome = await attempt(gen, asked);
        if (outcome.clip !== undefined) return honoured(outcome.clip);
        if (declares(kind)) throw outcome.error;
        expectRefused(outcome);
      });
    }

    it.skipIf(declared.refusedSizes?.length === 0)(
      'GIVEN a size it cannot take THEN UnsupportedRequest before any step',
      async () => {
        const listed = gen.info.card.limits.sizes;
        const refused =
          declared.refusedSizes ??
          [[2 * width, 2 * height] as const].filter(([w, h]) => !listed.some(([x, y]) => x === w && y === h));
        expect(refused.length, 'a size to refuse').toBeGreaterThan(0);
        for (const [rw, rh] of refused) expectRefused(await attempt(gen, request({ width: rw, height: rh })));
      },
    );
  });
}
