import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { VideoGenerator } from '../../src/engine/generator.js';
import {
  type EngineServices,
  JOB_STAGES,
  type JobContext,
  sampleFrames,
} from '../../src/engine/stages/index.js';
import {
  type FrameClassifier,
  type FrameModerator,
  type FrameScores,
  frameFindings,
  frameModerator,
  type NSFW_CLASSES,
  resizeRgb,
  scoresFromRow,
} from '../../src/moderation/frames/index.js';
import type { RgbImage } from '../../src/moderation/types.js';
import {
  DEFAULT_POLICY,
  type GenerateJob,
  generateJobSchema,
  type ModerationPolicy,
  moderationPolicySchema,
  type Progress,
} from '../../src/queue/index.js';

/** Scores with the rest of the probability on Neutral. */
function scores(some: Partial<Record<(typeof NSFW_CLASSES)[number], number>>): FrameScores {
  const rest = 1 - Object.values(some).reduce((a, b) => a + b, 0);
  return { Drawing: 0, Hentai: 0, Neutral: rest, Porn: 0, Sexy: 0, ...some };
}

/** A classifier that answers the same scores for every image (or per image from a list) and counts calls. */
function fakeClassifier(answer: FrameScores | FrameScores[]): FrameClassifier & { calls: RgbImage[][] } {
  const calls: RgbImage[][] = [];
  return {
    name: 'fake classifier',
    calls,
    async classify(images) {
      calls.push([...images]);
      return images.map((_, i) => (Array.isArray(answer) ? answer[i]! : answer));
    },
    async close() {},
  };
}

const policy = (levels: Partial<ModerationPolicy>) => moderationPolicySchema.parse(levels);
const image = (): RgbImage => ({ width: 2, height: 2, rgb: new Uint8Array(12) });

describe('frame sampling', () => {
  it('GIVEN a 2 s clip at 8 fps THEN the first, middle and last frames are checked', () => {
    expect(sampleFrames(16, 8)).toEqual([0, 8, 15]);
  });

  it.each([
    [1, 8],
    [2, 8],
    [16, 8],
    [24, 8],
    [33, 8],
    [64, 8],
    [90, 24],
    [480, 8],
    [61, 30],
    [7, 1],
  ])('GIVEN %i frames at %i fps THEN first, middle and last are in, and no second goes unseen', (n, fps) => {
    const picked = sampleFrames(n, fps);
    expect(picked[0]).toBe(0);
    expect(picked.at(-1)).toBe(n - 1);
    expect(picked).toContain(Math.round((n - 1) / 2));
    expect(new Set(picked).size).toBe(picked.length);
    expect([...picked].sort((a, b) => a - b)).toEqual(picked);
    for (let i = 1; i < picked.length; i++) expect(picked[i]! - picked[i - 1]!).toBeLessThanOrEqual(fps);
    // One per second and no more than about that: the check's cost grows with duration, not frame count.
    expect(picked.length).toBeLessThanOrEqual(Math.max(3, Math.ceil((n - 1) / fps) + 2));
  });

  it('GIVEN an 8 s clip at 8 fps THEN 9 frames are checked, one every second', () => {
    expect(sampleFrames(64, 8)).toEqual([0, 8, 16, 24, 32, 39, 47, 55, 63]);
  });

  it('GIVEN no frames THEN nothing is sampled', () => {
    expect(sampleFrames(0, 8)).toEqual([]);
  });
});

describe('frame scores → findings', () => {
  it('GIVEN a frame scored Porn 0.9 THEN one explicit sexual finding from the frames layer, naming the frame', () => {
    expect(frameFindings(scores({ Porn: 0.9 }), 4)).toEqual([
      {
        category: 'sexual',
        severity: 'explicit',
        score: 0.9,
        layer: 'frames',
        evidence: 'frame 4: Porn 0.90',
      },
    ]);
  });

  it('GIVEN Hentai over the threshold THEN it is explicit too', () => {
    expect(frameFindings(scores({ Hentai: 0.7 }), 0)[0]?.severity).toBe('explicit');
  });

  it('GIVEN a frame split between Porn and Hentai THEN their sum counts, so it is not missed', () => {
    const [finding] = frameFindings(scores({ Porn: 0.3, Hentai: 0.3 }), 0);
    expect(finding?.severity).toBe('explicit');
    expect(finding?.score).toBeCloseTo(0.6);
  });

  it('GIVEN a frame scored Sexy 0.8 THEN one mild sexual finding', () => {
    expect(frameFindings(scores({ Sexy: 0.8 }), 2)).toMatchObject([{ severity: 'mild', score: 0.8 }]);
  });

  it('GIVEN Porn under the explicit threshold but Porn + Sexy over the suggestive one THEN mild', () => {
    expect(frameFindings(scores({ Porn: 0.35, Sexy: 0.35 }), 0)).toMatchObject([{ severity: 'mild' }]);
  });

  it.each([
    ['neutral', scores({})],
    ['a drawing', scores({ Drawing: 0.95 })],
    ['a little of everything', scores({ Porn: 0.2, Hentai: 0.1, Sexy: 0.2, Drawing: 0.2 })],
  ])('GIVEN %s THEN no finding', (_, s) => {
    expect(frameFindings(s, 0)).toEqual([]);
  });

  it('GIVEN a model row THEN scores are read in nsfwjs class order, and a row of the wrong length is refused', () => {
    expect(scoresFromRow([0.1, 0.2, 0.3, 0.4, 0])).toEqual({
      Drawing: 0.1,
      Hentai: 0.2,
      Neutral: 0.3,
      Porn: 0.4,
      Sexy: 0,
    });
    expect(() => scoresFromRow([1, 0])).toThrow(RangeError);
  });
});

