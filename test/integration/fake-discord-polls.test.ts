import {
  ChannelType,
  Client,
  ContainerBuilder,
  Events,
  GatewayIntentBits,
  MediaGalleryBuilder,
  MediaGalleryItemBuilder,
  MessageFlags,
  MessageType,
  type PartialPollAnswer,
  Partials,
  type PollAnswer,
  type TextChannel,
  TextDisplayBuilder,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FakeDiscord,
  type FakeMessage,
  type FakeUser,
  IS_COMPONENTS_V2,
  POLL_RESULT_MESSAGE_TYPE,
} from '../fake-discord/index.js';

// The fake Discord's polls and Components V2 messages, driven over plain REST as Discord's wire format, and
// through the real discord.js client (vote events, poll sends and ends, a gallery built with its builders).

type Json = Record<string, unknown>;
const HOUR_MS = 60 * 60 * 1000;
const MIB = 1024 * 1024;

let fake: FakeDiscord;
let client: Client;
let alice: FakeUser;
let bob: FakeUser;
let carol: FakeUser;

async function api(
  method: string,
  path: string,
  body?: Json | FormData,
): Promise<{ status: number; json: Json }> {
  const headers: Record<string, string> = { authorization: 'Bot fake-token' };
  if (body && !(body instanceof FormData)) headers['content-type'] = 'application/json';
  const init: RequestInit = { method, headers };
  if (body) init.body = body instanceof FormData ? body : JSON.stringify(body);
  const res = await fetch(`${fake.apiUrl}/v10${path}`, init);
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Json) : {} };
}

const send = (body: Json | FormData, channelId = fake.channelId) =>
  api('POST', `/channels/${channelId}/messages`, body);

function pollBody(answers: string[], extra: Json = {}): Json {
  return {
    poll: {
      question: { text: 'Which clip wins?' },
      answers: answers.map((text) => ({ poll_media: { text } })),
      ...extra,
    },
  };
}

async function createPoll(answers: string[], extra: Json = {}): Promise<FakeMessage> {
  const { status, json } = await send(pollBody(answers, extra));
  expect(status).toBe(200);
  return json as FakeMessage;
}

type PollWire = {
  question: { text: string };
  answers: { answer_id: number; poll_media: { text: string } }[];
  expiry: string;
  allow_multiselect: boolean;
  layout_type: number;
  results: { is_finalized: boolean; answer_counts: { id: number; count: number; me_voted: boolean }[] };
};

async function pollOf(messageId: string, channelId = fake.channelId): Promise<PollWire> {
  const { status, json } = await api('GET', `/channels/${channelId}/messages/${messageId}`);
  expect(status).toBe(200);
  return json.poll as PollWire;
}

const counts = (poll: PollWire) => Object.fromEntries(poll.results.answer_counts.map((c) => [c.id, c.count]));

/** The field path a 50035 names, e.g. `poll.answers`. */
function errorPath(json: Json): string {
  const parts: string[] = [];
  let node = json.errors as Json | undefined;
  while (node && !('_errors' in node)) {
    const key = Object.keys(node)[0]!;
    parts.push(key);
    node = node[key] as Json;
  }
  return parts.join('.');
}

function resultMessageFor(pollId: string): FakeMessage | undefined {
  return fake
    .allMessages()
    .find(
      (m) =>
        m.type === POLL_RESULT_MESSAGE_TYPE &&
        (m.message_reference as { message_id?: string } | undefined)?.message_id === pollId,
    );
}

function resultFields(message: FakeMessage): Record<string, string> {
  const embed = message.embeds[0] as { type: string; fields: { name: string; value: string }[] };
  expect(embed.type).toBe('poll_result');
  return Object.fromEntries(embed.fields.map((f) => [f.name, f.value]));
}

/** Resolves with the next `count` vote events the client emits (add and remove, in order). */
function nextVotes(count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const seen: string[] = [];
    const timer = setTimeout(() => {
      off();
      reject(new Error(`only ${seen.length} vote events: ${seen.join(', ')}`));
    }, 5000);
    const on = (kind: string) => (answer: PollAnswer | PartialPollAnswer, userId: string) => {
      seen.push(`${kind} ${answer.id} ${userId} ${answer.poll.messageId}`);
      if (seen.length === count) {
        off();
        resolve(seen);
      }
    };
    const add = on('add');
    const remove = on('remove');
    const off = () => {
      clearTimeout(timer);
      client.off(Events.MessagePollVoteAdd, add);
      client.off(Events.MessagePollVoteRemove, remove);
    };
    client.on(Events.MessagePollVoteAdd, add);
    client.on(Events.MessagePollVoteRemove, remove);
  });
}

