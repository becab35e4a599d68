import { ApiError, type FalClient } from '@fal-ai/client';
import { z } from 'zod';
import { type ModelCard, type PricedMode, roundUpCents } from '../../../queue/index.js';
import { ShuttingDown } from '../../errors.js';
import type {
  GeneratedClip,
  GenerationHooks,
  GenerationRequest,
  GeneratorInfo,
  VideoGenerator,
} from '../../generator.js';
import { abortError, throwIfAborted, UnsupportedRequest } from '../../generators/errors.js';
import type { HostLog } from '../../model-host/index.js';
import { FAL_FPS, FAL_SIZES, falInput, framesToAsk, modeOf } from './inputs.js';
import { clipDataUri, downloadVideo, framesOf, stillDataUri } from './media.js';
import { type FalLog, fractionFromLogs, StepReporter } from './progress.js';
import type { RecordedRequest, RequestRecords } from './request-record.js';
import type { FalSettings } from './settings.js';

/** Denoising steps the default Wan 2.2 endpoints run when none are asked for (fal's default). */
const DEFAULT_STEPS = 27;

/** What the fal generator is built from; tests pass a client pointed at a local fake. */
export interface FalGeneratorOptions {
  client: FalClient;
  settings: FalSettings;
  /** Absent: no request is recorded, and a retried job submits again (the conformance suite, the bench). */
  records?: RequestRecords;
  ffmpeg: string;
  log: HostLog;
  /** Called once by close(): what the opener opened for this generator (its Redis connection). */
  onClose?: () => Promise<void>;
}

// The parts of fal's status and result the backend reads; the rest is passed over.
const statusSchema = z.object({
  status: z.enum(['IN_QUEUE', 'IN_PROGRESS', 'COMPLETED']),
  queue_position: z.number().optional(),
  logs: z.array(z.object({ message: z.string() }).passthrough()).nullish(),
  error: z.string().nullish(),
});
const outputSchema = z.object({ video: z.object({ url: z.string().min(1) }).passthrough() }).passthrough();

/** Backoff after a rate limit or an outage: doubling from the poll interval, capped, with jitter. */
const MAX_BACKOFF_MS = 30_000;

/**
 * A VideoGenerator on fal's hosted open models, through fal's queue API (`@fal-ai/client`): submit, poll
 * the status (queue position, then logs), fetch the result, download and decode the video. A request is
 * recorded under its job before any waiting, so a rate limit, an outage, a BullMQ retry or an engine
 * restart resumes it instead of paying for a second one; a cancelled or timed-out job cancels it at fal.
 */
export class FalGenerator implements VideoGenerator {
  readonly info: GeneratorInfo;

  constructor(private readonly options: FalGeneratorOptions) {
    this.info = { generator: 'fal', card: falCard(options.settings), device: 'remote:fal' };
  }

