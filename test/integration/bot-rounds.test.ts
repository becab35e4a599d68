import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordedRoundChannels } from '../../src/bot/rounds/sweep.js';
import { configSchema } from '../../src/config/index.js';
import { readAudit } from '../../src/moderation/index.js';
import { connectRedis, createKeys, type Keys, QUEUE_NAMES } from '../../src/queue/index.js';
import { BotHarness } from '../fake-discord/harness.js';
import type { FakeMessage, FakeUser, RecordedRequest } from '../fake-discord/index.js';
import { clusterUnsupported, startCluster } from '../helpers/redis-cluster.js';

const PREFIX = `zt-bot-rounds-${process.pid}`;
/** Why the rounds cannot be looked for on a Redis Cluster here (no redis-server able to run one). */
const noCluster = await clusterUnsupported();
const MANAGE_GUILD = String(1 << 5);
/** A round's "minute" in these tests: deadlines arrive in seconds. */
const MINUTE_MS = 1000;
const SEXUAL = 'a nude woman lying on a bed';
/** The engine runs the built-in model where it is present (1 s clips), else the test pattern. */
const MODEL_DIR = process.env.MODEL_DIR ?? configSchema.shape.MODEL_DIR.parse(undefined);
const hasModel = existsSync(join(MODEL_DIR, 'model_index.json'));
const COMPONENTS_V2 = 1 << 15;
/** How long a round may take from its close to its gallery in these tests (a few 1 s clips on 2 cores). */
const ROUND_MS = 90_000;

let h: BotHarness;
let keys: Keys;
const users: Record<string, FakeUser> = {};

type Interaction = { id: string; token: string };
type Json = Record<string, unknown>;

/** What the member read in answer to `i`: an immediate reply, or the edit of a deferred one. */
async function answerTo(i: Interaction): Promise<string> {
  const r: RecordedRequest = await h.fake.waitForRequest(
    (x) =>
      (x.method === 'POST' &&
        x.path.startsWith(`/interactions/${i.id}/`) &&
        (x.body as Json | undefined)?.type === 4) ||
      (x.method === 'PATCH' &&
        x.path === `/webhooks/${h.fake.appId}/${i.token}/messages/@original` &&
        typeof (x.body as Json | undefined)?.content === 'string'),
  );
  const body = r.body as Json;
  return String(r.method === 'POST' ? (body.data as Json).content : body.content);
}

/** Whether the answer to `i` was private (an ephemeral reply or deferral). */
async function wasPrivate(i: Interaction): Promise<boolean> {
  const r = await h.fake.waitForRequest(
    (x) => x.method === 'POST' && x.path.startsWith(`/interactions/${i.id}/`),
  );
  return (Number(((r.body as Json).data as Json | undefined)?.flags) & 64) !== 0;
}

function round(
  user: FakeUser,
  sub: string,
  options: Json[] = [],
  extra: { channelId?: string; permissions?: string } = {},
) {
  return h.fake.slash(user, 'round', [{ name: sub, type: 1, options }], extra);
}

const start = (channelId: string, theme: string, more: Json[] = []) =>
  round(users.host!, 'start', [{ name: 'theme', type: 3, value: theme }, ...more], {
    channelId,
    permissions: MANAGE_GUILD,
  });
const submit = (user: FakeUser, channelId: string, prompt: string) =>
  round(user, 'submit', [{ name: 'prompt', type: 3, value: prompt }], { channelId });

const botMessagesIn = (channelId: string): FakeMessage[] =>
  h.fake
    .allMessages()
    .filter((m) => m.channel_id === channelId && (m.author as { id: string }).id === h.fake.botUser.id);

async function stored(channelId: string) {
  return h.bot!.context.rounds!.store.get(channelId);
}

/** The round's results: the Components V2 messages the bot posted in the channel. */
const galleriesIn = (channelId: string): FakeMessage[] =>
  botMessagesIn(channelId).filter((m) => (Number(m.flags) & COMPONENTS_V2) !== 0);

/** The clips delivered in the channel (the gallery, which carries them too, aside). */
const clipsIn = (channelId: string): FakeMessage[] =>
  h.clipMessages().filter((m) => m.channel_id === channelId && (Number(m.flags) & COMPONENTS_V2) === 0);

/** Waits until the channel's round is over and its record gone; returns the gallery messages. */
async function roundEnded(channelId: string): Promise<FakeMessage[]> {
  await vi.waitFor(async () => expect(await stored(channelId)).toBeUndefined(), {
    timeout: ROUND_MS,
    interval: 200,
  });
  return galleriesIn(channelId);
}