function connect(intents: GatewayIntentBits[]): Promise<Client> {
  const c = new Client({
    intents,
    partials: [Partials.Message, Partials.Poll, Partials.PollAnswer],
    rest: { api: fake.apiUrl, version: '10', cdn: fake.cdnUrl, offset: 0 },
  });
  const ready = new Promise<void>((resolve) => c.once(Events.ClientReady, () => resolve()));
  return c.login('fake-token').then(() => ready.then(() => c));
}

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  alice = fake.addUser('alice');
  bob = fake.addUser('bob');
  carol = fake.addUser('carol');
  client = await connect([
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.GuildMessagePolls,
  ]);
});

afterAll(async () => {
  await client?.destroy();
  await fake?.stop();
});

describe('polls', () => {
  it('stores a poll sent as JSON or multipart in the wire format: ids from 1, expiry from the duration', async () => {
    const before = fake.now();
    const message = await createPoll(['Clip A', 'Clip B', 'Clip C'], { duration: 2 });
    const poll = message.poll as unknown as PollWire;
    expect(poll.question).toEqual({ text: 'Which clip wins?' });
    expect(poll.answers).toEqual([
      { answer_id: 1, poll_media: { text: 'Clip A' } },
      { answer_id: 2, poll_media: { text: 'Clip B' } },
      { answer_id: 3, poll_media: { text: 'Clip C' } },
    ]);
    expect(poll.allow_multiselect).toBe(false);
    expect(poll.layout_type).toBe(1);
    const expiry = Date.parse(poll.expiry);
    expect(expiry).toBeGreaterThanOrEqual(before + 2 * HOUR_MS);
    expect(expiry).toBeLessThan(fake.now() + 2 * HOUR_MS + 1000);
    expect(poll.results).toEqual({
      is_finalized: false,
      answer_counts: [
        { id: 1, count: 0, me_voted: false },
        { id: 2, count: 0, me_voted: false },
        { id: 3, count: 0, me_voted: false },
      ],
    });
    expect(await pollOf(message.id)).toEqual(poll);

    const form = new FormData();
    form.set('payload_json', JSON.stringify(pollBody(['Yes', 'No'], { allow_multiselect: true })));
    const multipart = await send(form);
    expect(multipart.status).toBe(200);
    const second = multipart.json.poll as PollWire;
    expect(second.allow_multiselect).toBe(true);
    expect(second.answers.map((a) => a.answer_id)).toEqual([1, 2]);
    // 24 hours when no duration is given.
    expect(Date.parse(second.expiry) - fake.now()).toBeGreaterThan(23.9 * HOUR_MS);
    expect(Date.parse(second.expiry) - fake.now()).toBeLessThanOrEqual(24 * HOUR_MS);
  });

  it('refuses polls Discord refuses, with 50035 and the field, and stores nothing', async () => {
    const stored = fake.allMessages().length;
    const cases: [Json, string][] = [
      [pollBody([]), 'poll.answers'],
      [pollBody(Array.from({ length: 11 }, (_, i) => `Clip ${i}`)), 'poll.answers'],
      [pollBody(['ok', 'x'.repeat(56)]), 'poll.answers.1.poll_media.text'],
      [pollBody(['ok', '']), 'poll.answers.1.poll_media.text'],
      [
        { poll: { question: { text: 'q'.repeat(301) }, answers: [{ poll_media: { text: 'a' } }] } },
        'poll.question.text',
      ],
      [pollBody(['a', 'b'], { duration: 0 }), 'poll.duration'],
      [pollBody(['a', 'b'], { duration: 769 }), 'poll.duration'],
      [{ ...pollBody(['a', 'b']), flags: IS_COMPONENTS_V2 }, 'poll'],
    ];
    for (const [body, path] of cases) {
      const { status, json } = await send(body);
      expect(status, path).toBe(400);
      expect(json.code).toBe(50035);
      expect(json.message).toBe('Invalid Form Body');
      expect(errorPath(json)).toBe(path);
    }
    // The limits themselves are accepted.
    const edge = await send(
      pollBody(
        Array.from({ length: 10 }, (_, i) => `${i}`.padEnd(55, 'x')),
        { duration: 768 },
      ),
    );
    expect(edge.status).toBe(200);
    expect(fake.allMessages().length).toBe(stored + 1);
  });

  it('counts votes, replaces a single-choice vote, and tells a client with the polls intent', async () => {
    const message = await createPoll(['Clip A', 'Clip B']);
    const events = nextVotes(5);
    fake.votePoll(alice, message.id, 1);
    fake.votePoll(bob, message.id, 1);
    expect(counts(await pollOf(message.id))).toEqual({ 1: 2, 2: 0 });
    // Alice changes her mind: her vote moves, it is not added.
    fake.votePoll(alice, message.id, 2);
    expect(counts(await pollOf(message.id))).toEqual({ 1: 1, 2: 1 });
    fake.unvotePoll(bob, message.id, 1);
    expect(counts(await pollOf(message.id))).toEqual({ 1: 0, 2: 1 });
    // Taking back a vote never cast changes nothing and tells nobody.
    fake.unvotePoll(carol, message.id, 2);
    fake.votePoll(alice, message.id, 2);
    expect(await events).toEqual([
      `add 1 ${alice.id} ${message.id}`,
      `add 1 ${bob.id} ${message.id}`,
      `remove 1 ${alice.id} ${message.id}`,
      `add 2 ${alice.id} ${message.id}`,
      `remove 1 ${bob.id} ${message.id}`,
    ]);
    expect((await pollOf(message.id)).results.is_finalized).toBe(false);
    expect(() => fake.votePoll(alice, message.id, 9)).toThrow(/no answer 9/);
  });

  it('sends vote events only to connections that asked for the Guild Message Polls intent', async () => {
    const deaf = await connect([GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages]);
    try {
      let heard = 0;
      deaf.on(Events.MessagePollVoteAdd, () => heard++);
      const message = await createPoll(['Clip A', 'Clip B']);
      const events = nextVotes(1);
      fake.votePoll(carol, message.id, 2);
      expect(await events).toEqual([`add 2 ${carol.id} ${message.id}`]);
      // Give the second connection the same time to hear it.
      await new Promise((r) => setTimeout(r, 200));
      expect(heard).toBe(0);
    } finally {
      await deaf.destroy();
    }
  });

  it('keeps every vote of a member on a multiple-choice poll and lists voters by answer', async () => {
    const message = await createPoll(['Clip A', 'Clip B', 'Clip C'], { allow_multiselect: true });
    fake.votePoll(alice, message.id, 1);
    fake.votePoll(alice, message.id, 3);
    fake.votePoll(bob, message.id, 3);
    fake.votePoll(carol, message.id, 3);
    expect(counts(await pollOf(message.id))).toEqual({ 1: 1, 2: 0, 3: 3 });
    const voters = await api('GET', `/channels/${fake.channelId}/polls/${message.id}/answers/3`);
    expect(voters.status).toBe(200);
    const ids = (voters.json.users as { id: string; username: string }[]).map((u) => u.username);
    expect(ids.sort()).toEqual(['alice', 'bob', 'carol']);
    const sorted = [alice, bob, carol].map((u) => u.id).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
    const page = await api(
      'GET',
      `/channels/${fake.channelId}/polls/${message.id}/answers/3?after=${sorted[0]}&limit=1`,
    );
    expect((page.json.users as { id: string }[]).map((u) => u.id)).toEqual([sorted[1]]);
    const none = await api('GET', `/channels/${fake.channelId}/polls/${message.id}/answers/2`);
    expect(none.json).toEqual({ users: [] });
  });

  it('ends a poll at the bot’s request: expiry now, final counts, a POLL_RESULT message naming the winner', async () => {
    const message = await createPoll(['Clip A', 'Clip B', 'Clip C']);
    fake.votePoll(alice, message.id, 2);
    fake.votePoll(bob, message.id, 2);
    fake.votePoll(carol, message.id, 1);
    const created = new Promise<{ type: MessageType; ref: string | undefined }>((resolve) =>
      client.once(Events.MessageCreate, (m) => resolve({ type: m.type, ref: m.reference?.messageId })),
    );
    const before = fake.now();
    const ended = await api('POST', `/channels/${fake.channelId}/polls/${message.id}/expire`);
    expect(ended.status).toBe(200);
    expect(ended.json.id).toBe(message.id);
    const answered = ended.json.poll as PollWire;
    expect(Date.parse(answered.expiry)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(answered.expiry)).toBeLessThanOrEqual(fake.now());
    expect(answered.results.is_finalized).toBe(false);

    const poll = await pollOf(message.id);
    expect(poll.results.is_finalized).toBe(true);
    expect(counts(poll)).toEqual({ 1: 1, 2: 2, 3: 0 });
    const result = resultMessageFor(message.id)!;
    expect(result).toBeDefined();
    expect(result.channel_id).toBe(fake.channelId);
    expect(result.message_reference).toMatchObject({ message_id: message.id, channel_id: fake.channelId });
    expect(resultFields(result)).toEqual({
      poll_question_text: 'Which clip wins?',
      victor_answer_votes: '2',
      total_votes: '3',
      victor_answer_id: '2',
      victor_answer_text: 'Clip B',
    });
    expect(await created).toEqual({ type: MessageType.PollResult, ref: message.id });
    expect(() => fake.votePoll(alice, message.id, 3)).toThrow(/has ended/);
  });

  it('names no winner on a tie, and finalizes only after pollFinalizeDelayMs', async () => {
    const message = await createPoll(['Clip A', 'Clip B']);
    fake.votePoll(alice, message.id, 1);
    fake.votePoll(bob, message.id, 2);
    fake.pollFinalizeDelayMs = 300;
    try {
      const ended = await api('POST', `/channels/${fake.channelId}/polls/${message.id}/expire`);
      expect(ended.status).toBe(200);
      const open = await pollOf(message.id);
      expect(open.results.is_finalized).toBe(false);
      expect(resultMessageFor(message.id)).toBeUndefined();
      // Ended all the same: no more votes, no second end.
      expect(() => fake.votePoll(carol, message.id, 1)).toThrow(/has ended/);
      await new Promise((r) => setTimeout(r, 400));
      expect((await pollOf(message.id)).results.is_finalized).toBe(true);
      expect(resultFields(resultMessageFor(message.id)!)).toEqual({
        poll_question_text: 'Which clip wins?',
        victor_answer_votes: '0',
        total_votes: '2',
      });
    } finally {
      fake.pollFinalizeDelayMs = 0;
    }
  });

  it('refuses to end another member’s poll, a message without a poll, or a poll already ended', async () => {
    const theirs = fake.postPollAsUser(alice, fake.channelId, {
      question: { text: 'Lunch?' },
      answers: [{ poll_media: { text: 'Yes' } }, { poll_media: { text: 'No' } }],
    });
    const other = await api('POST', `/channels/${fake.channelId}/polls/${theirs.id}/expire`);
    expect(other.status).toBe(403);
    expect(other.json.code).toBe(50013);
    expect((await pollOf(theirs.id)).results.is_finalized).toBe(false);

    const plain = await send({ content: 'no poll here' });
    const notPoll = await api('POST', `/channels/${fake.channelId}/polls/${plain.json.id}/expire`);
    expect(notPoll.status).toBe(400);
    expect(notPoll.json.code).toBe(520006);

    const mine = await createPoll(['Clip A', 'Clip B']);
    expect((await api('POST', `/channels/${fake.channelId}/polls/${mine.id}/expire`)).status).toBe(200);
    const again = await api('POST', `/channels/${fake.channelId}/polls/${mine.id}/expire`);
    expect(again.status).toBe(400);
    expect(again.json.code).toBe(520001);
    const results = fake
      .allMessages()
      .filter(
        (m) =>
          m.type === POLL_RESULT_MESSAGE_TYPE &&
          (m.message_reference as { message_id: string }).message_id === mine.id,
      );
    expect(results).toHaveLength(1);

    const unknown = await api('POST', `/channels/${fake.channelId}/polls/123456789012345678/expire`);
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe(10008);
  });

  it('ends a poll by itself when the clock passes its expiry', async () => {
    const message = await createPoll(['Clip A', 'Clip B'], { duration: 1 });
    fake.votePoll(alice, message.id, 1);
    fake.advance(HOUR_MS - 60_000);
    fake.votePoll(bob, message.id, 1);
    expect((await pollOf(message.id)).results.is_finalized).toBe(false);
    expect(resultMessageFor(message.id)).toBeUndefined();
    fake.advance(61_000);
    const poll = await pollOf(message.id);
    expect(poll.results.is_finalized).toBe(true);
    expect(counts(poll)).toEqual({ 1: 2, 2: 0 });
    expect(resultFields(resultMessageFor(message.id)!)).toMatchObject({
      victor_answer_id: '1',
      victor_answer_votes: '2',
      total_votes: '2',
    });
    expect(() => fake.votePoll(carol, message.id, 2)).toThrow(/has ended/);
    const late = await api('POST', `/channels/${fake.channelId}/polls/${message.id}/expire`);
    expect(late.json.code).toBe(520001);
  });

  it('refuses an edit of a poll with 520003', async () => {
    const message = await createPoll(['Clip A', 'Clip B']);
    const edit = await api(
      'PATCH',
      `/channels/${fake.channelId}/messages/${message.id}`,
      pollBody(['C', 'D']),
    );
    expect(edit.status).toBe(400);
    expect(edit.json.code).toBe(520003);
    expect((await pollOf(message.id)).answers.map((a) => a.poll_media.text)).toEqual(['Clip A', 'Clip B']);
  });

  it('speaks discord.js: send, voters, endPoll, and votes on a message sent before the client cached it', async () => {
    const channel = (await client.channels.fetch(fake.channelId)) as TextChannel;
    expect(channel.type).toBe(ChannelType.GuildText);
    const sent = await channel.send({
      poll: {
        question: { text: 'Best clip of the round?' },
        answers: [{ text: 'Clip A' }, { text: 'Clip B', emoji: '🎬' }],
        duration: 4,
        allowMultiselect: false,
      },
    });
    expect(sent.poll?.question.text).toBe('Best clip of the round?');
    expect([...sent.poll!.answers.keys()]).toEqual([1, 2]);
    expect(sent.poll!.answers.get(2)!.emoji?.name).toBe('🎬');
    const events = nextVotes(1);
    fake.votePoll(bob, sent.id, 2);
    expect(await events).toEqual([`add 2 ${bob.id} ${sent.id}`]);
    expect(sent.poll!.answers.get(2)!.voteCount).toBe(1);
    const voters = await channel.messages.fetchPollAnswerVoters({ messageId: sent.id, answerId: 2 });
    expect([...voters.keys()]).toEqual([bob.id]);
    const ended = await channel.messages.endPoll(sent.id);
    expect(ended.id).toBe(sent.id);
    expect(resultFields(resultMessageFor(sent.id)!).victor_answer_text).toBe('Clip B');
    const fetched = await channel.messages.fetch({ message: sent.id, force: true });
    expect(fetched.poll?.resultsFinalized).toBe(true);
    expect(fetched.poll?.answers.get(2)?.voteCount).toBe(1);
  });
});

