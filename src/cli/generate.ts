// `npm run generate -- "prompt"`: prompt → caption → queue → engine → MP4 on disk, on the built-in defaults.
import { randomInt } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Job } from 'bullmq';
import { startEngine } from '../engine/index.js';
import {
  artifactKeys,
  connectRedis,
  createKeys,
  decodeFailure,
  type GenerateJobInput,
  GenerationQueue,
  type JobResult,
  progressSchema,
  RedisArtifactStore,
} from '../queue/index.js';
import { GENERATE_USAGE, parseGenerateArgs, UsageError } from './args.js';
import { expandForCli } from './caption-source.js';
import { ProgressBar } from './progress-bar.js';
import { exitWith, startRuntime } from './runtime.js';

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${GENERATE_USAGE}\n`);
    return;
  }
  const runtime = await startRuntime();
  const { config, log } = runtime;
  const cleanup: Array<() => Promise<unknown>> = [() => runtime.redis.stop()];
  const shutdown = async () => {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  };
  try {
    const args = (() => {
      try {
        return parseGenerateArgs(argv, { maxDuration: config.MAX_DURATION_SECONDS });
      } catch (error) {
        if (error instanceof UsageError) throw new UsageError(`${error.message}\n\n${GENERATE_USAGE}`);
        throw error;
      }
    })();
    const jobId = crypto.randomUUID();
    const outPath = resolve(args.out ?? `out/${jobId}.mp4`);
    await ensureWritable(outPath);

    const seed = args.seed ?? randomInt(0, 2 ** 32 - 1);
    const durationSeconds = args.durationSeconds ?? config.DEFAULT_DURATION_SECONDS;
    const t0 = performance.now();
    const caption = await expandForCli(args.prompt, {
      config,
      log,
      expand: args.expand,
      seed,
      durationSeconds,
    });
    const expandMs = Math.round(performance.now() - t0);

    const keys = createKeys(config.ZOETROPE_PREFIX);
    const redis = connectRedis(runtime.redis.url);
    watchRedis(redis);
    cleanup.push(async () => redis.disconnect());
    const engine = await startEngine({ config, redisUrl: runtime.redis.url, log });
    cleanup.push(() => engine.close());
    const queue = new GenerationQueue({ connection: redis, keys });
    cleanup.push(() => queue.close());
    const eventsConnection = connectRedis(runtime.redis.url);
    cleanup.push(async () => eventsConnection.disconnect());
    const events = queue.events(eventsConnection);
    cleanup.push(() => events.close());
    await events.waitUntilReady();

    const bar = new ProgressBar(process.stderr, !args.json);
    events.on('progress', ({ jobId: id, data }) => {
      const progress = progressSchema.safeParse(data);
      if (id === jobId && progress.success) bar.update(progress.data);
    });

    const job: GenerateJobInput = {
      version: 1,
      kind: 'generate',
      prompt: args.prompt,
      caption,
      durationSeconds,
      seed,
      requester: { source: 'cli', userId: process.env.USER ?? 'cli' },
      createdAt: Date.now(),
      ...(args.aspect && { aspect: args.aspect as GenerateJobInput['aspect'] }),
      ...(args.steps && { steps: args.steps }),
    };
    process.once('SIGINT', () => {
      void queue.cancel(jobId).then(() => exitWith('cancelled', 130));
    });
    await queue.enqueue(job, jobId);
    const bullJob = await Job.fromId<GenerateJobInput, JobResult>(queue.queue, jobId);
    if (!bullJob) throw new Error('the job vanished from the queue right after it was added');
    const result = await bullJob.waitUntilFinished(events).catch((error: Error) => {
      // The engine's failure crosses the queue as a code and a safe message; the details are in its log.
      const failure = decodeFailure(error.message);
      throw new Error(
        `${failure.message} (${failure.code}${failure.code === 'ENGINE_ERROR' ? '; see the log above' : ''})`,
      );
    });
    bar.done();
    const finished = await Job.fromId(queue.queue, jobId);
    const queueWaitMs =
      finished?.processedOn && finished.timestamp ? finished.processedOn - finished.timestamp : 0;

    const store = new RedisArtifactStore(redis, keys.artifact, config.ARTIFACT_TTL_SECONDS);
    const artifact = await store.get(artifactKeys.clip(jobId));
    if (!artifact) throw new Error('the engine finished but the clip is not in the artifact store');
    await writeFile(outPath, artifact.data);

    const timings = { expand: expandMs, queueWait: queueWaitMs, ...result.timings };
    if (args.json) {
      process.stdout.write(
        `${JSON.stringify({
          path: outPath,
          bytes: result.bytes,
          durationSeconds: result.durationSeconds,
          width: result.width,
          height: result.height,
          frames: result.frames,
          fps: result.fps,
          seed: result.seed,
          caption: result.caption.text,
          expander: result.caption.expander,
          model: result.model,
          jobId,
          timings,
        })}\n`,
      );
    } else {
      const lines = [
        `clip      ${outPath}`,
        `size      ${(result.bytes / 1024).toFixed(1)} KiB, ${result.width}×${result.height}, ${result.frames} frames at ${result.fps} fps = ${result.durationSeconds.toFixed(2)} s`,
        `caption   ${result.caption.text}  (${result.caption.expander})`,
        `seed      ${result.seed}`,
        `model     ${result.model.name} ${result.model.version} (${result.model.generator})`,
        `timings   ${Object.entries(timings)
          .map(([k, v]) => `${k} ${v} ms`)
          .join(', ')}`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
  } catch (error) {
    await shutdown();
    const e = error as Error & { code?: string };
    if (e instanceof UsageError) exitWith(e.message, 2);
    exitWith(e.message || String(error), 1);
  }
  await shutdown();
}

async function ensureWritable(path: string): Promise<void> {
  try {
    await makeDirectories(dirname(path));
    await access(dirname(path), constants.W_OK);
  } catch (error) {
    throw new UsageError(
      `cannot write to ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

// One level at a time: Node's recursive mkdir spins forever under /proc, where every level answers ENOENT.
async function makeDirectories(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    const found = await stat(d).catch(() => undefined);
    if (found) {
      if (!found.isDirectory())
        throw Object.assign(new Error(`${d} is not a directory`), { code: 'ENOTDIR' });
      break;
    }
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) await mkdir(d);
}

/** Exits with a clear message if Redis stays unreachable mid-job (queued work stays in Redis). */
function watchRedis(redis: ReturnType<typeof connectRedis>): void {
  let downSince: number | undefined;
  redis.on('error', () => {
    downSince ??= Date.now();
    if (Date.now() - downSince > 10_000) {
      exitWith(
        'lost the connection to Redis for 10 s; the job stays queued there and runs when Redis is back',
        1,
      );
    }
  });
  redis.on('ready', () => {
    downSince = undefined;
  });
}

void main(process.argv.slice(2));