type Component = Json & { type: number; components?: Component[]; items?: Json[]; content?: string };
/** Every component of a message, nested ones included. */
function componentsOf(m: FakeMessage): Component[] {
  const out: Component[] = [];
  const walk = (list: Component[] | undefined) => {
    for (const c of list ?? []) {
      out.push(c);
      walk(c.components);
    }
  };
  walk(m.components as Component[]);
  return out;
}
const mediaOf = (m: FakeMessage) =>
  componentsOf(m)
    .filter((c) => c.type === 12)
    .flatMap((c) => (c.items ?? []) as { media: { url: string }; description?: string }[]);
const textOf = (m: FakeMessage) =>
  componentsOf(m)
    .filter((c) => c.type === 10)
    .map((c) => c.content)
    .join('\n');

/** Chooses `values` in a select menu on `message` (the fake's press, sent as a string select). */
function select(user: FakeUser, message: FakeMessage, customId: string, values: string[], permissions = '0') {
  const fake = h.fake;
  const dispatch = fake.dispatch;
  fake.dispatch = (t: string, d: unknown) => {
    if (t === 'INTERACTION_CREATE') Object.assign((d as Json).data as Json, { component_type: 3, values });
    dispatch.call(fake, t, d);
  };
  try {
    return fake.press(user, message, customId, permissions);
  } finally {
    fake.dispatch = dispatch;
  }
}

/** The message an interaction's response created or updated (an ephemeral one included). */
async function responseOf(i: { id: string }): Promise<FakeMessage> {
  return h.fake.waitUntil(() => {
    const state = h.fake.interactions.get(i.id);
    if (state?.ackAt === undefined || !state.originalMessageId) return undefined;
    return h.fake.allMessages().find((m) => m.id === state.originalMessageId);
  });
}

/** Adds `n` members and enters one prompt each; returns the members in submission order. */
async function enter(channelId: string, prompts: string[]): Promise<FakeUser[]> {
  const members: FakeUser[] = [];
  for (const [i, prompt] of prompts.entries()) {
    const m = h.fake.addUser(`member${i}-${channelId.slice(-4)}`);
    members.push(m);
    expect(await answerTo(submit(m, channelId, prompt))).toMatch(/Entry received/);
  }
  return members;
}