describe('Components V2', () => {
  const gallery = (names: string[]): Json => ({
    type: 17,
    accent_color: 0x5865f2,
    components: [
      { type: 10, content: '## Round 3 results' },
      {
        type: 12,
        items: names.map((name, i) => ({
          media: { url: `attachment://${name}` },
          description: `Entry ${i + 1}`,
        })),
      },
      { type: 14, divider: true, spacing: 1 },
      { type: 10, content: 'Winner: Clip B' },
    ],
  });

  function upload(payload: Json, files: { name: string; data: Buffer }[]): FormData {
    const form = new FormData();
    form.set(
      'payload_json',
      JSON.stringify({ ...payload, attachments: files.map((_, i) => ({ id: String(i) })) }),
    );
    files.forEach((f, i) => {
      form.set(`files[${i}]`, new Blob([new Uint8Array(f.data)], { type: 'video/mp4' }), f.name);
    });
    return form;
  }

  const clipA = Buffer.from('fake mp4 bytes: clip A');
  const clipB = Buffer.from('fake mp4 bytes: clip B, a little longer');

  it('accepts a gallery referencing two uploaded mp4s and keeps flags, components and bytes', async () => {
    const payload = { flags: IS_COMPONENTS_V2, components: [gallery(['a.mp4', 'b.mp4'])] };
    const { status, json } = await send(
      upload(payload, [
        { name: 'a.mp4', data: clipA },
        { name: 'b.mp4', data: clipB },
      ]),
    );
    expect(status).toBe(200);
    const message = fake.allMessages().find((m) => m.id === json.id)!;
    expect(Number(message.flags) & IS_COMPONENTS_V2).toBe(IS_COMPONENTS_V2);
    expect(message.components).toEqual(payload.components);
    expect(message.content).toBe('');
    expect(message.attachments.map((a) => a.filename)).toEqual(['a.mp4', 'b.mp4']);
    expect(fake.fileAt(String(message.attachments[0]!.url))).toEqual(clipA);
    const served = await fetch(String(message.attachments[1]!.url));
    expect(Buffer.from(await served.arrayBuffer())).toEqual(clipB);
    expect((await api('GET', `/channels/${fake.channelId}/messages/${message.id}`)).json.flags).toBe(
      IS_COMPONENTS_V2,
    );

    // An edit may keep the uploaded files by id; the flag cannot be dropped, content cannot be added.
    const keep = message.attachments.map((a) => ({ id: a.id }));
    const edited = await api('PATCH', `/channels/${fake.channelId}/messages/${message.id}`, {
      components: [gallery(['b.mp4', 'a.mp4'])],
      attachments: keep,
    });
    expect(edited.status).toBe(200);
    expect(message.attachments.map((a) => a.filename)).toEqual(['a.mp4', 'b.mp4']);
    const dropFlag = await api('PATCH', `/channels/${fake.channelId}/messages/${message.id}`, { flags: 0 });
    expect(dropFlag.status).toBe(400);
    expect(dropFlag.json.code).toBe(50035);
    const addContent = await api('PATCH', `/channels/${fake.channelId}/messages/${message.id}`, {
      content: 'hello',
    });
    expect(addContent.status).toBe(400);
    expect(errorPath(addContent.json)).toBe('content');
    // Dropping a file the gallery still shows is refused too.
    const dropFile = await api('PATCH', `/channels/${fake.channelId}/messages/${message.id}`, {
      attachments: [keep[0]],
    });
    expect(dropFile.status).toBe(400);
    expect(Number(message.flags) & IS_COMPONENTS_V2).toBe(IS_COMPONENTS_V2);
    expect(message.content).toBe('');
    expect(message.attachments).toHaveLength(2);
  });

  it('refuses content, embeds, a gallery of 11, an unknown attachment name, too many components or too much text', async () => {
    const stored = fake.allMessages().length;
    const files = [{ name: 'a.mp4', data: clipA }];
    const cases: [Json, string][] = [
      [{ content: 'hi', components: [gallery(['a.mp4'])] }, 'content'],
      [{ embeds: [{ title: 'x' }], components: [gallery(['a.mp4'])] }, 'embeds'],
      [
        { components: [gallery(Array.from({ length: 11 }, () => 'a.mp4'))] },
        'components.0.components.1.items',
      ],
      [{ components: [gallery(['a.mp4', 'missing.mp4'])] }, 'components.0.components.1.items.1.media.url'],
      [
        {
          components: [
            { type: 12, items: [{ media: { url: 'attachment://a.mp4' }, description: 'd'.repeat(1025) }] },
          ],
        },
        'components.0.items.0.description',
      ],
      [{ components: Array.from({ length: 41 }, () => ({ type: 10, content: 'x' })) }, 'components'],
      [
        {
          components: [
            { type: 17, components: Array.from({ length: 40 }, () => ({ type: 10, content: 'x' })) },
          ],
        },
        'components',
      ],
      [
        {
          components: [
            { type: 10, content: 'x'.repeat(2001) },
            { type: 10, content: 'y'.repeat(2000) },
          ],
        },
        'components',
      ],
      [{ components: [{ type: 99 }] }, 'components.0.type'],
    ];
    for (const [payload, path] of cases) {
      const { status, json } = await send(upload({ flags: IS_COMPONENTS_V2, ...payload }, files));
      expect(status, path).toBe(400);
      expect(json.code, path).toBe(50035);
      expect(errorPath(json)).toBe(path);
    }
    // No file at all: the gallery's name refers to nothing.
    const bare = await send({ flags: IS_COMPONENTS_V2, components: [gallery(['a.mp4'])] });
    expect(bare.status).toBe(400);
    // 40 components in all and 4000 characters are the limits, not over them.
    const full = await send({
      flags: IS_COMPONENTS_V2,
      components: [
        { type: 17, components: Array.from({ length: 39 }, () => ({ type: 10, content: 'x'.repeat(100) })) },
      ],
    });
    expect(full.status).toBe(200);
    expect(fake.allMessages().length).toBe(stored + 1);
  });

  it('checks interaction replies and followups the same way', async () => {
    const interaction = fake.slash(alice, 'round', []);
    const callback = `/interactions/${interaction.id}/${interaction.token}/callback`;
    const refused = await api('POST', callback, {
      type: 4,
      data: { flags: IS_COMPONENTS_V2, content: 'results', components: [{ type: 10, content: 'x' }] },
    });
    expect(refused.status).toBe(400);
    expect(interaction.ackAt).toBeUndefined();
    const polled = await api('POST', `${callback}?with_response=true`, {
      type: 4,
      data: pollBody(['A', 'B']),
    });
    expect(polled.status).toBe(200);
    const message = (polled.json.resource as { message: FakeMessage }).message;
    expect((message.poll as unknown as PollWire).answers).toHaveLength(2);
    const followup = `/webhooks/${fake.appId}/${interaction.token}?wait=true`;
    const gallerySent = await api('POST', followup, {
      flags: IS_COMPONENTS_V2,
      components: [{ type: 10, content: 'ok' }],
    });
    expect(gallerySent.status).toBe(200);
    expect(Number(gallerySent.json.flags) & IS_COMPONENTS_V2).toBe(IS_COMPONENTS_V2);
    const editOriginal = await api(
      'PATCH',
      `/webhooks/${fake.appId}/${interaction.token}/messages/@original`,
      pollBody(['C', 'D']),
    );
    expect(editOriginal.json.code).toBe(520003);
  });

  it('takes a gallery built with discord.js builders and files', async () => {
    const channel = (await client.channels.fetch(fake.channelId)) as TextChannel;
    const container = new ContainerBuilder()
      .addTextDisplayComponents(new TextDisplayBuilder().setContent('## Gallery'))
      .addMediaGalleryComponents(
        new MediaGalleryBuilder().addItems(
          new MediaGalleryItemBuilder().setURL('attachment://one.mp4').setDescription('Clip one'),
          new MediaGalleryItemBuilder().setURL('attachment://two.mp4'),
        ),
      );
    const sent = await channel.send({
      flags: MessageFlags.IsComponentsV2,
      components: [container],
      files: [
        { attachment: clipA, name: 'one.mp4' },
        { attachment: clipB, name: 'two.mp4' },
      ],
    });
    expect(sent.flags.has(MessageFlags.IsComponentsV2)).toBe(true);
    const stored = fake.allMessages().find((m) => m.id === sent.id)!;
    expect(stored.attachments.map((a) => a.filename)).toEqual(['one.mp4', 'two.mp4']);
    expect(fake.fileAt(String(stored.attachments[1]!.url))).toEqual(clipB);
    const items = ((stored.components[0] as Json).components as Json[])[1]!.items as Json[];
    expect(items.map((i) => (i.media as Json).url)).toEqual(['attachment://one.mp4', 'attachment://two.mp4']);
    await expect(
      channel.send({ flags: MessageFlags.IsComponentsV2, content: 'not allowed', components: [container] }),
    ).rejects.toMatchObject({ status: 400, code: 50035 });
  });
});