  async generate(request: GenerationRequest, hooks: GenerationHooks = {}): Promise<GeneratedClip> {
    const { signal, jobId } = hooks;
    throwIfAborted(signal);
    const started = performance.now();
    const wanted = request.shots.reduce((n, s) => n + s.frames, 0);
    const mode = this.refuseWhatCannotBeDone(request, wanted);
    const endpoint = this.options.settings.endpoints[mode];
    const numFrames = framesToAsk(mode, wanted);
    const steps = new StepReporter(
      request.steps ?? this.info.card.limits.default_steps ?? DEFAULT_STEPS,
      hooks.onStep,
      signal,
    );

    const request_ = await this.resumeOrSubmit(mode, endpoint, request, numFrames, jobId, signal);
    try {
      await this.waitUntilDone(request_, steps, hooks);
      steps.completed();
      const output = await this.result(request_, signal);
      const video = await downloadVideo(output.video.url, signal);
      const frames = await framesOf(
        video,
        request.width,
        request.height,
        wanted,
        this.options.ffmpeg,
        signal,
      );
      return {
        width: request.width,
        height: request.height,
        fps: FAL_FPS,
        frames,
        // The remote's time is the model's time here: what is left is the engine's own overhead.
        modelMs: performance.now() - started,
        // fal bills the seconds it generated (the frames asked, at its rate), whatever part of them is kept.
        billedUsd: roundUpCents((numFrames / FAL_FPS) * this.options.settings.prices[mode]),
      };
    } catch (error) {
      if (signal?.aborted) {
        await this.cancel(request_, jobId, signal.reason);
        throw abortError(signal);
      }
      // fal refused or failed this request for good: a retry of the job must submit afresh, not resume it.
      if (jobId && (error instanceof FalRequestFailed || error instanceof UnsupportedRequest)) {
        await this.options.records?.clear(jobId);
      }
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.options.onClose?.();
  }

  /** Refusals come before anything is sent, so nothing is billed for a request fal could not serve. */
  private refuseWhatCannotBeDone(request: GenerationRequest, wanted: number): PricedMode {
    const sizes = this.info.card.limits.sizes;
    if (!sizes.some(([w, h]) => w === request.width && h === request.height)) {
      throw new UnsupportedRequest(
        `fal at ${this.options.settings.resolution} makes ${sizes.map((s) => s.join('×')).join(', ')}, not ${request.width}×${request.height}`,
      );
    }
    const mode = modeOf(request);
    framesToAsk(mode, wanted);
    for (const known of request.known ?? []) {
      if (known.rgb.length !== request.width * request.height * 3) {
        throw new UnsupportedRequest(`known frame ${known.index} is not ${request.width}×${request.height}`);
      }
    }
    return mode;
  }

  /** The job's recorded request if it has one for this endpoint; otherwise a new one, recorded at once. */
  private async resumeOrSubmit(
    mode: PricedMode,
    endpoint: string,
    request: GenerationRequest,
    numFrames: number,
    jobId: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<RecordedRequest> {
    const { records, log } = this.options;
    const recorded = jobId ? await records?.get(jobId) : undefined;
    if (recorded && recorded.endpoint === endpoint) {
      log.info({ jobId, requestId: recorded.requestId, endpoint }, 'fal: resuming the recorded request');
      return recorded;
    }
    const input = falInput(mode, request, numFrames, this.options.settings.resolution, {
      ...(await this.media(mode, request, signal)),
    });
    const submitted = await this.transient('submit', signal, () =>
      this.options.client.queue.submit(endpoint, { input, ...(signal && { abortSignal: signal }) }),
    ).catch((error: unknown) => {
      // 422: the endpoint refused the input before queueing it (nothing billed): not makeable as asked.
      if (error instanceof ApiError && error.status === 422) {
        throw new UnsupportedRequest(`fal: ${describe(error)}`);
      }
      throw error;
    });
    const record = { endpoint, requestId: submitted.request_id, submittedAt: Date.now() };
    // Recorded before any waiting: from here on a retry polls this request and never submits another.
    if (jobId) await records?.set(jobId, record);
    log.info({ jobId, requestId: record.requestId, endpoint, numFrames }, 'fal: request submitted');
    return record;
  }

  private async media(mode: PricedMode, request: GenerationRequest, signal: AbortSignal | undefined) {
    const { width, height } = request;
    const known = [...(request.known ?? [])].sort((a, b) => a.index - b.index);
    if (mode === 'image-to-video') {
      return { imageUrl: await stillDataUri(known[0]!.rgb, width, height, this.options.ffmpeg, signal) };
    }
    if (mode === 'extend') {
      const frames = known.map((k) => k.rgb);
      return { videoUrl: await clipDataUri(frames, width, height, FAL_FPS, this.options.ffmpeg, signal) };
    }
    return {};
  }

  /** Polls the status until COMPLETED, reporting queue position and steps; outages are waited out. */
  private async waitUntilDone(
    request: RecordedRequest,
    steps: StepReporter,
    hooks: GenerationHooks,
  ): Promise<void> {
    const { client, settings } = this.options;
    const signal = hooks.signal;
    for (;;) {
      const raw = await this.transient('status', signal, () =>
        client.queue.status(request.endpoint, {
          requestId: request.requestId,
          logs: true,
          ...(signal && { abortSignal: signal }),
        }),
      );
      const status = statusSchema.parse(raw);
      if (status.status === 'COMPLETED') {
        if (status.error) throw new FalRequestFailed(request.requestId, status.error);
        return;
      }
      if (status.status === 'IN_QUEUE') hooks.onQueued?.(status.queue_position);
      else steps.running(fractionFromLogs((status.logs ?? []) as FalLog[]));
      await sleep(settings.pollMs, signal);
    }
  }

  /** The result's output; an answer that will not change (4xx other than 429) is the request's failure. */
  private async result(request: RecordedRequest, signal?: AbortSignal) {
    try {
      const { data } = await this.transient('result', signal, () =>
        this.options.client.queue.result(request.endpoint, {
          requestId: request.requestId,
          ...(signal && { abortSignal: signal }),
        }),
      );
      return outputSchema.parse(data);
    } catch (error) {
      if (error instanceof ApiError && !isTransient(error)) {
        // 422: the endpoint refused the input (a frame count, a size): this model cannot make it as asked.
        if (error.status === 422) throw new UnsupportedRequest(`fal: ${describe(error)}`);
        throw new FalRequestFailed(request.requestId, describe(error));
      }
      throw error;
    }
  }

  /**
   * Cancels a request whose job was cancelled or timed out, at fal's cancel route, and forgets it. A job
   * handed back because its engine stops keeps its request: the next engine resumes it.
   */
  private async cancel(request: RecordedRequest, jobId: string | undefined, reason: unknown) {
    if (reason instanceof ShuttingDown) return;
    const { client, records, log } = this.options;
    try {
      await client.queue.cancel(request.endpoint, {
        requestId: request.requestId,
        abortSignal: AbortSignal.timeout(10_000),
      });
      log.info({ jobId, requestId: request.requestId }, 'fal: request cancelled');
    } catch (error) {
      // ALREADY_COMPLETED (400) or NOT_FOUND (404) end it as surely as a cancel; anything else is logged.
      if (!(error instanceof ApiError && (error.status === 400 || error.status === 404))) {
        log.warn({ jobId, requestId: request.requestId, err: String(error) }, 'fal: cancel failed');
      }
    }
    if (jobId) await records?.clear(jobId);
  }

  /**
   * Runs one call to fal, retrying rate limits (429), outages (5xx) and dropped connections with backoff
   * until it succeeds or the job's signal fires. (`@fal-ai/client` retries a few times itself first.)
   */
  private async transient<T>(what: string, signal: AbortSignal | undefined, call: () => Promise<T>) {
    for (let attempt = 0; ; attempt++) {
      throwIfAborted(signal);
      try {
        return await call();
      } catch (error) {
        if (signal?.aborted || !isTransient(error)) throw error;
        const delay = backoff(this.options.settings.pollMs, attempt);
        this.options.log.warn(
          { call: what, attempt: attempt + 1, delayMs: delay, err: describe(error) },
          'fal: transient failure, retrying',
        );
        await sleep(delay, signal);
      }
    }
  }
}

/** fal said a request failed (its app raised, or the result answered with an error). */
export class FalRequestFailed extends Error {
  override readonly name = 'FalRequestFailed';
  constructor(
    readonly requestId: string,
    detail: string,
  ) {
    super(`fal request ${requestId} failed: ${detail}`);
  }
}

/** The model card of the fal backend: Wan 2.2's rate, the configured resolution's sizes, what it can do. */
export function falCard(settings: FalSettings): ModelCard {
  return {
    name: settings.endpoints['text-to-video'],
    version: `fal ${settings.resolution}`,
    description: 'Hosted open models on fal (Wan 2.2 A14B for text and image to video, LTX-Video to extend).',
    limits: {
      frames: 81,
      fps: FAL_FPS,
      sizes: FAL_SIZES[settings.resolution].map(([w, h]) => [w, h] as [number, number]),
      conditioning: ['first_frame', 'first_frames'],
      default_steps: DEFAULT_STEPS,
    },
    caption_language: {
      style: 'prose',
      guide:
        'One paragraph of plain descriptive English, 40 to 80 words: the subject and its look, what it does, ' +
        'the setting, the lighting, the camera and its movement. Concrete nouns and verbs; no real people by ' +
        'name; no text overlays.',
      examples: [
        'A corgi in a red life vest rides a surfboard across a glassy wave at sunset, spray catching the warm golden light, the camera tracking alongside at water level.',
      ],
      maxWords: 120,
    },
  };
}

/** Whether a failed call may succeed if tried again: a rate limit, an outage, a dropped connection. */
function isTransient(error: unknown): boolean {
  if (error instanceof ApiError) return error.status === 429 || error.status >= 500;
  // fetch rejects with a TypeError when the connection fails before any answer.
  return error instanceof TypeError;
}

function describe(error: unknown): string {
  if (error instanceof ApiError) {
    const detail = (error.body as { detail?: unknown } | undefined)?.detail;
    return `${error.status} ${typeof detail === 'string' ? detail : JSON.stringify(detail ?? error.message)}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function backoff(baseMs: number, attempt: number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/** Waits `ms`, or rejects with the contract's AbortError as soon as `signal` fires. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
