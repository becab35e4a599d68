// `npm run bench:remote`: what the engine adds to a clip made by a remote backend, against local fakes.
// For each backend: overhead per clip outside the remote's own time (target ≤ 50 ms plus the decode and
// encode of the returned clip), latency from a progress message to the engine's progress, and throughput
// with 4 servers. Sections are independent: the fal section plugs in through `RemoteSection` below.
import { performance } from 'node:perf_hooks';
import { Job } from 'bullmq';
import { pino } from 'pino';
import { loadConfig } from '../../src/config/index.js';
import { decodeClip, findFfmpeg } from '../../src/engine/encoder/index.js';
import { startEngine } from '../../src/engine/index.js';
import {
  connectRedis,
  createKeys,
  type GenerateJobInput,
  GenerationQueue,
  type JobResult,
} from '../../src/queue/index.js';
import { FakeComfyUI } from '../../test/fakes/comfyui.js';
import { comfyGenerator, openFakeComfy, TEST_WORKFLOWS } from '../../test/fakes/comfyui-generator.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../../test/helpers/redis.js';
import { percentile, printTable } from './stats.js';

/** One backend's part of the bench: rows for the table and figures for the JSON line. */
export interface RemoteSection {
  name: string;
  run(): Promise<{ rows: Array<Record<string, string | number>>; figures: Record<string, number> }>;
}

const ms = (v: number) => Math.round(v * 10) / 10;

