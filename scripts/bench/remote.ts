// `npm run bench:remote`: what the engine adds to a clip made by a remote backend, against local fakes.
// For each backend: overhead per clip outside the remote's own time (target ≤ 50 ms plus the decode and
// encode of the returned clip), latency from a progress message to the engine's progress, and throughput
// with several servers or jobs. Sections are independent: each is a `RemoteSection`.
//
// The fakes run in child processes (remote-fakes.ts), so their own work (rendering and encoding the clip,
// collecting its garbage) is the remote's time, not billed to the engine's event loop. Each clip's phases
// are timed on the clip itself (the engine's HTTP requests through undici's diagnostics channels), and the
// decode is the generator's own decode of that clip, not a separate decode of the same file subtracted.
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
import { comfyGenerator, TEST_WORKFLOWS } from '../../test/fakes/comfyui-generator.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../../test/helpers/redis.js';
import {
  drain,
  FakeProcess,
  findRequest,
  monotonicMs,
  ms,
  phaseMedians,
  phasesRow,
  watchRequests,
} from './remote-fakes.js';
import { falSection } from './remote-fal.js';
import { percentile, printTable } from './stats.js';

/** One backend's part of the bench: rows for the table and figures for the JSON line. */
export interface RemoteSection {
  name: string;
  run(): Promise<{ rows: Array<Record<string, string | number>>; figures: Record<string, number> }>;
}

