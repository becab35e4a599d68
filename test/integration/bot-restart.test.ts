import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, jobIdOf, messageBearing } from '../fake-discord/harness.js';
import type { FakeUser, RecordedRequest } from '../fake-discord/index.js';

const PREFIX = `zt-bot-restart-${process.pid}`;
const SIXTEEN_MINUTES = 16 * 60 * 1000;

let h: BotHarness;
let alice: FakeUser;

const clipsOf = (jobId: string) => h.clipMessages().filter((m) => JSON.stringify(m.embeds).includes(jobId));

/** Sends /generate and returns the job id once the status embed (queued) is shown. */
async function queueClip(prompt: string): Promise<string> {
  const interaction = h.fake.slash(alice, 'generate', [{ name: 'prompt', type: 3, value: prompt }]);
  const status = await h.fake.waitForRequest(
    (r: RecordedRequest) =>
      r.method === 'PATCH' && r.path.includes(interaction.token) && jobIdOf(r.body) !== undefined,
  );
  return jobIdOf(status.body)!;
}

/** Resolves when the engine has finished the job (and so has added its delivery). */
function engineFinished(jobId: string): Promise<void> {
  return new Promise((resolve) => {
    const on = (job: { id?: string }) => {
      if (job.id !== jobId) return;
      h.engine?.worker.off('completed', on);
      resolve();
    };
    h.engine?.worker.on('completed', on);
  });
}

beforeAll(async () => {
  h = await BotHarness.start(PREFIX);
  alice = h.fake.addUser('alice');
});

afterAll(async () => {
  await h?.close();
});

afterEach(() => {
  for (const r of h.fake.requests) {
    const body = messageBearing(r);
    if (body) expect((body.allowed_mentions as { parse?: string[] } | undefined)?.parse).toEqual([]);
  }
});

describe('delivery across bot restarts', () => {
  it('GIVEN the bot is down when the engine finishes THEN the restarted bot posts exactly one clip, and a further restart posts none', async () => {
    await h.startBot();
    const jobId = await queueClip('a purple star spinning');
    await h.stopBot();

    await h.startEngine();
    const finished = engineFinished(jobId);
    await finished;
    expect(clipsOf(jobId)).toHaveLength(0);

    await h.startBot();
    await h.delivered(jobId);
    expect(clipsOf(jobId)).toHaveLength(1);
    await h.stopBot();

    // A redelivery of the same job (a duplicate add, a retry) finds the marker and posts nothing.
    await h.startBot();
    const { DeliveryQueue, createKeys } = await import('../../src/queue/index.js');
    const record = await h.bot!.context.state.job(jobId);
    const again = new DeliveryQueue(h.redis, createKeys(PREFIX));
    await again.queue.add(
      'deliver',
      { version: 1, jobId, job: record!.job, result: record!.result! } as never,
      {
        jobId: `redeliver-${jobId}`,
      },
    );
    await new Promise<void>((resolve) =>
      h.bot!.deliveries.worker.on('completed', (job) => job.id === `redeliver-${jobId}` && resolve()),
    );
    await again.close();
    expect(clipsOf(jobId)).toHaveLength(1);
    await h.stopBot();
  });

  it('GIVEN the token expired AND the bot dies after Discord stored the post but before it heard back THEN the next bot adopts that message: exactly one clip, pinging only the requester', async () => {
    const clock = () => Date.now() + SIXTEEN_MINUTES;
    await h.startBot({ clock });
    h.fake.inject({
      method: 'POST',
      path: new RegExp(`^/channels/${h.fake.channelId}/messages$`),
      status: 0,
      uploadsOnly: true,
      mode: 'hang',
      // Every attempt of the dying bot hangs (its REST client may retry on the same connection).
      times: 10,
    });
    if (!h.engine) await h.startEngine();
    const jobId = await queueClip('an orange square bouncing');
    const hung = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${h.fake.channelId}/messages` && r.files.length > 0,
    );
    expect(hung.status).toBe(0);
    // Discord stored the post; the bot never heard back.
    expect(clipsOf(jobId)).toHaveLength(1);
    await h.stopBot(true);

    // The next bot's stalled-job check takes the delivery up again once the dead bot's lock lapses.
    await h.startBot({ clock });
    await h.delivered(jobId);
    const clips = clipsOf(jobId);
    expect(clips).toHaveLength(1);
    expect(clips[0]!.content).toBe(`<@${alice.id}> your clip is ready.`);
    expect(clips[0]!.allowed_mentions).toMatchObject({ parse: [], users: [alice.id] });
    expect(await h.redis.get(`{${PREFIX}}:delivered:${jobId}`)).toBe(`posted:${clips[0]!.id}`);
  });
});
