import { randomUUID } from 'node:crypto';
import { decodeClip, encodePng } from '../../encoder/index.js';
import { JobFailed } from '../../errors.js';
import type {
  GeneratedClip,
  GenerationHooks,
  GenerationRequest,
  GeneratorInfo,
  RgbFrame,
  VideoGenerator,
} from '../../generator.js';
import { abortError, throwIfAborted, UnsupportedRequest } from '../../generators/errors.js';
import type { HostLog } from '../../model-host/index.js';
import type { ComfyClient } from './client.js';
import {
  ExecutionFailed,
  ProtocolError,
  ServerUnavailable,
  unavailableFailure,
  WorkflowRejected,
} from './errors.js';
import { buildGraph, type RunValues, videoOutput } from './graph.js';
import type { Lease, ServerPool } from './pool.js';
import { planRuns, type RunPlan } from './runs.js';
import { followPrompt, openSocket } from './watch.js';
import { type Workflow, workflowCard } from './workflow.js';

/** What the generator needs besides its workflow and servers. */
export interface ComfyGeneratorOptions {
  ffmpeg: string;
  log: HostLog;
  /** History poll interval while a prompt runs. */
  pollMs: number;
  /** How long a run keeps trying servers while they are down. */
  retryMs: number;
}

// Waits between rounds of tries when servers are down: soon at first, then every 10 s until retryMs is spent.
const BACKOFF_MS = [500, 1000, 2000, 5000, 10_000];

/** One run's images, already in the order the graph takes them. */
interface RunImages {
  start?: RgbFrame;
  end?: RgbFrame;
}

/**
 * A VideoGenerator that drives ComfyUI servers with an operator's workflow. The clip is made remotely and
 * comes back as a video file, which is decoded to frames at the workflow's native size and frame rate and
 * then goes through the engine's own check, watermark, encode and sign stages like any local clip.
 */
export class ComfyUIGenerator implements VideoGenerator {
  readonly info: GeneratorInfo;

  constructor(
    private readonly workflow: Workflow,
    private readonly pool: ServerPool,
    private readonly options: ComfyGeneratorOptions,
  ) {
    this.info = {
      generator: `comfyui:${workflow.descriptor.name}`,
      card: workflowCard(workflow),
      device: `comfyui (${pool.size} server${pool.size === 1 ? '' : 's'})`,
    };
  }

  async generate(request: GenerationRequest, hooks: GenerationHooks = {}): Promise<GeneratedClip> {
    const signal = hooks.signal ?? new AbortController().signal;
    throwIfAborted(signal);
    const d = this.workflow.descriptor;
    const { width, height } = request;
    if (width % d.sizeStep || height % d.sizeStep || Math.max(width, height) > d.maxSide) {
      throw new UnsupportedRequest(
        `${d.name} makes sizes in multiples of ${d.sizeStep} up to ${d.maxSide}, not ${width}×${height}`,
      );
    }
    const plan = planRuns(request, this.workflow);
    const steps = request.steps ?? d.defaultSteps;
    const totalSteps = steps * plan.runs.length;
    // Steps count 1, 2, … once each across every run and retry: a run that starts over on another server
    // reports nothing until it passes where the first one got to.
    let reported = 0;
    const reportUpTo = (step: number) => {
      while (reported < Math.min(step, totalSteps) && !signal.aborted) {
        reported += 1;
        hooks.onStep?.({ step: reported, totalSteps });
      }
    };

    const frames: RgbFrame[] = [...plan.prefix];
    let previous: RgbFrame | undefined;
    let remoteMs = 0;
    for (const [index, run] of plan.runs.entries()) {
      const base = index * steps;
      const start = run.start?.from === 'known' ? run.start.rgb : run.start ? previous : undefined;
      const images: RunImages = { ...(start && { start }), ...(start && run.endOnStart && { end: start }) };
      const values: RunValues = {
        prompt: run.caption,
        seed: request.seed + index,
        steps,
        width,
        height,
        frames: run.length,
        fps: d.fps,
        ...(request.guidance !== undefined && { cfg: request.guidance }),
        ...(d.negativePrompt !== undefined && { negative: d.negativePrompt }),
      };
      const out = await this.runWithRetry(run, values, images, request, signal, (value, max) =>
        reportUpTo(base + Math.floor((Math.min(value, max) / Math.max(1, max)) * steps)),
      );
      throwIfAborted(signal);
      reportUpTo(base + steps);
      remoteMs += out.remoteMs;
      frames.push(...out.frames.slice(run.skip, run.skip + run.take));
      previous = out.frames[out.frames.length - 1];
    }
    return { width, height, fps: d.fps, frames, modelMs: remoteMs };
  }

