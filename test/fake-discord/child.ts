// The fake Discord in its own process, driven over IPC: benchmarks measure the bot's acknowledgement
// latency the way Discord sees it, without the fake competing for the bot's event loop.
import { FakeDiscord, type FakeUser } from './index.js';

/** Messages the parent sends. */
export type ChildCommand =
  | { op: 'addUsers'; count: number }
  | { op: 'burst'; commands: { user: number; prompt: string }[]; name?: string }
  | { op: 'stats' }
  | { op: 'stop' };

const fake = await new FakeDiscord().start();
const users: FakeUser[] = [];

const send = (message: unknown) => process.send?.(message);

process.on('message', (command: ChildCommand) => {
  void (async () => {
    if (command.op === 'addUsers') {
      for (let i = 0; i < command.count; i++) users.push(fake.addUser(`member${i}`));
      send({ op: 'users', users });
    } else if (command.op === 'burst') {
      const interactions = command.commands.map((c) =>
        fake.slash(users[c.user]!, command.name ?? 'generate', [
          { name: 'prompt', type: 3, value: c.prompt },
        ]),
      );
      await fake.waitUntil(() => interactions.every((i) => i.ackAt !== undefined) || undefined, 60_000);
      send({
        op: 'acked',
        acks: interactions.map((i) => (i.ackAt ?? Number.NaN) - i.createdAt),
        deferred: fake.requests.filter((r) => r.path.startsWith('/interactions/') && r.body?.type === 5)
          .length,
      });
    } else if (command.op === 'stats') {
      // Private answers the bot sent after deferring: refusals (limits, cooldown) and errors.
      const refusals = fake.requests
        .filter((r) => r.method === 'POST' && r.path.startsWith('/webhooks/') && r.body?.flags === 64)
        .map((r) => String(r.body?.content));
      send({ op: 'stats', refusals });
    } else if (command.op === 'stop') {
      await fake.stop();
      process.exit(0);
    }
  })();
});

send({ op: 'ready', apiUrl: fake.apiUrl, cdnUrl: fake.cdnUrl, appId: fake.appId });
