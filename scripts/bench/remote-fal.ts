// The fal part of `npm run bench:remote`: the real FalGenerator (and @fal-ai/client) against the fal fake
// (test/helpers/fake-fal.ts) in a child process.
//
// The remote's own time of a clip is what fal would bill as waiting: from the submit answered to the status
// poll that says COMPLETED, plus the time the fake spends answering the result call (it renders the video
// then, with ffmpeg). The fake completes a request at a poll (one poll queued, two running), so the delay
// of noticing a completion between polls (up to FAL_POLL_MS on the real service) is not in these figures.
import { FalGenerator, type FalSettings, falClient } from '../../src/engine/backends/fal/index.js';
import { findFfmpeg } from '../../src/engine/encoder/index.js';
import { fakeFalSettings } from '../../test/helpers/fal-generator.js';
import type { RemoteSection } from './remote.js';
import {
  drain,
  FakeProcess,
  findRequest,
  monotonicMs,
  ms,
  phaseMedians,
  phasesRow,
  type ServedRequest,
  watchRequests,
} from './remote-fakes.js';
import { percentile } from './stats.js';

/** The config's smallest FAL_POLL_MS: the fake answers at once, so a poll costs its round trip. */
const POLL_MS = 100;

async function openGenerator(fake: FakeProcess, resolution: FalSettings['resolution']) {
  const settings = fakeFalSettings(fake, { resolution, pollMs: POLL_MS });
  return new FalGenerator({
    client: falClient(settings),
    settings,
    ffmpeg: (await findFfmpeg()).path,
    log: { info: () => {}, warn: () => {} },
  });
}

const isStatus = (path: string) => /\/requests\/[^/]+\/status$/.test(path);
const isResult = (path: string) => /\/requests\/[^/]+$/.test(path);

export const falSection: RemoteSection = {
  name: 'fal',
  async run() {
    const rows: Array<Record<string, string | number>> = [];
    const figures: Record<string, number> = {};
    const requests = watchRequests();

    // 1. Overhead per clip outside the remote's time and the decode, split into phases; and the latency from
    // a status answer leaving the fake to the generator's onStep.
    for (const shape of [
      {
        label: '480p 832×480, 17 frames',
        key: '480p',
        resolution: '480p',
        width: 832,
        height: 480,
        frames: 17,
      },
      {
        label: '720p 1280×720, 24 frames',
        key: '720p',
        resolution: '720p',
        width: 1280,
        height: 720,
        frames: 24,
      },
    ] as const) {
      const fake = await FakeProcess.start('fal');
      const generator = await openGenerator(fake, shape.resolution);
      const overheads: number[] = [];
      const latencies: number[] = [];
      const phases: Record<string, number>[] = [];
      let served: ServedRequest[] = [];
      for (let i = 0; i < 6; i++) {
        const stepAt: number[] = [];
        requests.take();
        const started = monotonicMs();
        await generator.generate(
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
        const all = await fake.falRoutes();
        const mine = all.slice(served.length);
        served = all;
        if (i === 0) continue; // warm-up
        const submit = findRequest(sent, 'POST', /^\/fal-ai\//);
        const polls = sent.filter((r) => r.method === 'GET' && isStatus(r.path));
        const completed = polls.at(-1)!;
        const result = sent.find((r) => r.method === 'GET' && isResult(r.path))!;
        const download = findRequest(sent, 'GET', /^\/files\//);
        const resultServed = mine.find((r) => r.method === 'GET' && isResult(r.path))!;
        const resultRemote = resultServed.end - resultServed.start;
        const remote = completed.end - submit.end + resultRemote;
        const phase = {
          submit: submit.end - started,
          'queue+run (polls)': completed.end - submit.end,
          'result (fake render)': resultRemote,
          'result (engine)': result.end - result.start - resultRemote,
          'result→download': download.start - result.end,
          download: download.end - download.start,
          'decode+pad': ended - download.end,
        };
        phases.push(phase);
        overheads.push(ended - started - remote - phase['decode+pad']);
        // Each status answer that moved the steps on: the first onStep after it left the fake.
        const answered = mine.filter((r) => isStatus(r.path)).map((r) => r.end);
        for (const [k, at] of answered.entries()) {
          const first = stepAt.find((t) => t >= at && t < (answered[k + 1] ?? Number.POSITIVE_INFINITY));
          if (first !== undefined) latencies.push(first - at);
        }
      }
      await generator.close();
      await fake.close();
      const p = phaseMedians(phases);
      const overhead = percentile(overheads, 50);
      rows.push({
        measure: `generator overhead outside remote and decode (${shape.label})`,
        p50_ms: ms(overhead),
        p99_ms: ms(percentile(overheads, 99)),
        note: `target ≤ 50; decode ${p['decode+pad']} ms; remote = submit answered → COMPLETED poll + fake's result time`,
      });
      rows.push(phasesRow(shape.label, p));
      rows.push({
        measure: `status poll → onStep (${shape.label})`,
        p50_ms: ms(percentile(latencies, 50)),
        p99_ms: ms(percentile(latencies, 99)),
        note: `${latencies.length} status answers that moved the steps; polls every ${POLL_MS} ms`,
      });
      figures[`overhead_outside_decode_ms_${shape.key}`] = ms(overhead);
      figures[`decode_ms_${shape.key}`] = p['decode+pad']!;
      figures[`download_ms_${shape.key}`] = p.download!;
      figures[`progress_latency_p50_ms_${shape.key}`] = ms(percentile(latencies, 50));
    }
    requests.close();

    // 2. Throughput: 8 clips (480p, 17 frames) through one generator, 1 and 4 jobs at a time. fal serves
    // requests side by side, so concurrency hides the polling; what is left is this machine's ffmpeg (the
    // fake's render and the engine's decode share its cores).
    for (const jobs of [1, 4]) {
      const fake = await FakeProcess.start('fal');
      const generator = await openGenerator(fake, '480p');
      const clips = 8;
      const seconds = await drain(Array(jobs).fill(generator), clips, {
        shots: [{ caption: 'a corgi', frames: 17 }],
        width: 832,
        height: 480,
        steps: 8,
      });
      const accepted = await fake.promptCount();
      rows.push({
        measure: `throughput, ${jobs} job${jobs > 1 ? 's' : ''} at a time`,
        p50_ms: ms((seconds * 1000) / clips),
        p99_ms: '',
        note: `${(clips / seconds).toFixed(2)} clips/s; ${accepted} requests submitted`,
      });
      figures[`clips_per_second_${jobs}_jobs`] = Math.round((clips / seconds) * 100) / 100;
      await generator.close();
      await fake.close();
    }
    return { rows, figures };
  },
};