  /** One run on the least busy server; on an outage, on another (or the same, later) until retryMs is spent. */
  private async runWithRetry(
    run: RunPlan,
    values: RunValues,
    images: RunImages,
    request: GenerationRequest,
    signal: AbortSignal,
    onProgress: (value: number, max: number) => void,
  ): Promise<{ frames: RgbFrame[]; remoteMs: number }> {
    const deadline = Date.now() + this.options.retryMs;
    const failed = new Set<string>();
    for (let attempt = 0; ; attempt++) {
      throwIfAborted(signal);
      let lease: Lease | undefined;
      try {
        lease = await this.pool.pick(signal, failed);
        return await this.runOnce(lease, run, values, images, request, signal, onProgress);
      } catch (error) {
        if (signal.aborted) throw abortError(signal);
        if (error instanceof WorkflowRejected || error instanceof ExecutionFailed) {
          this.options.log.warn({ server: error.server, err: error.message }, 'comfyui: the workflow failed');
          throw new JobFailed(error.failure(), error.message);
        }
        if (!(error instanceof ServerUnavailable)) throw error;
        if (lease) {
          failed.add(lease.client.url);
          this.pool.markDown(lease.client.url);
        }
        const left = deadline - Date.now();
        this.options.log.warn(
          { reason: error.message, attempt: attempt + 1, retryingForMs: Math.max(0, left) },
          'comfyui: server unavailable, trying again',
        );
        if (left <= 0) throw new JobFailed(unavailableFailure(this.pool.size), error.message);
        await sleep(Math.min(left, BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]!), signal);
      } finally {
        lease?.release();
      }
    }
  }

  private async runOnce(
    lease: Lease,
    run: RunPlan,
    values: RunValues,
    images: RunImages,
    request: GenerationRequest,
    signal: AbortSignal,
    onProgress: (value: number, max: number) => void,
  ): Promise<{ frames: RgbFrame[]; remoteMs: number }> {
    const { client } = lease;
    const loaded = this.workflow.graphs[run.mode];
    if (!loaded)
      throw new UnsupportedRequest(`workflow ${this.workflow.descriptor.name} has no ${run.mode} graph`);
    const { width, height } = request;
    const clientId = randomUUID();
    // The socket opens before the prompt is sent, so no message of a fast prompt is missed.
    const socket = await openSocket(client, clientId, signal);
    try {
      const withImages: RunValues = { ...values };
      if (images.start) {
        const name = await this.upload(client, images.start, width, height, signal);
        withImages.startImage = name;
        if (images.end)
          withImages.endImage =
            images.end === images.start ? name : await this.upload(client, images.end, width, height, signal);
      }
      const promptId = await client.submit(buildGraph(loaded, withImages), clientId, signal);
      // Accepted: from now on the server's own queue counts it.
      lease.release();
      const started = performance.now();
      let outputs: Awaited<ReturnType<typeof followPrompt>>;
      try {
        outputs = await followPrompt(client, socket, promptId, {
          pollMs: this.options.pollMs,
          progressNodes: loaded.progress,
          outputNode: loaded.output,
          onProgress,
          signal,
        });
      } catch (error) {
        if (signal.aborted) await this.cancel(client, promptId);
        throw error;
      }
      const remoteMs = performance.now() - started;
      const file = videoOutput(outputs[loaded.output]);
      if (!file) {
        throw new ProtocolError(`${client.url}: node ${loaded.output} of prompt ${promptId} output no video`);
      }
      const bytes = await client.view(file, signal);
      const { frames } = await decodeClip(
        bytes,
        { ffmpeg: this.options.ffmpeg, width, height, maxFrames: run.length },
        signal,
      );
      if (frames.length < run.skip + run.take) {
        throw new ProtocolError(
          `${client.url}: ${file.filename} has ${frames.length} frames; ${run.skip + run.take} were needed`,
        );
      }
      return { frames, remoteMs };
    } finally {
      socket.close();
    }
  }

  private async upload(
    client: ComfyClient,
    rgb: RgbFrame,
    width: number,
    height: number,
    signal: AbortSignal,
  ): Promise<string> {
    const png = await encodePng(rgb, width, height, this.options.ffmpeg, signal);
    return client.upload(png, `zoetrope-${randomUUID()}.png`, signal);
  }

  /** Stops our prompt on the server (and only ours); a failure is logged, the job is cancelled either way. */
  private async cancel(client: ComfyClient, promptId: string): Promise<void> {
    try {
      const how = await client.cancel(promptId);
      this.options.log.info({ server: client.url, promptId, how }, 'comfyui: prompt cancelled');
    } catch (error) {
      this.options.log.warn(
        { server: client.url, promptId, err: (error as Error).message },
        'comfyui: cancel failed',
      );
    }
  }

  async close(): Promise<void> {}
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
