import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readAudit } from '../../src/moderation/index.js';
import { createKeys, type Keys } from '../../src/queue/index.js';
import { BotHarness } from '../fake-discord/harness.js';
import type { FakeMessage, FakeUser, RecordedRequest } from '../fake-discord/index.js';

const PREFIX = `zt-bot-rounds-${process.pid}`;
const MANAGE_GUILD = String(1 << 5);
/** A round's "minute" in these tests: deadlines arrive in seconds. */
const MINUTE_MS = 1000;
const SEXUAL = 'a nude woman lying on a bed';

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

beforeAll(async () => {
  h = await BotHarness.start(PREFIX, { DISCORD_MESSAGE_CONTENT: 'true' });
  keys = createKeys(PREFIX);
  for (const name of ['host', 'alice', 'bob', 'carol']) users[name] = h.fake.addUser(name);
  await h.startBot({ roundMinuteMs: MINUTE_MS });
}, 60_000);

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

  it('GIVEN an open round THEN entries are moderated, capped, deduplicated, withdrawn, and the call shows the count', async () => {
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
    await vi.waitFor(async () => expect(await stored(channel)).toBeUndefined());
    expect(await h.redis.exists(keys.roundThread(record.threadId!))).toBe(0);
    expect(await answerTo(submit(users.bob!, channel, 'too late'))).toMatch(/no open round/);
  }, 60_000);

  it('GIVEN a round whose deadline passes while the bot is down THEN it closes by itself after the restart', async () => {
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
    await vi.waitFor(async () => expect(await stored(channel)).toBeUndefined());
  }, 60_000);

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
