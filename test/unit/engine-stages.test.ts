import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { findFfmpeg } from '../../src/engine/encoder/index.js';
import { Cancelled, failureOf, JobFailed, TimedOut } from '../../src/engine/errors.js';
import type { VideoGenerator } from '../../src/engine/generator.js';
import { UnsupportedRequest } from '../../src/engine/generators/index.js';
import { encode } from '../../src/engine/stages/encode.js';
import { generate } from '../../src/engine/stages/generate.js';
import {
  type ClipWork,
  type EngineServices,
  JOB_STAGES,
  type JobContext,
  planGeneration,
  runStages,
  type Stage,
} from '../../src/engine/stages/index.js';
import { plan } from '../../src/engine/stages/plan.js';
import { TestPatternGenerator } from '../../src/engine/test-pattern.js';
import {
  type ArtifactStore,
  decodeFailure,
  encodeFailure,
  failures,
  type GenerateJob,
  generateJobSchema,
  InvalidPayload,
} from '../../src/queue/index.js';

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

const work = (): ClipWork => ({ startedAt: performance.now(), timings: {}, modelMs: 0, checks: [] });
const noStore: ArtifactStore = {
  put: async () => undefined,
  get: async () => null,
  size: async () => null,
  delete: async () => undefined,
};

function context(generator: VideoGenerator, extra: Partial<EngineServices> = {}, data = job()): JobContext {
  const engine = {
    config: loadConfig({}),
    generator,
    store: noStore,
    log: pino({ level: 'silent' }),
    ...extra,
  } as EngineServices;
  return { jobId: 'job-1', job: data, engine, work: work() };
}

const io = () => ({ signal: new AbortController().signal, progress: () => undefined });

describe('plan and the operator limits', () => {
  const ffmpeg = { path: 'ffmpeg', version: 'n/a', source: 'system' as const };
  const config = loadConfig({ MAX_DURATION_SECONDS: '4', DEFAULT_DURATION_SECONDS: '2', MAX_STEPS: '30' });

  it('GIVEN a model whose default steps are above MAX_STEPS THEN it is asked for MAX_STEPS; a lower default or an asked count stands', async () => {
    const steps = async (generator: VideoGenerator, data = job()) => {
      const ctx = context(generator, { ffmpeg, config }, data);
      expect(await plan.run(ctx, io())).toEqual({ ok: true });
      return ctx.work.plan?.request.steps;
    };
    expect(await steps(new TestPatternGenerator({ steps: 80 }))).toBe(30);
    expect(await steps(new TestPatternGenerator({ steps: 80 }), job({ steps: 12 }))).toBe(12);
    expect(await steps(new TestPatternGenerator({ steps: 4 }))).toBeUndefined();
  });

  it('GIVEN a job over MAX_DURATION_SECONDS or MAX_STEPS THEN plan fails it as over the limit', async () => {
    const generator = new TestPatternGenerator();
    for (const [data, field] of [
      [job({ durationSeconds: 4.5 }), 'durationSeconds'],
      [job({ steps: 31 }), 'steps'],
    ] as const) {
      const outcome = await plan.run(context(generator, { ffmpeg, config }, data), io());
      expect(outcome).toMatchObject({ ok: false, failure: { code: 'OVER_LIMIT', field } });
    }
  });
});