/** ComfyUI: the real generator and engine against fake servers (test/fakes/comfyui.ts). */
export const comfyuiSection: RemoteSection = {
  name: 'comfyui',
  async run() {
    const rows: Array<Record<string, string | number>> = [];
    const figures: Record<string, number> = {};
    const ffmpeg = (await findFfmpeg()).path;

    // 1. Generator overhead: wall time minus the server's own time (prompt accepted → done), and how much of
    // it is decoding the returned MP4 (measured on the same file).
    for (const shape of [
      {
        label: 'tiny 64×48, 2 s @ 8 fps',
        workflow: 'tiny',
        root: TEST_WORKFLOWS,
        width: 64,
        height: 48,
        frames: 16,
      },
      {
        label: 'wan2.2 1280×704, 1 s @ 24 fps',
        workflow: 'wan2.2-ti2v-5b',
        root: 'workflows/comfyui',
        width: 1280,
        height: 704,
        frames: 24,
      },
    ]) {
      const setup = await openFakeComfy({
        stepMs: 20,
        pollMs: 2000,
        workflow: shape.workflow,
        workflowsRoot: shape.root,
      });
      const overheads: number[] = [];
      const decodes: number[] = [];
      const latencies: number[] = [];
      for (let i = 0; i < 6; i++) {
        const stepAt: number[] = [];
        const started = performance.now();
        const clip = await setup.generator.generate(
          {
            shots: [{ caption: 'a corgi surfing at sunset', frames: shape.frames }],
            width: shape.width,
            height: shape.height,
            seed: i,
            steps: 8,
          },
          { onStep: () => stepAt.push(performance.now()) },
        );
        const wall = performance.now() - started;
        const fake = setup.fakes[0]!;
        const promptId = [...fake.prompts.keys()].at(-1)!;
        const video = [...fake.files.values()].at(-1)!;
        const d0 = performance.now();
        await decodeClip(video, { ffmpeg, width: shape.width, height: shape.height });
        const decode = performance.now() - d0;
        if (i === 0) continue; // warm-up: ffmpeg's first start, module loading
        overheads.push(wall - clip.modelMs);
        decodes.push(decode);
        const sent = fake.progressSentAt.get(promptId) ?? [];
        for (let s = 0; s < Math.min(sent.length, stepAt.length); s++) latencies.push(stepAt[s]! - sent[s]!);
      }
      await setup.close();
      const overhead = percentile(overheads, 50);
      const decode = percentile(decodes, 50);
      rows.push({
        measure: `generator overhead (${shape.label})`,
        p50_ms: ms(overhead),
        p99_ms: ms(percentile(overheads, 99)),
        note: `of which decode ${ms(decode)} ms; outside decode ${ms(overhead - decode)} ms (target ≤ 50)`,
      });
      rows.push({
        measure: `ws progress → onStep (${shape.label})`,
        p50_ms: ms(percentile(latencies, 50)),
        p99_ms: ms(percentile(latencies, 99)),
        note: `${latencies.length} steps`,
      });
      figures[`overhead_outside_decode_ms_${shape.workflow}`] = ms(overhead - decode);
      figures[`decode_ms_${shape.workflow}`] = ms(decode);
      figures[`progress_latency_p50_ms_${shape.workflow}`] = ms(percentile(latencies, 50));
    }

    // 2. Through the real engine and Redis: job wall time minus the server's time, split by stage.
    const prefix = uniquePrefix('bench-remote');
    const fake = new FakeComfyUI({ ffmpeg, stepMs: 20 });
    await fake.start();
    const engine = await startEngine({
      config: loadConfig({
        ENGINE_BACKEND: 'comfyui',
        COMFYUI_URL: fake.url,
        COMFYUI_WORKFLOWS: TEST_WORKFLOWS,
        COMFYUI_WORKFLOW: 'tiny',
        REDIS_URL: TEST_REDIS_URL,
        ZOETROPE_PREFIX: prefix,
        LOG_LEVEL: 'silent',
        MODERATION_FRAMES: 'false',
        DISPLAY_SIZE: '64',
      }),
      redisUrl: TEST_REDIS_URL,
      log: pino({ level: 'silent' }),
    });
    const redis = connectRedis(TEST_REDIS_URL);
    const queue = new GenerationQueue({ connection: redis, keys: createKeys(prefix) });
    const eventsConnection = connectRedis(TEST_REDIS_URL);
    const events = queue.events(eventsConnection);
    await events.waitUntilReady();
    const engineOverheads: number[] = [];
    const outsideModel: number[] = [];
    const progressLatency: number[] = [];
    let current = '';
    events.on('progress', ({ jobId, data }) => {
      // Step events only: stage changes (encoding, signing) come long after the last sampler message.
      if (jobId !== current || typeof (data as { step?: unknown }).step !== 'number') return;
      const promptId = [...fake.prompts.keys()].at(-1);
      const sent = promptId ? fake.progressSentAt.get(promptId) : undefined;
      if (sent?.length) progressLatency.push(performance.now() - sent.at(-1)!);
    });
    for (let i = 0; i < 6; i++) {
      const job: GenerateJobInput = {
        version: 1,
        kind: 'generate',
        prompt: 'a corgi',
        caption: { text: 'a corgi', expander: 'verbatim' },
        durationSeconds: 2,
        seed: i,
        steps: 8,
        requester: { source: 'cli', userId: 'bench' },
        createdAt: Date.now(),
      };
      const { jobId } = await queue.enqueue(job);
      current = jobId;
      const result = (await (await Job.fromId<GenerateJobInput, JobResult>(
        queue.queue,
        jobId,
      ))!.waitUntilFinished(events, 60_000)) as JobResult;
      if (i === 0) continue;
      const t = result.timings;
      const total = Object.entries(t)
        .filter(([k]) => k !== 'modelMs')
        .reduce((n, [, v]) => n + v, 0);
      engineOverheads.push(total - (t.modelMs ?? 0));
      outsideModel.push((t.generate ?? 0) - (t.modelMs ?? 0));
    }
    rows.push({
      measure: 'engine job minus remote time (tiny, all stages)',
      p50_ms: ms(percentile(engineOverheads, 50)),
      p99_ms: ms(percentile(engineOverheads, 99)),
      note: `generate stage outside the server: ${ms(percentile(outsideModel, 50))} ms p50; the rest is check/watermark/encode/sign/store`,
    });
    rows.push({
      measure: 'ws progress → job progress event (engine, Redis)',
      p50_ms: ms(percentile(progressLatency, 50)),
      p99_ms: ms(percentile(progressLatency, 99)),
      note: 'the engine writes progress at most every 150 ms',
    });
    figures.engine_overhead_p50_ms = ms(percentile(engineOverheads, 50));
    figures.job_progress_latency_p50_ms = ms(percentile(progressLatency, 50));
    await events.close();
    await queue.close();
    await engine.close();
    redis.disconnect();
    eventsConnection.disconnect();
    await fake.close();
    await cleanPrefix(prefix);

    // 3. Throughput: 4 engines' generators sharing the servers (10 steps × 200 ms = 2 s of "GPU" per clip, so
    // the fakes' sampling, not this machine's ffmpeg, is what the servers are busy with).
    for (const servers of [1, 4]) {
      const fakes = Array.from({ length: servers }, () => new FakeComfyUI({ ffmpeg, stepMs: 200 }));
      const urls = await Promise.all(fakes.map((f) => f.start()));
      const generators = await Promise.all(Array.from({ length: 4 }, () => comfyGenerator(urls)));
      const clips = 8;
      let next = 0;
      const started = performance.now();
      await Promise.all(
        generators.map(async (generator) => {
          while (next < clips) {
            const seed = next++;
            await generator.generate({
              shots: [{ caption: 'a corgi', frames: 16 }],
              width: 64,
              height: 48,
              seed,
              steps: 10,
            });
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      rows.push({
        measure: `throughput, 4 engines, ${servers} server${servers > 1 ? 's' : ''}`,
        p50_ms: ms((seconds * 1000) / clips),
        p99_ms: '',
        note: `${(clips / seconds).toFixed(2)} clips/s; prompts per server ${fakes.map((f) => f.prompts.size).join('/')}`,
      });
      figures[`clips_per_second_${servers}_servers`] = Math.round((clips / seconds) * 100) / 100;
      await Promise.all(fakes.map((f) => f.close()));
    }
    return { rows, figures };
  },
};

/** The sections run by `npm run bench:remote`; fal adds its own (exported from its module) here. */
export const SECTIONS: RemoteSection[] = [comfyuiSection];

export async function runRemoteBench(sections: readonly RemoteSection[] = SECTIONS): Promise<void> {
  const json: Record<string, Record<string, number>> = {};
  for (const section of sections) {
    console.log(`\n${section.name}`);
    const { rows, figures } = await section.run();
    printTable(rows);
    json[section.name] = figures;
  }
  console.log(JSON.stringify({ bench: 'remote', ...json }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runRemoteBench().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
