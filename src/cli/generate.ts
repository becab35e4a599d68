// `npm run generate -- "prompt"`: prompt → caption → queue → engine → MP4 on disk, on the built-in defaults.
import { randomInt } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Job } from 'bullmq';
import { startEngine } from '../engine/index.js';
import { RedisLink } from '../ops/index.js';
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
        return parseGenerateArgs(argv, {
          maxDuration: config.MAX_DURATION_SECONDS,
          maxSteps: config.MAX_STEPS,
        });
      } catch (error) {
        if (error instanceof UsageError) throw new UsageError(`${error.message}\n\n${GENERATE_USAGE}`);
        throw error;
      }
    })();
    const jobId = crypto.randomUUID();
    const outPath = resolve(args.out ?? `out/${jobId}.mp4`);
    // Checked before anything is generated: a clip made only to be thrown away wastes the whole run.
    const output = await prepareOutput(outPath);
    cleanup.push(() => output.discard());

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
    // Every connection and queue is watched: library errors become log lines, an outage is told once.
    const link = new RedisLink(log);
    const redis = link.watch(connectRedis(runtime.redis.url), 'cli commands');
    watchRedis(redis);
    cleanup.push(async () => redis.disconnect());
    const engine = await startEngine({ config, redisUrl: runtime.redis.url, log, link });
    cleanup.push(() => engine.close());
    const queue = new GenerationQueue({ connection: redis, keys });
    link.watchBullmq(queue.queue, 'generate queue (cli)');
    cleanup.push(() => queue.close());
    const eventsConnection = link.watch(connectRedis(runtime.redis.url), 'cli queue events');
    cleanup.push(async () => eventsConnection.disconnect());
    const events = link.watchBullmq(queue.events(eventsConnection), 'generate queue events');
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
      void queue
        .cancel(jobId)
        .then(() => output.discard())
        .then(() => exitWith('cancelled', 130));
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
    await output.write(artifact.data);

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

/** Where the clip goes: a file made beside the target at start, moved onto it once the clip exists. */
interface OutputFile {
  write(data: Uint8Array): Promise<void>;
  /** Removes the placeholder when no clip will come (failed, cancelled); harmless after `write`. */
  discard(): Promise<void>;
}

/**
 * Proves the clip can be written before anything is generated, by creating its file for real: permission
 * bits do not stop root, but a read-only file system, /proc, a folder in the way or a full disk still do.
 * The clip is written to that placeholder and renamed over the target, so a half-written MP4 never sits
 * at the target path.
 */
async function prepareOutput(path: string): Promise<OutputFile> {
  const placeholder = join(dirname(path), `.${basename(path)}.${process.pid}.part`);
  try {
    const existing = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (existing?.isDirectory())
      throw new UsageError(`cannot write to ${path}: it is a folder; name an .mp4 file`);
    if (existing && !existing.isFile())
      throw new UsageError(`cannot write to ${path}: it is not a regular file`);
    if (existing) await access(path, constants.W_OK);
    await makeDirectories(dirname(path));
    await writeFile(placeholder, '', { flag: 'wx' });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot write to ${path}: ${inWords(error as NodeJS.ErrnoException)}`);
  }
  return {
    async write(data) {
      try {
        await writeFile(placeholder, data);
        await rename(placeholder, path);
      } catch (error) {
        throw new Error(`cannot write to ${path}: ${inWords(error as NodeJS.ErrnoException)}`);
      }
    },
    discard: () => rm(placeholder, { force: true }),
  };
}

// What a file-system error means for the person who named the path.
const ERRNO_WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOENT: 'no file can be created there',
  EISDIR: 'it is a folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'the path has a symbolic link loop',
};

function inWords(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOTDIR')
    return error.message.includes(' is not a folder')
      ? error.message
      : 'part of the path is a file, not a folder';
  return (error.code && ERRNO_WORDS[error.code]) ?? (error.message.split('\n')[0] || 'the system refused it');
}

// One level at a time: Node's recursive mkdir spins forever under /proc, where every level answers ENOENT.
async function makeDirectories(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    const found = await stat(d).catch(() => undefined);
    if (found) {
      if (!found.isDirectory()) throw Object.assign(new Error(`${d} is not a folder`), { code: 'ENOTDIR' });
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