describe('the stage pipeline', () => {
  it('GIVEN the job stages THEN they run plan → generate → check → watermark → encode → checked → sign → store → hand-off', () => {
    expect(JOB_STAGES.map((s) => s.name)).toEqual([
      'plan',
      'generate',
      'check',
      'watermark',
      'encode',
      'checked',
      'sign',
      'store',
      'handOff',
    ]);
  });

  it('GIVEN a stage that returns a failure THEN the later stages do not run and the failure ends the job, with the stages that ran timed', async () => {
    const ran: string[] = [];
    const stage = (name: string, outcome: Awaited<ReturnType<Stage['run']>>): Stage => ({
      name,
      run: async () => {
        ran.push(name);
        return outcome;
      },
    });
    const ctx = context(new TestPatternGenerator());
    const run = runStages(
      [
        stage('a', { ok: true }),
        stage('b', { ok: false, failure: failures.expired('clip') }),
        stage('c', { ok: true }),
      ],
      ctx,
      io(),
    );
    await expect(run).rejects.toBeInstanceOf(JobFailed);
    await expect(run).rejects.toMatchObject({ failure: { code: 'EXPIRED', what: 'clip' } });
    expect(ran).toEqual(['a', 'b']);
    expect(Object.keys(ctx.work.timings)).toEqual(['a', 'b']);
  });

  it('GIVEN the model refuses the request THEN generate returns an UNSUPPORTED failure naming the model, not its internal reason', async () => {
    const refusing = new TestPatternGenerator();
    refusing.generate = async () => {
      throw new UnsupportedRequest('known frame 99 is outside the clip of 16 frames (tensor [1, 16, 3])');
    };
    const ctx = context(refusing);
    ctx.work.plan = await planGeneration(ctx.job, refusing.info, { store: noStore, decode: async () => [] });
    const outcome = await generate.run(ctx, io());
    expect(outcome).toEqual({
      ok: false,
      failure: failures.unsupported('request', 'test-pattern 1'),
    });
    expect(JSON.stringify(outcome)).not.toContain('tensor');
  });

  it('GIVEN a server whose upload limit no clip can meet THEN encode returns CLIP_TOO_LARGE with the size and the limit', async () => {
    const generator = new TestPatternGenerator({ pattern: 'noise', width: 64, height: 64 });
    const ffmpeg = await findFfmpeg();
    const data = job({
      requester: {
        source: 'discord',
        userId: '100000000000000001',
        channelId: '200000000000000001',
        attachmentSizeLimit: 2000,
      },
    });
    const ctx = context(generator, { ffmpeg }, data);
    const clip = await generator.generate({
      shots: [{ caption: 'x', frames: 16 }],
      width: 64,
      height: 64,
      seed: 3,
    });
    ctx.work.clip = clip;
    const outcome = await encode.run(ctx, io());
    expect(outcome.ok).toBe(false);
    const failure = !outcome.ok ? outcome.failure : undefined;
    expect(failure).toMatchObject({ code: 'CLIP_TOO_LARGE', limit: 2000 });
    expect((failure as { bytes: number }).bytes).toBeGreaterThan(2000);
  });

  it.each([
    ['loop', { kind: 'loop', conditioning: { mode: 'loop' } }, 'loop'],
    [
      'extend',
      {
        kind: 'extend',
        conditioning: {
          mode: 'extend',
          direction: 'forward',
          parent: { key: 'clip:x', contentType: 'video/mp4' },
        },
      },
      'extend',
    ],
    [
      'animate',
      {
        kind: 'animate',
        conditioning: { mode: 'first_frame', image: { key: 'upload:x', contentType: 'image/png' } },
      },
      'image',
    ],
  ])(
    'GIVEN a %s job for a model that cannot do it THEN planning fails UNSUPPORTED before anything runs',
    async (_, extra, capability) => {
      const plain = new TestPatternGenerator();
      const info = {
        ...plain.info,
        card: { ...plain.info.card, limits: { ...plain.info.card.limits, conditioning: [] } },
      };
      const plan = planGeneration(job(extra), info, { store: noStore, decode: async () => [] });
      await expect(plan).rejects.toMatchObject({
        failure: { code: 'UNSUPPORTED', capability, model: 'test-pattern 1' },
      });
    },
  );
});

describe('failureOf: what a job threw → what its requester is told', () => {
  const aborted = (reason: unknown) => {
    const controller = new AbortController();
    controller.abort(reason);
    return controller.signal;
  };
  const live = new AbortController().signal;

  it('GIVEN a cancel or a timeout THEN the signal’s reason decides, whatever the interrupted code threw', () => {
    const abortError = new DOMException('generation cancelled', 'AbortError');
    expect(failureOf(abortError, aborted(new Cancelled()))).toEqual({
      failure: failures.cancelled(),
      expected: true,
    });
    expect(failureOf(new Error('ffmpeg killed'), aborted(new TimedOut(30)))).toEqual({
      failure: failures.timedOut(30),
      expected: true,
    });
  });

  it('GIVEN a payload that breaks the contract THEN INVALID_REQUEST naming the field', () => {
    const error = new InvalidPayload('prompt: Too small', { field: 'prompt', kind: 'too_small', limit: 1 });
    expect(failureOf(error, live)).toEqual({ failure: failures.invalidRequest('prompt'), expected: true });
  });

  it('GIVEN an internal error THEN ENGINE_ERROR, flagged unexpected, and its text never reaches the encoded reason', () => {
    const error = new TypeError(
      "Cannot read properties of undefined (reading 'frames') at /srv/zoetrope/a.js:1",
    );
    const { failure, expected } = failureOf(error, live);
    expect(expected).toBe(false);
    expect(failure.code).toBe('ENGINE_ERROR');
    const reason = encodeFailure(failure);
    expect(reason).not.toMatch(/Cannot read|\/srv|TypeError/);
    expect(decodeFailure(reason)).toEqual(failure);
  });
});