describe('frame moderator: policy cases through the classifier port', () => {
  it('GIVEN Porn scored high THEN the default policy blocks it as sexual, decided by the frames layer', async () => {
    const decision = await frameModerator(fakeClassifier(scores({ Porn: 0.95 }))).check(
      [image(), image(), image()],
      DEFAULT_POLICY,
    );
    expect(decision).toMatchObject({ decision: 'block', categories: ['sexual'], layer: 'frames' });
    expect(decision.scores.sexual).toBeCloseTo(0.95);
    expect(decision.findings).toHaveLength(3);
  });

  it('GIVEN one flagged frame among clean ones THEN the clip is blocked, and the evidence names that frame', async () => {
    const clean = scores({});
    const moderator = frameModerator(fakeClassifier([clean, scores({ Hentai: 0.8 }), clean]));
    const decision = await moderator.check([image(), image(), image()], DEFAULT_POLICY);
    expect(decision.decision).toBe('block');
    expect(decision.findings.map((f) => f.evidence)).toEqual(['frame 1: Hentai 0.80']);
  });

  it('GIVEN Sexy scored high THEN a strict server blocks it and a standard one allows it', async () => {
    const moderator = frameModerator(fakeClassifier(scores({ Sexy: 0.85 })));
    const strict = await moderator.check([image()], policy({ sexual: 'strict' }));
    const standard = await moderator.check([image()], policy({ sexual: 'standard' }));
    expect(strict).toMatchObject({ decision: 'block', categories: ['sexual'] });
    expect(standard).toMatchObject({ decision: 'allow', categories: [], layer: 'frames' });
    // Allowed, but what was seen is still reported.
    expect(standard.scores.sexual).toBeCloseTo(0.85);
  });

  it('GIVEN Porn scored high in an adult channel THEN it is allowed', async () => {
    const moderator = frameModerator(fakeClassifier(scores({ Porn: 0.99 })));
    expect((await moderator.check([image()], policy({ adult: true }))).decision).toBe('allow');
    expect((await moderator.check([image()], policy({ sexual: 'permissive' }))).decision).toBe('allow');
  });

  it('GIVEN Porn scored high on a standard server THEN it is still blocked (explicit)', async () => {
    const moderator = frameModerator(fakeClassifier(scores({ Porn: 0.7 })));
    expect((await moderator.check([image()], policy({ sexual: 'standard' }))).decision).toBe('block');
  });

  it('GIVEN clean frames THEN allowed, and the moderator names its classifier', async () => {
    const moderator = frameModerator(fakeClassifier(scores({ Drawing: 0.6 })));
    expect((await moderator.check([image()], DEFAULT_POLICY)).decision).toBe('allow');
    expect(moderator.name).toBe('fake classifier');
  });

  it('GIVEN no images THEN allowed without asking the classifier', async () => {
    const classifier = fakeClassifier(scores({ Porn: 1 }));
    expect((await frameModerator(classifier).check([], DEFAULT_POLICY)).decision).toBe('allow');
    expect(classifier.calls).toHaveLength(0);
  });

  it('GIVEN a classifier that loses an answer THEN the check fails rather than allowing unseen frames', async () => {
    const broken: FrameClassifier = { ...fakeClassifier(scores({})), classify: async () => [] };
    await expect(frameModerator(broken).check([image()], DEFAULT_POLICY)).rejects.toThrow(/scored 0 of 1/);
  });
});