/** ComfyUI: the real generator and engine against fake servers (test/fakes/comfyui.ts) in child processes. */
export const comfyuiSection: RemoteSection = {
  name: 'comfyui',
  async run() {
    const rows: Array<Record<string, string | number>> = [];
    const figures: Record<string, number> = {};
    const ffmpeg = (await findFfmpeg()).path;
    const requests = watchRequests();

    // 1. Generator overhead: each clip's wall time minus the server's own time (prompt accepted → done) and
    // minus the generator's decode of that clip, with the rest split into its phases.
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
      const fake = await FakeProcess.start('comfyui', { stepMs: 20 });
      const generator = await comfyGenerator([fake.url], {
        pollMs: 2000,
        workflow: shape.workflow,
        workflowsRoot: shape.root,
      });
      const overheads: number[] = [];
      const alone: number[] = [];
      const latencies: number[] = [];
      const phases: Record<string, number>[] = [];
      for (let i = 0; i < 6; i++) {
        const stepAt: number[] = [];
        requests.take();
        const started = monotonicMs();
        const clip = await generator.generate(
          {
            shots: [{ caption: 'a corgi surfing at sunset', frames: shape.frames }],
            width: shape.width,
            height: shape.height,
            seed: i,
            steps: 8,
          },
          { onStep: () => stepAt.push(monotonicMs()) },
        );
        const ended = monotonicMs();
        const sent = requests.take();
        const submit = findRequest(sent, 'POST', /\/prompt$/);
        const view = findRequest(sent, 'GET', /\/view$/);
        const { promptId, video } = await fake.lastPrompt();
        // For reference: the same MP4 decoded alone, with nothing else running.
        const d0 = monotonicMs();
        await decodeClip(video, { ffmpeg, width: shape.width, height: shape.height });
        const decodeAlone = monotonicMs() - d0;
        const progressSent = await fake.progressSentAt(promptId);
        if (i === 0) continue; // warm-up: ffmpeg's first start, module loading
        const pick = findRequest(sent, 'GET', /\/queue$/);
        const phase = {
          'pick (/queue)': pick.end - started,
          // Opening the websocket, uploading any start image, building the graph.
          'socket+graph': submit.start - pick.end,
          submit: submit.end - submit.start,
          server: clip.modelMs,
          'done→/view': view.start - submit.end - clip.modelMs,
          '/view': view.end - view.start,
          'decode+slice': ended - view.end,
        };
        phases.push(phase);
        overheads.push(ended - started - clip.modelMs - phase['decode+slice']);
        alone.push(decodeAlone);
        for (let s = 0; s < Math.min(progressSent.length, stepAt.length); s++)
          latencies.push(stepAt[s]! - progressSent[s]!);
      }
      await generator.close();
      await fake.close();
      const p = phaseMedians(phases);
      const overhead = percentile(overheads, 50);
      rows.push({
        measure: `generator overhead outside server and decode (${shape.label})`,
        p50_ms: ms(overhead),
        p99_ms: ms(percentile(overheads, 99)),
        note: `target ≤ 50; decode ${p['decode+slice']} ms (same MP4 alone ${ms(percentile(alone, 50))} ms)`,
      });
      rows.push(phasesRow(shape.label, p));
      rows.push({
        measure: `ws progress → onStep (${shape.label})`,
        p50_ms: ms(percentile(latencies, 50)),
        p99_ms: ms(percentile(latencies, 99)),
        note: `${latencies.length} steps`,
      });
      figures[`overhead_outside_decode_ms_${shape.workflow}`] = ms(overhead);
      figures[`decode_ms_${shape.workflow}`] = p['decode+slice']!;
      figures[`view_ms_${shape.workflow}`] = p['/view']!;
      figures[`progress_latency_p50_ms_${shape.workflow}`] = ms(percentile(latencies, 50));
    }
    requests.close();

    // 2. Through the real engine and Redis: job wall time minus the server's time, split by stage.
    const prefix = uniquePrefix('bench-remote');
    const fake = await FakeProcess.start('comfyui', { stepMs: 20 });
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
    let heard: number[] = [];
    events.on('progress', ({ jobId, data }) => {
      // Step events only: stage changes (encoding, signing) come long after the last sampler message.
      if (jobId === current && typeof (data as { step?: unknown }).step === 'number')
        heard.push(monotonicMs());
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
      heard = [];
      const { jobId } = await queue.enqueue(job);
      current = jobId;
      const result = (await (await Job.fromId<GenerateJobInput, JobResult>(
        queue.queue,
        jobId,
      ))!.waitUntilFinished(events, 60_000)) as JobResult;
      if (i === 0) continue;
      // Each progress event against the newest progress message sent before it.
      const sent = await fake.progressSentAt((await fake.lastPrompt()).promptId);
      for (const at of heard) {
        const before = sent.filter((t) => t <= at).at(-1);
        if (before !== undefined) progressLatency.push(at - before);
      }
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
      const fakes = await Promise.all(
        Array.from({ length: servers }, () => FakeProcess.start('comfyui', { stepMs: 200 })),
      );
      const urls = fakes.map((f) => f.url);
      const generators = await Promise.all(Array.from({ length: 4 }, () => comfyGenerator(urls)));
      const clips = 8;
      const seconds = await drain(generators, clips, {
        shots: [{ caption: 'a corgi', frames: 16 }],
        width: 64,
        height: 48,
        steps: 10,
      });
      const counts = await Promise.all(fakes.map((f) => f.promptCount()));
      rows.push({
        measure: `throughput, 4 engines, ${servers} server${servers > 1 ? 's' : ''}`,
        p50_ms: ms((seconds * 1000) / clips),
        p99_ms: '',
        note: `${(clips / seconds).toFixed(2)} clips/s; prompts per server ${counts.join('/')}`,
      });
      figures[`clips_per_second_${servers}_servers`] = Math.round((clips / seconds) * 100) / 100;
      await Promise.all(fakes.map((f) => f.close()));
    }
    return { rows, figures };
  },
};

/** The sections run by `npm run bench:remote`; fal adds its own (exported from its module) here. */
export const SECTIONS: RemoteSection[] = [comfyuiSection, falSection];

export async function runRemoteBench(sections: readonly RemoteSection[] = SECTIONS): Promise<void> {
  const json: Record<string, Record<string, number>> = {};
  console.log(
    "Fakes run in child processes: their rendering, encoding and garbage are the remote's time, not the\n" +
      "engine's. Overhead is timed per clip: wall − the remote's own time − the generator's own decode of\n" +
      "that clip; phases come from the engine's HTTP requests (undici diagnostics channels).",
  );
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
