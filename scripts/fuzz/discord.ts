import { BotHarness } from '../../test/fake-discord/harness.js';
import type { FakeMessage, FakeUser, RecordedRequest } from '../../test/fake-discord/index.js';
import { uniquePrefix } from '../../test/helpers/redis.js';
import { anyValue, emptyRow, type FuzzRow, nastyString, p99, type Rng } from './random.js';

const GENERIC = /Something went wrong on my side/;
const COMMANDS = [
  'generate',
  'generate',
  'generate',
  'animate',
  'refine',
  'extend',
  'cancel',
  'queue',
  'help',
  'settings',
  'nosuchcommand',
];
const ACTIONS = ['cancel', 'retry', 'extend', 'loop', 'edit', 'log-newer', 'log-older', 'delete', ''];

/** A slash option with a random value, usually of the right type, sometimes not. */
function option(rng: Rng, name: string, type: number): Record<string, unknown> {
  const wrongType = rng.chance(0.2);
  const value =
    wrongType || type === 3
      ? rng.chance(0.7)
        ? nastyString(rng, 1200)
        : anyValue(rng)
      : type === 11
        ? String(rng.int(1, 9))
        : anyValue(rng);
  return { name, type: wrongType ? rng.pick([3, 4, 5, 10, 11]) : type, value };
}

function slashOptions(
  rng: Rng,
  command: string,
  h: BotHarness,
): { options: Record<string, unknown>[]; resolved?: Record<string, unknown> } {
  const options: Record<string, unknown>[] = [];
  const maybe = (name: string, type: number, p = 0.5) =>
    rng.chance(p) && options.push(option(rng, name, type));
  if (command === 'generate' || command === 'animate') {
    maybe('prompt', 3, 0.95);
    maybe('duration', 10);
    maybe('aspect', 3, 0.2);
    maybe('seed', 4, 0.3);
    maybe('style', 3, 0.2);
  }
  if (command === 'refine') maybe('change', 3, 0.9);
  if (command === 'extend') maybe('seconds', 10);
  if (command === 'cancel') maybe('job', 3);
  if (rng.chance(0.1)) options.push(option(rng, nastyString(rng, 20), rng.int(1, 11)));
  if (command !== 'animate') return { options };
  // An attachment: from the fake CDN or elsewhere, any type, any claimed size and dimensions.
  const id = String(rng.int(1, 1e9));
  options.push({ name: 'image', type: 11, value: id });
  const url = rng.chance(0.5)
    ? h.fake.hostFile(`f${id}.png`, Buffer.from(nastyString(rng, 40)), 'image/png')
    : rng.pick(['https://evil.test/a.png', 'file:///etc/passwd', 'not a url', '']);
  const attachment = {
    id,
    filename: rng.pick(['still.png', 'x.exe', '', 'a.webp', '../x.jpg']),
    size: rng.pick([0, 10, 1e6, 5e8, -1]),
    url,
    proxy_url: url,
    content_type: rng.pick(['image/png', 'image/jpeg', 'text/html', 'video/mp4', undefined]),
    width: rng.pick([1, 64, 100_000, 0, undefined]),
    height: rng.pick([1, 64, 100_000, 0, undefined]),
  };
  return rng.chance(0.9) ? { options, resolved: { attachments: { [id]: attachment } } } : { options };
}

function forgedCustomId(rng: Rng, jobIds: string[], users: FakeUser[]): string {
  if (rng.chance(0.2)) return nastyString(rng, 120);
  const target =
    rng.chance(0.3) && jobIds.length > 0
      ? rng.pick(jobIds)
      : rng.pick([crypto.randomUUID(), '1-0', nastyString(rng, 40), '']);
  const owner = rng.chance(0.5) ? rng.pick(users).id : nastyString(rng, 20);
  return `zt:${rng.pick(ACTIONS)}:${target}:${owner}${rng.chance(0.1) ? ':extra' : ''}`;
}

/** The text a member read in answer to one interaction: its callback and the edits/follow-ups on its token. */
function answerText(requests: RecordedRequest[], id: string, token: string): { text: string; kind?: number } {
  let text = '';
  let kind: number | undefined;
  for (const r of requests) {
    if (!(r.path.includes(`/interactions/${id}/`) || r.path.includes(`/${token}`))) continue;
    const body = (r.body ?? {}) as Record<string, unknown>;
    if (r.path.endsWith('/callback')) kind = body.type as number;
    const data = (r.path.endsWith('/callback') ? body.data : body) as Record<string, unknown> | undefined;
    if (data) text += ` ${String(data.content ?? '')} ${JSON.stringify(data.embeds ?? '')}`;
  }
  return { text: text.trim(), ...(kind !== undefined && { kind }) };
}

/**
 * Random slash commands (options and attachments), button presses and modal submissions with forged ids,
 * and thread replies, sent as real gateway events to the real bot over the fake Discord: `count` slash
 * commands, `count` buttons and modals together, and `count` thread replies. Each interaction must be
 * acknowledged within Discord's 3 s and answered with a specific message.
 */