describe('resizing frames for the classifier', () => {
  it('GIVEN a 2×2 image THEN 3×3 interpolates between its corners, which are kept', () => {
    const rgb = new Uint8Array([0, 0, 0, 100, 100, 100, 200, 200, 200, 100, 50, 0]);
    const out = resizeRgb({ width: 2, height: 2, rgb }, 3, 3);
    const px = (x: number, y: number) => [...out.subarray((y * 3 + x) * 3, (y * 3 + x) * 3 + 3)];
    expect(px(0, 0)).toEqual([0, 0, 0]);
    expect(px(2, 0)).toEqual([100, 100, 100]);
    expect(px(0, 2)).toEqual([200, 200, 200]);
    expect(px(2, 2)).toEqual([100, 50, 0]);
    expect(px(1, 0)).toEqual([50, 50, 50]);
    expect(px(1, 1)).toEqual([100, 88, 75]);
  });

  it('GIVEN a flat frame of any size THEN the 224² input is the same flat colour', () => {
    const rgb = new Uint8Array(32 * 18 * 3).map((_, i) => [10, 120, 250][i % 3]!);
    const out = resizeRgb({ width: 32, height: 18, rgb }, 224, 224);
    expect(out.length).toBe(224 * 224 * 3);
    expect(new Set(out.filter((_, i) => i % 3 === 1))).toEqual(new Set([120]));
  });

  it('GIVEN bytes that do not match the stated size THEN it refuses', () => {
    expect(() => resizeRgb({ width: 4, height: 4, rgb: new Uint8Array(10) }, 224, 224)).toThrow(RangeError);
  });
});

describe('check stage', () => {
  const job = (extra: Record<string, unknown> = {}): GenerateJob =>
    generateJobSchema.parse({
      version: 1,
      kind: 'generate',
      prompt: 'a red circle',
      caption: { text: 'a red circle', expander: 'verbatim' },
      durationSeconds: 2,
      seed: 1,
      requester: { source: 'cli', userId: 'tester' },
      createdAt: 0,
      ...extra,
    });
  const check = JOB_STAGES.find((s) => s.name === 'check')!;
  const checked = JOB_STAGES.find((s) => s.name === 'checked')!;
  const clipOf = (frames: number) => ({
    width: 4,
    height: 2,
    fps: 8,
    frames: Array.from({ length: frames }, (_, i) => new Uint8Array(24).fill(i)),
  });

  function context(frames: FrameModerator | undefined, data = job()): JobContext {
    const engine = {
      config: loadConfig({}),
      generator: {} as VideoGenerator,
      log: pino({ level: 'silent' }),
      ...(frames && { frames }),
    } as EngineServices;
    return {
      jobId: 'job-1',
      job: data,
      engine,
      work: { startedAt: 0, timings: {}, modelMs: 0, checks: [], clip: clipOf(16) },
    };
  }

  /** The check as the pipeline runs it: started by `check`, decided by `checked`. */
  async function run(ctx: JobContext) {
    const progress: Progress[] = [];
    const io = { signal: new AbortController().signal, progress: (p: Progress) => progress.push(p) };
    const started = await check.run(ctx, io);
    const outcome = started.ok ? await checked.run(ctx, io) : started;
    return { outcome, progress };
  }

  it('GIVEN flagged frames THEN the job fails as a policy refusal naming the category, and reports no check', async () => {
    const ctx = context(frameModerator(fakeClassifier(scores({ Porn: 0.9 }))));
    const { outcome, progress } = await run(ctx);
    expect(outcome).toEqual({
      ok: false,
      failure: { code: 'POLICY_REFUSED', message: expect.any(String), categories: ['sexual'] },
    });
    expect(ctx.work.checks).toEqual([]);
    expect(progress.map((p) => p.stage)).toEqual(['checking']);
  });

  it('GIVEN clean frames THEN it passes and reports the frames checked and by what', async () => {
    const classifier = fakeClassifier(scores({}));
    const ctx = context(frameModerator(classifier));
    expect((await run(ctx)).outcome).toEqual({ ok: true });
    expect(ctx.work.checks).toEqual([
      { name: 'frames checked', passed: true, detail: '3 frames, fake classifier' },
    ]);
    // The sampled frames themselves, at the clip's native size.
    expect(classifier.calls[0]?.map((i) => [i.width, i.height, i.rgb[0]])).toEqual([
      [4, 2, 0],
      [4, 2, 8],
      [4, 2, 15],
    ]);
  });

  it("GIVEN the job's own policy THEN it is the one applied (Sexy passes on a standard server)", async () => {
    const moderator = frameModerator(fakeClassifier(scores({ Sexy: 0.9 })));
    expect((await run(context(moderator))).outcome.ok).toBe(false);
    const standard = job({ policy: { sexual: 'standard' } });
    expect((await run(context(moderator, standard))).outcome.ok).toBe(true);
  });

  it('GIVEN frame moderation off THEN it checks nothing and reports nothing', async () => {
    const ctx = context(undefined);
    const { outcome, progress } = await run(ctx);
    expect(outcome).toEqual({ ok: true });
    expect(ctx.work.checks).toEqual([]);
    expect(progress).toEqual([]);
  });
});
