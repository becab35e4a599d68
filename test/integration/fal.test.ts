// The fal backend against a local fake of fal's queue API, with the real Redis that records each job's
// request: rate limits and outages never cost a second request, a restarted engine resumes the recorded
// request, and a cancelled job cancels its request at fal.

import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RequestRecords } from '../../src/engine/backends/fal/index.js';
import { Cancelled, ShuttingDown } from '../../src/engine/errors.js';
import type { GenerationRequest } from '../../src/engine/generator.js';
import { createKeys } from '../../src/queue/index.js';
import type { FakeFal } from '../helpers/fake-fal.js';
import { openFakeFalGenerator } from '../helpers/fal-generator.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../helpers/redis.js';

const prefix = uniquePrefix('fal');
const keys = createKeys(prefix);
let redis: Redis;
let records: RequestRecords;
const opened: { close(): Promise<void> }[] = [];

beforeAll(() => {
  redis = new Redis(TEST_REDIS_URL);
  records = new RequestRecords(redis, keys);
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((g) => g.close()));
});
afterAll(async () => {
  redis.disconnect();
  await cleanPrefix(prefix);
});

/** A 2 s landscape clip at fal's 480p size: 32 frames at 16 fps. */
const request = (): GenerationRequest => ({
  shots: [{ caption: 'a corgi surfing at sunset', frames: 32 }],
  width: 832,
  height: 480,
  seed: 7,
});

async function open(fake?: FakeFal) {
  const { generator, fake: server } = await openFakeFalGenerator({ records, ...(fake && { fake }) });
  return { generator, fake: server };
}

/** Resolves once `check` holds, polling the fake's state (the fake has no events to wait on). */
async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('fal backend', () => {
  it('GIVEN a storm of 429s and outages on every route THEN exactly one request is submitted and one clip comes back', async () => {
    const { generator, fake } = await open();
    opened.push(generator);
    // Four 429s outlast @fal-ai/client's own three retries, so the backend's backoff takes over too.
    fake.fail('submit', 429, 429, 429, 429);
    fake.fail('status', 429);
    fake.fail('result', 503);
    const clip = await generator.generate(request(), { jobId: 'storm-1' });

    expect(fake.calls.submit).toBe(5);
    expect(fake.requests.size).toBe(1);
    const [accepted] = [...fake.requests.values()];
    expect(accepted!.input).toMatchObject({ num_frames: 33, resolution: '480p', aspect_ratio: '16:9' });
    expect(await records.get('storm-1')).toMatchObject({ requestId: accepted!.id });
    expect(clip.frames).toHaveLength(32);
    expect([clip.width, clip.height, clip.fps]).toEqual([832, 480, 16]);
    // 33 frames billed at 16 fps and $0.08 a second.
    expect(clip.billedUsd).toBe(0.17);
  }, 60_000);

  it('GIVEN an engine stopped while its request waits THEN the next engine resumes that request without submitting again', async () => {
    const first = await open();
    first.fake.pace = { queuePolls: 2, progressPolls: 10_000 };
    const stopping = new AbortController();
    const run = first.generator.generate(request(), { jobId: 'restart-1', signal: stopping.signal });
    await until(() => [...first.fake.requests.values()].some((r) => r.state === 'IN_PROGRESS'));
    stopping.abort(new ShuttingDown());
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(first.fake.cancelled).toEqual([]);
    const recorded = await records.get('restart-1');
    expect(recorded?.requestId).toBe([...first.fake.requests.keys()][0]);

    // A new engine (its own client) on the same fal account: the request finishes while it polls.
    first.fake.pace = { queuePolls: 2, progressPolls: 1 };
    const second = await open(first.fake);
    opened.push(second.generator);
    const steps: number[] = [];
    const clip = await second.generator.generate(request(), {
      jobId: 'restart-1',
      onStep: ({ step }) => steps.push(step),
    });
    expect(first.fake.calls.submit).toBe(1);
    expect(first.fake.requests.size).toBe(1);
    expect(clip.frames).toHaveLength(32);
    expect(steps.at(-1)).toBe(27);
  }, 60_000);

  it('GIVEN a job cancelled while its request runs THEN the request is cancelled at fal and forgotten', async () => {
    const { generator, fake } = await open();
    opened.push(generator);
    fake.pace = { queuePolls: 1, progressPolls: 10_000 };
    const cancel = new AbortController();
    const queued: (number | undefined)[] = [];
    const run = generator.generate(request(), {
      jobId: 'cancel-1',
      signal: cancel.signal,
      onQueued: (position) => queued.push(position),
    });
    await until(() => [...fake.requests.values()].some((r) => r.state === 'IN_PROGRESS'));
    cancel.abort(new Cancelled());
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const [id] = [...fake.requests.keys()];
    expect(fake.cancelled).toEqual([id]);
    expect(await records.get('cancel-1')).toBeUndefined();
    expect(queued).toEqual([0]);
  }, 60_000);

  it('GIVEN a request whose app fails THEN the job fails and a retry submits afresh instead of resuming it', async () => {
    const { generator, fake } = await open();
    opened.push(generator);
    fake.pace = { queuePolls: 0, progressPolls: 3 };
    const run = generator.generate(request(), { jobId: 'broken-1' });
    await until(() => fake.requests.size === 1);
    fake.failRequest([...fake.requests.keys()][0]!, 500, 'CUDA out of memory');
    await expect(run).rejects.toMatchObject({ name: 'FalRequestFailed' });
    expect(await records.get('broken-1')).toBeUndefined();

    const clip = await generator.generate(request(), { jobId: 'broken-1' });
    expect(fake.requests.size).toBe(2);
    expect(clip.frames).toHaveLength(32);
  }, 60_000);

  it('GIVEN the endpoint refuses the input (422) THEN UnsupportedRequest, nothing recorded', async () => {
    const { generator, fake } = await open();
    opened.push(generator);
    const run = generator.generate(
      { ...request(), shots: [{ caption: ' ', frames: 32 }] },
      { jobId: 'bad-1' },
    );
    await expect(run).rejects.toMatchObject({ name: 'UnsupportedRequest' });
    await expect(run).rejects.toThrow(/prompt/);
    expect(fake.requests.size).toBe(0);
    expect(await records.get('bad-1')).toBeUndefined();
  });
});