describe('upload limits', () => {
  it('answers 413 (40005) for a file over the per-file limit or a request over 25 MiB', async () => {
    const form = (sizes: number[]) => {
      const f = new FormData();
      f.set(
        'payload_json',
        JSON.stringify({ content: 'clips', attachments: sizes.map((_, i) => ({ id: String(i) })) }),
      );
      sizes.forEach((size, i) => {
        f.set(`files[${i}]`, new Blob([new Uint8Array(size)], { type: 'video/mp4' }), `clip${i}.mp4`);
      });
      return f;
    };
    const stored = fake.allMessages().length;
    const big = await send(form([10 * MIB + 1]));
    expect(big.status).toBe(413);
    expect(big.json.code).toBe(40005);
    const many = await send(form([9 * MIB, 9 * MIB, 9 * MIB]));
    expect(many.status).toBe(413);
    expect(many.json.code).toBe(40005);
    expect(fake.allMessages().length).toBe(stored);
    const ok = await send(form([10 * MIB, 1024]));
    expect(ok.status).toBe(200);
    fake.uploadLimitBytes = 50 * MIB;
    try {
      // A boosted server takes a bigger file, never a bigger request.
      expect((await send(form([12 * MIB]))).status).toBe(200);
      expect((await send(form([26 * MIB]))).status).toBe(413);
    } finally {
      fake.uploadLimitBytes = 10 * MIB;
    }
  });
});