beforeAll(async () => {
  h = await BotHarness.start(PREFIX, {
    DISCORD_MESSAGE_CONTENT: 'true',
    MODEL_DIR,
    DEFAULT_DURATION_SECONDS: '1',
    USER_MAX_QUEUED: '50',
  });
  keys = createKeys(PREFIX);
  for (const name of ['host', 'alice', 'bob', 'carol']) users[name] = h.fake.addUser(name);
  await h.startBot({ roundMinuteMs: MINUTE_MS });
  await h.startEngine(hasModel ? 'model' : 20);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('prompt rounds: collecting entries', () => {
  it('GIVEN a round host role in /settings THEN its members may start rounds, and others still may not', async () => {
    const role = h.fake.addRole('round hosts');
    const set = h.fake.slash(
      users.host!,
      'settings',
      [{ name: 'rounds', type: 1, options: [{ name: 'role', type: 8, value: role.id }] }],
      { permissions: MANAGE_GUILD, resolved: { roles: { [role.id]: role } } },
    );
    expect(await answerTo(set)).toContain(`prompt rounds started by: Manage Server or <@&${role.id}>`);
    const channel = h.fake.addTextChannel('by-role');
    const theme = [{ name: 'start', type: 1, options: [{ name: 'theme', type: 3, value: 'boats' }] }];
    const refused = h.fake.slash(users.bob!, 'round', theme, { channelId: channel, roles: [] });
    expect(await answerTo(refused)).toMatch(/Manage Server permission or the <@&\d+> role/);
    const allowed = h.fake.slash(users.alice!, 'round', theme, { channelId: channel, roles: [role.id] });
    expect(await answerTo(allowed)).toMatch(/Round open/);
    expect((await stored(channel))?.hostId).toBe(users.alice!.id);
    await answerTo(round(users.alice!, 'cancel', [], { channelId: channel }));
  }, 60_000);

  it('GIVEN no open round THEN submitting is answered privately with how to start one', async () => {
    const channel = h.fake.addTextChannel('empty');
    const i = submit(users.alice!, channel, 'a red balloon');
    expect(await answerTo(i)).toMatch(/no open round/);
    expect(await wasPrivate(i)).toBe(true);
  });

  it('GIVEN a member without Manage Server THEN they cannot start a round', async () => {
    const channel = h.fake.addTextChannel('nostart');
    const i = round(users.alice!, 'start', [{ name: 'theme', type: 3, value: 'cats' }], {
      channelId: channel,
    });
    expect(await answerTo(i)).toMatch(/Manage Server/);
    expect(await stored(channel)).toBeUndefined();
  });

  it(
    'GIVEN an open round THEN entries are moderated, capped, deduplicated, withdrawn, and the call shows the count',
    async () => {
      const channel = h.fake.addTextChannel('round-a');
      const started = start(channel, 'things that float', [
        { name: 'minutes', type: 4, value: 60 },
        { name: 'per_member', type: 4, value: 2 },
      ]);
      expect(await answerTo(started)).toMatch(/Round open until <t:\d+:t>/);
      const call = await h.fake.waitUntil(() =>
        botMessagesIn(channel).find((m) => m.content.includes('Prompt round')),
      );
      expect(call.content).toContain('things that float');
      expect(call.content).toMatch(/Closes <t:\d+:R>/);
      expect(call.allowed_mentions).toEqual(expect.objectContaining({ parse: [] }));
      const record = (await stored(channel))!;
      expect(record.threadId).toBeDefined();
      expect(h.fake.threads.has(record.threadId!)).toBe(true);

      // A second round in the same channel is refused.
      expect(await answerTo(start(channel, 'again'))).toMatch(/already has an open round/);

      expect(await answerTo(submit(users.alice!, channel, 'a red balloon over the sea'))).toMatch(
        /Entry received \(1 of 2\)/,
      );
      // The same prompt after normalisation (case, punctuation, look-alike letters) counts once.
      expect(await answerTo(submit(users.bob!, channel, 'A RED balloon — over the seа!'))).toMatch(
        /already in this round/,
      );
      // Refused by the content policy: a private reason, and it does not count.
      const refused = submit(users.bob!, channel, SEXUAL);
      expect(await answerTo(refused)).toMatch(/can't|cannot|not allowed|refused|policy/i);
      expect(await wasPrivate(refused)).toBe(true);
      const audit = await readAudit(h.redis, keys.moderationAudit(h.fake.guildId), { count: 100 });
      expect(audit.entries.filter((e) => e.userId === users.bob!.id).map((e) => e.kind)).toEqual(['entry']);
      expect(await answerTo(submit(users.alice!, channel, 'a paper boat in the rain'))).toMatch(/2 of 2/);
      expect(await answerTo(submit(users.alice!, channel, 'a leaf on a pond'))).toMatch(
        /already have 2 entries/,
      );
      // A reply in the round's thread is an entry too.
      h.fake.postAsUser(users.carol!, record.threadId!, 'a jellyfish glowing in the dark');
      await h.fake.waitUntil(() =>
        botMessagesIn(record.threadId!).find((m) => m.content.includes('Entry received')),
      );

      const withdrawn = round(users.alice!, 'withdraw', [], { channelId: channel });
      expect(await answerTo(withdrawn)).toMatch(/withdrawn; you have 1 entry/);
      const after = (await stored(channel))!;
      expect(after.entries.map((e) => [e.userId, e.prompt])).toEqual([
        [users.alice!.id, 'a red balloon over the sea'],
        [users.carol!.id, 'a jellyfish glowing in the dark'],
      ]);
      const status = round(users.alice!, 'status', [], { channelId: channel });
      expect(await answerTo(status)).toMatch(/Entries: 2 · yours: 1 of 2/);

      // The call message is edited (rate-limited) to the current count.
      await h.fake.waitUntil(
        () => h.fake.allMessages().find((m) => m.id === call.id && m.content.includes('Entries so far: 2')),
        10_000,
      );

      // Someone who is neither host nor manager cannot close it; the host can.
      expect(await answerTo(round(users.bob!, 'close', [], { channelId: channel }))).toMatch(
        /host or a member with Manage Server/,
      );
      expect(await answerTo(round(users.host!, 'close', [], { channelId: channel }))).toMatch(/Round closed/);
      const summary = await h.fake.waitUntil(() =>
        botMessagesIn(channel).find((m) => m.content.includes('closed with 2 entries')),
      );
      expect(summary.content).toContain(`<@${users.carol!.id}>`);
      expect(summary.allowed_mentions).toEqual(expect.objectContaining({ parse: [] }));
      // Closed, the round takes no entries while it runs (by command or in its thread).
      expect(await answerTo(submit(users.bob!, channel, 'too late'))).toMatch(/no open round/);
      // The default: every entry (up to 4) is made, and the results come as one gallery.
      expect(await roundEnded(channel)).toHaveLength(1);
      expect(await h.redis.exists(keys.roundThread(record.threadId!))).toBe(0);
    },
    ROUND_MS,
  );

  it(
    'GIVEN a bot restart during submissions, the deadline passing while it is down THEN the round closes by itself and ends with exactly one gallery',
    async () => {
      const channel = h.fake.addTextChannel('round-b');
      await answerTo(start(channel, 'weather', [{ name: 'minutes', type: 4, value: 3 }]));
      expect(await answerTo(submit(users.alice!, channel, 'a storm in a teacup'))).toMatch(/Entry received/);
      await h.stopBot();
      await h.startBot({ roundMinuteMs: MINUTE_MS });
      // Still collecting after the restart, with its entry.
      const kept = (await stored(channel))!;
      expect(kept.phase).toBe('collecting');
      expect(kept.entries).toHaveLength(1);
      // /round used inside the round's thread acts on the channel's round.
      expect(await answerTo(submit(users.bob!, kept.threadId!, 'fog over a city'))).toMatch(/Entry received/);
      const summary = await h.fake.waitUntil(
        () => botMessagesIn(channel).find((m) => m.content.includes('closed with 2 entries')),
        15_000,
      );
      expect(summary.content).toContain('a storm in a teacup');
      const galleries = await roundEnded(channel);
      expect(galleries).toHaveLength(1);
      expect(mediaOf(galleries[0]!).map((i) => i.media.url)).toEqual([
        'attachment://round-1.mp4',
        'attachment://round-2.mp4',
      ]);
    },
    ROUND_MS,
  );

  it('GIVEN a burst of concurrent submissions THEN none is lost and the cap holds', async () => {
    const channel = h.fake.addTextChannel('round-burst');
    await answerTo(start(channel, 'animals', [{ name: 'minutes', type: 4, value: 60 }]));
    const members = Array.from({ length: 8 }, (_, i) => h.fake.addUser(`burst${i}`));
    const burst = [
      ...members.map((m, i) => submit(m, channel, `animal number ${i} dancing`)),
      // One member tries three at once with a cap of one.
      ...[1, 2, 3].map((n) => submit(users.carol!, channel, `a cat with ${n} hats`)),
    ];
    await Promise.all(burst.map(answerTo));
    const r = (await stored(channel))!;
    expect(r.entries.filter((e) => e.userId !== users.carol!.id)).toHaveLength(8);
    expect(r.entries.filter((e) => e.userId === users.carol!.id)).toHaveLength(1);
    expect(new Set(r.entries.map((e) => e.id)).size).toBe(9);
    await answerTo(round(users.host!, 'cancel', [], { channelId: channel }));
  }, 60_000);

  it('GIVEN the host cancels THEN the round ends with nothing run and the channel is free', async () => {
    const channel = h.fake.addTextChannel('round-c');
    await answerTo(start(channel, 'robots', [{ name: 'minutes', type: 4, value: 60 }]));
    expect(await answerTo(round(users.host!, 'cancel', [], { channelId: channel }))).toMatch(
      /Round cancelled/,
    );
    await h.fake.waitUntil(() => botMessagesIn(channel).find((m) => m.content.includes('was cancelled')));
    await vi.waitFor(async () => expect(await stored(channel)).toBeUndefined());
    expect(await answerTo(start(channel, 'robots again'))).toMatch(/Round open/);
  }, 60_000);
});

describe('prompt rounds: picking, running, the gallery', () => {
  it(
    'GIVEN pick host THEN the host pages, selects (across a bot restart) and runs the picks, others are refused, and one gallery follows',
    async () => {
      const channel = h.fake.addTextChannel('round-host');
      await answerTo(
        start(channel, 'lighthouses', [
          { name: 'minutes', type: 4, value: 60 },
          { name: 'per_member', type: 4, value: 10 },
          { name: 'pick', type: 3, value: 'host' },
          { name: 'clips', type: 4, value: 2 },
        ]),
      );
      // 27 entries: the picker needs two pages of 25.
      for (let i = 1; i <= 27; i++) {
        const who = [users.alice!, users.bob!, users.carol!][i % 3]!;
        expect(await answerTo(submit(who, channel, `lighthouse number ${i} in a storm`))).toMatch(/Entry/);
      }
      expect(await answerTo(round(users.host!, 'close', [], { channelId: channel }))).toMatch(/Round closed/);
      const call = await h.fake.waitUntil(() =>
        botMessagesIn(channel).find((m) => m.content.startsWith('Entries are in')),
      );
      // Only the host is pinged.
      expect(call.content).toContain(`<@${users.host!.id}>`);
      expect(call.allowed_mentions).toEqual(expect.objectContaining({ parse: [], users: [users.host!.id] }));
      const button = componentsOf(call).find((c) => c.type === 2)!;
      expect(button.label).toBe('Pick winners');

      const refused = h.fake.press(users.bob!, call, String(button.custom_id));
      expect(await answerTo(refused)).toMatch(/Only the round's host/);
      expect(await wasPrivate(refused)).toBe(true);

      const opened = h.fake.press(users.host!, call, String(button.custom_id));
      expect(await wasPrivate(opened)).toBe(true);
      const picker = await responseOf(opened);
      expect(picker.content).toMatch(/Pick up to 2.*page 1 of 2/);
      const menu = () => componentsOf(picker).find((c) => c.type === 3)!;
      const buttons = () => componentsOf(picker).filter((c) => c.type === 2);
      expect((menu().options as Json[]).length).toBe(25);
      expect(menu().max_values).toBe(2);
      expect((menu().options as Json[])[0]).toMatchObject({
        label: '#1 lighthouse number 1 in a storm',
        value: '1',
      });
      expect(buttons().find((b) => String(b.label).startsWith('Run'))).toMatchObject({ disabled: true });

      select(users.host!, picker, String(menu().custom_id), ['2']);
      await h.fake.waitUntil(() => (picker.content.includes('Picked (1): #2') ? picker : undefined));
      // The picker lives in Redis and in its custom ids: it works on after a bot restart.
      await h.stopBot();
      await h.startBot({ roundMinuteMs: MINUTE_MS });
      const next = buttons().find((b) => b.label === 'Next')!;
      h.fake.press(users.host!, picker, String(next.custom_id));
      await h.fake.waitUntil(() => (picker.content.includes('page 2 of 2') ? picker : undefined));
      expect((menu().options as Json[]).map((o) => o.value)).toEqual(['26', '27']);
      // Two more would make three: refused privately, nothing changes.
      const tooMany = select(users.host!, picker, String(menu().custom_id), ['26', '27']);
      expect(await answerTo(tooMany)).toMatch(/at most 2/);
      expect((await stored(channel))!.picked).toEqual([2]);
      select(users.host!, picker, String(menu().custom_id), ['27']);
      await h.fake.waitUntil(() => (picker.content.includes('Picked (2): #2, #27') ? picker : undefined));
      const run = buttons().find((b) => String(b.label).startsWith('Run'))!;
      expect(run).toMatchObject({ label: 'Run 2 picked', disabled: false });
      h.fake.press(users.host!, picker, String(run.custom_id));

      const galleries = await roundEnded(channel);
      expect(galleries).toHaveLength(1);
      const gallery = galleries[0]!;
      expect(gallery.content).toBe('');
      expect(gallery.embeds).toEqual([]);
      expect(mediaOf(gallery)).toEqual([
        { media: { url: 'attachment://round-2.mp4' }, description: 'lighthouse number 2 in a storm' },
        { media: { url: 'attachment://round-27.mp4' }, description: 'lighthouse number 27 in a storm' },
      ]);
      expect(gallery.attachments.map((a) => a.filename).sort()).toEqual(['round-2.mp4', 'round-27.mp4']);
      expect(textOf(gallery)).toContain('Results: lighthouses');
      expect(textOf(gallery)).toContain(`2. lighthouse number 2 in a storm — <@${users.carol!.id}>`);
      expect(textOf(gallery)).toMatch(/27 entries · 2 run · 2 made · 0 blocked · 0 failed/);
      expect(gallery.allowed_mentions).toEqual(expect.objectContaining({ parse: [] }));
      // Each winner is a normal clip with its own thread, delivered once.
      const statuses = h.fake.requests
        .filter(
          (r) =>
            r.method === 'POST' &&
            r.path === `/channels/${channel}/messages` &&
            String(r.body?.content).startsWith('Round entry #'),
        )
        .map((r) => [r.body?.content, r.body?.allowed_mentions]);
      expect(statuses.sort()).toEqual([
        [`Round entry #2 by <@${users.carol!.id}>: queued`, expect.objectContaining({ parse: [] })],
        [`Round entry #27 by <@${users.alice!.id}>: queued`, expect.objectContaining({ parse: [] })],
      ]);
      expect(clipsIn(channel)).toHaveLength(2);
      const callMessage = botMessagesIn(channel).find((m) =>
        m.content.includes('**Prompt round:** lighthouses'),
      )!;
      expect(callMessage.content).toContain('2 of 2 done');
      // The button is gone once picking is over.
      expect(componentsOf(call).filter((c) => c.type === 2)).toEqual([]);
    },
    ROUND_MS,
  );

  it(
    'GIVEN pick vote THEN entries are anonymous, the poll is read once final, and the top entries run (ties to the earlier)',
    async () => {
      const channel = h.fake.addTextChannel('round-vote');
      h.fake.pollFinalizeDelayMs = 2500;
      try {
        await answerTo(
          start(channel, 'moons', [
            { name: 'minutes', type: 4, value: 60 },
            { name: 'pick', type: 3, value: 'vote' },
            { name: 'clips', type: 4, value: 2 },
            { name: 'vote_minutes', type: 4, value: 4 },
          ]),
        );
        const prompts = [
          'a blue moon',
          'a moon made of cheese',
          'two moons over a desert',
          'a moon in a teacup',
        ];
        const authors = await enter(channel, prompts);
        expect(await answerTo(round(users.host!, 'close', [], { channelId: channel }))).toMatch(/closed/);
        const pollMessage = await h.fake.waitUntil(() => botMessagesIn(channel).find((m) => m.poll));
        const poll = pollMessage.poll!;
        expect(poll.question.text).toBe('moons — vote for the clips to make');
        expect(poll.answers.map((a) => a.poll_media.text)).toEqual(prompts.map((p, i) => `${i + 1}. ${p}`));
        expect(poll.allow_multiselect).toBe(false);
        const record = (await stored(channel))!;
        const list = await h.fake.waitUntil(() =>
          botMessagesIn(record.threadId!).find((m) => m.content.includes('vote in the poll')),
        );
        expect(list.content).toContain('**3.** two moons over a desert');
        // Anonymous until the results: no author anywhere the bot wrote.
        for (const m of [...botMessagesIn(channel), ...botMessagesIn(record.threadId!)])
          for (const a of authors) expect(JSON.stringify(m)).not.toContain(a.id);

        const answer = (n: number) => poll.answers[n - 1]!.answer_id;
        h.fake.votePoll(users.alice!, pollMessage.id, answer(3));
        h.fake.votePoll(users.bob!, pollMessage.id, answer(3));
        h.fake.votePoll(users.carol!, pollMessage.id, answer(4));
        h.fake.votePoll(users.host!, pollMessage.id, answer(2));
        // A changed mind: carol's vote moves from 4 to 2 (one vote per member), then 4 and 2 tie with alice.
        h.fake.votePoll(users.carol!, pollMessage.id, answer(2));
        h.fake.votePoll(authors[0]!, pollMessage.id, answer(4));
        h.fake.votePoll(authors[1]!, pollMessage.id, answer(4));
        h.fake.votePoll(authors[2]!, pollMessage.id, answer(3));

        const galleries = await roundEnded(channel);
        expect(
          h.fake.requests.some(
            (r) => r.method === 'POST' && r.path.endsWith(`/polls/${pollMessage.id}/expire`),
          ),
        ).toBe(true);
        expect(galleries).toHaveLength(1);
        // 3 has 3 votes; 2 and 4 tie with 2: the earlier submission (2) wins. Winners run in submission order.
        expect(mediaOf(galleries[0]!).map((i) => i.media.url)).toEqual([
          'attachment://round-2.mp4',
          'attachment://round-3.mp4',
        ]);
        // The results name the authors (mentioned, never pinged).
        expect(textOf(galleries[0]!)).toContain(`<@${authors[2]!.id}>`);
      } finally {
        h.fake.pollFinalizeDelayMs = 0;
      }
    },
    ROUND_MS,
  );

  it(
    'GIVEN a poll of more than 10 entries with a tie, and a bot restart while it is open THEN the first 10 go to the poll and the earlier submission wins',
    async () => {
      const channel = h.fake.addTextChannel('round-tie');
      await answerTo(
        start(channel, 'kites', [
          { name: 'minutes', type: 4, value: 60 },
          { name: 'pick', type: 3, value: 'vote' },
          { name: 'clips', type: 4, value: 1 },
          { name: 'vote_minutes', type: 4, value: 3 },
        ]),
      );
      const prompts = Array.from({ length: 11 }, (_, i) => `kite number ${i + 1} in the wind`);
      await enter(channel, prompts);
      await answerTo(round(users.host!, 'close', [], { channelId: channel }));
      const pollMessage = await h.fake.waitUntil(() => botMessagesIn(channel).find((m) => m.poll));
      expect(pollMessage.poll!.answers).toHaveLength(10);
      // A restart while the poll is open: the vote job reads it at its end all the same.
      await h.stopBot();
      await h.startBot({ roundMinuteMs: MINUTE_MS });
      const record = (await stored(channel))!;
      const list = await h.fake.waitUntil(() =>
        botMessagesIn(record.threadId!).find((m) => m.content.includes('vote in the poll')),
      );
      expect(list.content).toContain(
        'the first 10 entries by submission time are in it; the other 1 are not',
      );
      const answers = pollMessage.poll!.answers;
      h.fake.votePoll(users.alice!, pollMessage.id, answers[6]!.answer_id);
      h.fake.votePoll(users.bob!, pollMessage.id, answers[4]!.answer_id);
      const galleries = await roundEnded(channel);
      expect(galleries).toHaveLength(1);
      expect(mediaOf(galleries[0]!).map((i) => i.media.url)).toEqual(['attachment://round-5.mp4']);
    },
    ROUND_MS,
  );

  it(
    'GIVEN pick all with 12 entries and clips 12 THEN every one is made and the gallery comes in two messages',
    async () => {
      const channel = h.fake.addTextChannel('round-twelve');
      await answerTo(
        start(channel, 'bridges', [
          { name: 'minutes', type: 4, value: 60 },
          { name: 'clips', type: 4, value: 12 },
        ]),
      );
      await enter(
        channel,
        Array.from({ length: 12 }, (_, i) => `bridge number ${i + 1} at night`),
      );
      await answerTo(round(users.host!, 'close', [], { channelId: channel }));
      const galleries = await roundEnded(channel);
      expect(galleries).toHaveLength(2);
      expect(galleries.map((g) => mediaOf(g).length)).toEqual([10, 2]);
      expect(textOf(galleries[0]!)).toContain('Results: bridges (1/2)');
      expect(textOf(galleries[1]!)).toContain('Results: bridges (2/2)');
      expect(textOf(galleries[0]!)).not.toContain('12 entries · 12 run');
      expect(textOf(galleries[1]!)).toContain('12 entries · 12 run · 12 made');
      const calls = botMessagesIn(channel).find((m) => m.content.includes('**Prompt round:** bridges'))!;
      expect(calls.content).toContain('12 of 12 done');
    },
    ROUND_MS,
  );

  it(
    'GIVEN a bot restart while the winners are generated THEN the round carries on and ends with exactly one gallery',
    async () => {
      const channel = h.fake.addTextChannel('round-restart');
      await answerTo(
        start(channel, 'clocks', [
          { name: 'minutes', type: 4, value: 60 },
          { name: 'clips', type: 4, value: 3 },
        ]),
      );
      await enter(channel, ['a melting clock', 'a clock with no hands', 'a cuckoo clock at dawn']);
      await answerTo(round(users.host!, 'close', [], { channelId: channel }));
      await vi.waitFor(
        async () => expect((await stored(channel))?.winners.some((w) => w.state === 'queued')).toBe(true),
        { timeout: 20_000, interval: 50 },
      );
      await h.stopBot();
      const during = JSON.parse((await h.redis.get(keys.round(channel)))!) as { phase: string };
      expect(during.phase).toBe('running');
      await new Promise((r) => setTimeout(r, 1500));
      await h.startBot({ roundMinuteMs: MINUTE_MS });
      const galleries = await roundEnded(channel);
      expect(galleries).toHaveLength(1);
      expect(mediaOf(galleries[0]!)).toHaveLength(3);
      // One status message per winner, and each clip posted once.
      const statuses = botMessagesIn(channel).filter(
        (m) => m.content.startsWith('Round entry #') || m.content === 'Done — the clip is below.',
      );
      expect(statuses).toHaveLength(3);
      expect(clipsIn(channel)).toHaveLength(3);
    },
    ROUND_MS,
  );

  it('GIVEN a vote in progress THEN cancelling ends the poll and frees the channel', async () => {
    const channel = h.fake.addTextChannel('round-vote-cancel');
    await answerTo(
      start(channel, 'owls', [
        { name: 'minutes', type: 4, value: 60 },
        { name: 'pick', type: 3, value: 'vote' },
        { name: 'vote_minutes', type: 4, value: 600 },
      ]),
    );
    await enter(channel, ['an owl reading a book']);
    await answerTo(round(users.host!, 'close', [], { channelId: channel }));
    const pollMessage = await h.fake.waitUntil(() => botMessagesIn(channel).find((m) => m.poll));
    await vi.waitFor(async () => expect((await stored(channel))?.announced).toBe(true));
    const status = round(users.alice!, 'status', [], { channelId: channel });
    expect(await answerTo(status)).toMatch(/voting ends <t:\d+:R>/);
    expect(await answerTo(round(users.bob!, 'cancel', [], { channelId: channel }))).toMatch(
      /host or a member/,
    );
    expect(await answerTo(round(users.host!, 'cancel', [], { channelId: channel }))).toMatch(
      /Round cancelled/,
    );
    expect(
      h.fake.requests.some((r) => r.method === 'POST' && r.path.endsWith(`/polls/${pollMessage.id}/expire`)),
    ).toBe(true);
    expect(await stored(channel)).toBeUndefined();
    expect(galleriesIn(channel)).toEqual([]);
  }, 60_000);
});

describe('prompt rounds: a winner the content check refuses', () => {
  it(
    'GIVEN the policy tightened after an entry THEN that winner is reported blocked in the results, not dropped',
    async () => {
      const GORE = 'a gory decapitation with blood spraying everywhere';
      const level = (value: string) =>
        answerTo(
          h.fake.slash(
            users.host!,
            'settings',
            [
              {
                name: 'moderation',
                type: 2,
                options: [{ name: 'violence', type: 1, options: [{ name: 'level', type: 3, value }] }],
              },
            ],
            { permissions: MANAGE_GUILD },
          ),
        );
      const channel = h.fake.addTextChannel('round-blocked');
      await answerTo(
        start(channel, 'swords', [
          { name: 'minutes', type: 4, value: 60 },
          { name: 'clips', type: 4, value: 2 },
        ]),
      );
      expect(await level('permissive')).toMatch(/Settings saved/);
      try {
        await enter(channel, [GORE, 'a sword in a stone']);
      } finally {
        expect(await level('standard')).toMatch(/Settings saved/);
      }
      await answerTo(round(users.host!, 'close', [], { channelId: channel }));
      const galleries = await roundEnded(channel);
      expect(galleries).toHaveLength(1);
      expect(mediaOf(galleries[0]!).map((i) => i.media.url)).toEqual(['attachment://round-2.mp4']);
      const summary = textOf(galleries[0]!);
      expect(summary).toContain('2 entries · 2 run · 1 made · 1 blocked · 0 failed');
      expect(summary).toMatch(/#1 by <@\d+>: blocked by the content check/);
      expect(summary).not.toContain('decapitation');
    },
    ROUND_MS,
  );
});

describe('prompt rounds: a step lost while the bot was down', () => {
  it(
    'GIVEN rounds whose next job was removed from the rounds queue while the bot was stopped THEN each is continued after the bot starts again',
    async () => {
      const jobs = new Queue(QUEUE_NAMES.rounds, { connection: h.redis, prefix: keys.bullPrefix });
      try {
        // One round collecting (its close job due at the deadline), one voting (its vote job due at the poll's end).
        const collecting = h.fake.addTextChannel('round-lost-close');
        await answerTo(start(collecting, 'lanterns', [{ name: 'minutes', type: 4, value: 5 }]));
        await enter(collecting, ['a paper lantern on a river']);
        const voting = h.fake.addTextChannel('round-lost-vote');
        await answerTo(
          start(voting, 'comets', [
            { name: 'minutes', type: 4, value: 60 },
            { name: 'pick', type: 3, value: 'vote' },
            { name: 'clips', type: 4, value: 1 },
            { name: 'vote_minutes', type: 4, value: 3 },
          ]),
        );
        await enter(voting, ['a comet over a farm']);
        await answerTo(round(users.host!, 'close', [], { channelId: voting }));
        await vi.waitFor(async () => expect((await stored(voting))?.announced).toBe(true));
        const entering = (await stored(collecting))!;
        const polling = (await stored(voting))!;
        expect(entering.phase).toBe('collecting');
        await h.stopBot();
        // As if the bot had died after a step and before queueing the next one.
        const lost = [`close-${entering.id}`, `vote-${polling.id}`];
        for (const jobId of lost) {
          await jobs.remove(jobId);
          expect(await jobs.getJob(jobId)).toBeUndefined();
        }
        // Both come due while the bot is down.
        const due = Math.max(entering.deadline, polling.poll!.endsAt);
        await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now()) + 200));
        await h.startBot({ roundMinuteMs: MINUTE_MS });
        const [lanterns, comets] = await Promise.all([roundEnded(collecting), roundEnded(voting)]);
        expect(lanterns.map((g) => mediaOf(g).map((i) => i.media.url))).toEqual([
          ['attachment://round-1.mp4'],
        ]);
        expect(comets.map((g) => mediaOf(g).map((i) => i.media.url))).toEqual([['attachment://round-1.mp4']]);
      } finally {
        await jobs.close();
      }
    },
    ROUND_MS,
  );

  it.skipIf(noCluster)(
    'GIVEN rounds of several deployments on a Redis Cluster THEN each finds its own on whichever master holds them, and a glob in its prefix matches only itself',
    async () => {
      const cluster = await startCluster(3);
      const redis = connectRedis(cluster.url);
      try {
        // Eight deployments: their hash tags spread over the masters. `[1]` would match `1` as a glob.
        const deployments = Array.from({ length: 8 }, (_, i) => createKeys(`zt-sweep[${i}]`));
        const lookalike = createKeys('zt-sweep1');
        for (const [i, k] of deployments.entries()) {
          await redis.set(k.round(`10${i}`), '{}');
          await redis.set(k.round(`20${i}`), '{}');
          await redis.set(k.roundThread(`30${i}`), `10${i}`);
        }
        await redis.set(lookalike.round('999'), '{}');
        for (const [i, k] of deployments.entries())
          expect((await recordedRoundChannels(redis, k)).sort()).toEqual([`10${i}`, `20${i}`]);
      } finally {
        redis.disconnect();
        await cluster.stop();
      }
    },
    60_000,
  );
});