export async function fuzzDiscord(rng: Rng, count: number): Promise<FuzzRow[]> {
  const h = await BotHarness.start(uniquePrefix('fuzz'), { USER_MAX_QUEUED: '3' });
  const crashes: string[] = [];
  const onCrash = (error: unknown) => crashes.push(String((error as Error)?.stack ?? error));
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  try {
    await h.startBot();
    const users = Array.from({ length: 8 }, (_, i) => h.fake.addUser(`fuzzer${i}`));
    // One real clip first, so thread replies land in a thread the bot knows and buttons can name a real job.
    await h.startEngine(5);
    const first = h.fake.slash(users[0]!, 'generate', [{ name: 'prompt', type: 3, value: 'a red fox' }]);
    await h.fake.waitUntil(() => h.clipMessages().length > 0 || undefined, 60_000);
    await h.engine?.close();
    h.engine = undefined;
    const clip = h.clipMessages()[0]!;
    const jobIds = [/\bjob (\S+) ·/.exec(JSON.stringify(clip.embeds))?.[1] ?? ''];
    const threadId = [...h.fake.threads.keys()][0]!;
    void first;

    const rows = {
      slash: emptyRow('slash commands + attachments'),
      button: emptyRow('buttons (forged ids)'),
      modal: emptyRow('modals (forged ids)'),
      thread: emptyRow('thread replies'),
    };
    const acks: Record<keyof typeof rows, number[]> = { slash: [], button: [], modal: [], thread: [] };
    const BATCH = 25;
    for (let done = 0; done < count; done += BATCH) {
      const sent: {
        kind: keyof typeof rows;
        id: string;
        token: string;
        state: { ackAt?: number; createdAt: number };
      }[] = [];
      // Each batch sends as many slash commands as component payloads: `count` of each in the end.
      for (let i = 0; i < 2 * Math.min(BATCH, count - done); i++) {
        const user = rng.pick(users);
        const kind = i % 2 === 0 ? 'slash' : rng.pick(['button', 'modal'] as const);
        let state: ReturnType<typeof h.fake.slash>;
        if (kind === 'slash') {
          const command = rng.pick(COMMANDS);
          const { options, resolved } = slashOptions(rng, command, h);
          state = h.fake.slash(user, command, options, resolved ? { resolved } : {});
        } else if (kind === 'button') {
          state = h.fake.press(
            user,
            rng.chance(0.5) ? clip : fakeMessage(h),
            forgedCustomId(rng, jobIds, users),
          );
        } else {
          state = h.fake.submitModal(
            user,
            rng.chance(0.5) ? threadId : h.fake.channelId,
            forgedCustomId(rng, jobIds, users),
            {
              [rng.pick(['caption', nastyString(rng, 10)])]: nastyString(rng, 5000),
            },
          );
        }
        sent.push({ kind, id: state.id, token: state.token, state });
      }
      await h.fake
        .waitUntil(() => sent.every((s) => s.state.ackAt !== undefined) || undefined, 5000)
        .catch(() => undefined);
      // Deferred answers arrive as an edit of the original response: give them a moment.
      await h.fake
        .waitUntil(
          () =>
            sent.every(
              (s) =>
                answerText(h.fake.requests, s.id, s.token).text.length > 0 ||
                answerText(h.fake.requests, s.id, s.token).kind === 9,
            ) || undefined,
          5000,
        )
        .catch(() => undefined);
      for (const s of sent) {
        const r = rows[s.kind];
        r.inputs++;
        if (s.state.ackAt === undefined || s.state.ackAt - s.state.createdAt > 3000) {
          r.hangs++;
          continue;
        }
        acks[s.kind].push(s.state.ackAt - s.state.createdAt);
        const answer = answerText(h.fake.requests, s.id, s.token);
        if (answer.kind === 9) r.accepted++;
        else if (answer.text.length === 0 || GENERIC.test(answer.text)) {
          r.generic++;
          if (r.notes.length < 3) r.notes.push(answer.text.slice(0, 100) || 'no answer');
        } else if (/Queued|Generating|Waiting|next up/i.test(answer.text)) r.accepted++;
        else r.refused++;
      }
      // Thread replies: a message, not an interaction; the bot answers in the thread or (by design) not at all.
      for (let i = 0; i < Math.min(BATCH, count - done); i++) {
        const before = h.fake.requests.length;
        const started = Date.now();
        h.fake.postAsUser(rng.pick(users), threadId, nastyString(rng, 2500), rng.chance(0.3));
        await h.fake
          .waitUntil(
            () =>
              h.fake.requests
                .slice(before)
                .some((q) => q.path === `/channels/${threadId}/messages` && q.method === 'POST') || undefined,
            150,
          )
          .then(
            () => {
              acks.thread.push(Date.now() - started);
              const reply = h.fake.requests
                .slice(before)
                .find((q) => q.path === `/channels/${threadId}/messages`);
              const text =
                String((reply?.body as { content?: string })?.content ?? '') +
                JSON.stringify((reply?.body as { embeds?: unknown })?.embeds ?? '');
              if (GENERIC.test(text)) rows.thread.generic++;
              else if (/Queued|next up/i.test(text)) rows.thread.accepted++;
              else rows.thread.refused++;
            },
            () =>
              rows.thread.notes.length === 0 &&
              rows.thread.notes.push(
                'silent replies: a hint is given once per thread, then plain chatter is left alone',
              ),
          );
        rows.thread.inputs++;
      }
      // Finished and refused jobs free their slots only with an engine; without one, members stay at their limit.
      await h.redis.del(...users.map((u) => h.prefix && `{${h.prefix}}:user:${u.id}:queued`));
    }
    for (const [k, r] of Object.entries(rows)) r.p99Ms = p99(acks[k as keyof typeof rows]);
    const all = Object.values(rows);
    if (crashes.length > 0) {
      all[0]!.crashes += crashes.length;
      all[0]!.notes.push(crashes[0]!.slice(0, 200));
    }
    return all;
  } finally {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    await h.close();
  }
}

function fakeMessage(h: BotHarness): FakeMessage {
  return {
    id: String(Date.now()),
    channel_id: h.fake.channelId,
    content: '',
    attachments: [],
    embeds: [],
    components: [],
  };
}
