// A burst of slash commands through the fake Discord: 50 concurrent /generate from 10 members (by default).
// Prints acknowledgement latency (dispatch → the bot's deferral reaching Discord) p50/p99 and the order in
// which members' jobs started on the engine. Jobs are drained by the real engine with its test-pattern
// generator (no model), so the run measures the bot and the queue, not generation.
// Usage: npm run bench:burst -- [--commands 50] [--users 10]
import { fork } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { startBot } from '../../src/bot/index.js';
import { startRuntime } from '../../src/cli/runtime.js';
import { startEngine } from '../../src/engine/index.js';
import { connectRedis, type GenerateJob } from '../../src/queue/index.js';
import type { ChildCommand } from '../../test/fake-discord/child.js';
import type { FakeUser } from '../../test/fake-discord/index.js';
import { percentile, printTable } from './stats.js';

const { values } = parseArgs({
  options: { commands: { type: 'string', default: '50' }, users: { type: 'string', default: '10' } },
});
const commandCount = Number(values.commands);
const userCount = Number(values.users);
const perUser = Math.ceil(commandCount / userCount);

// The fake Discord runs in its own process, as Discord is remote: its clock is not the bot's event loop.
const child = fork(new URL('../../test/fake-discord/child.ts', import.meta.url), [], {
  execArgv: ['--import', 'tsx'],
});
const next = async <T>(op: string): Promise<T> => {
  for (;;) {
    const [message] = (await once(child, 'message')) as [{ op: string } & T];
    if (message.op === op) return message;
  }
};
const command = (c: ChildCommand) => child.send(c);
const fake = await next<{ apiUrl: string; cdnUrl: string; appId: string }>('ready');
const prefix = `bench-burst-${process.pid}`;
const runtime = await startRuntime({
  ZOETROPE_PREFIX: prefix,
  LOG_LEVEL: 'warn',
  DISPLAY_SIZE: '64',
  DISCORD_TOKEN: 'bench-token',
  DISCORD_APP_ID: fake.appId,
  DISCORD_API_URL: fake.apiUrl,
  USER_MAX_QUEUED: String(perUser),
  USER_COOLDOWN_SECONDS: '0',
  ENGINE_BACKEND: 'test-pattern',
  TEST_PATTERN: 'steps=4,step-ms=5',
});
const { config } = runtime;
const log = pino({ level: 'warn' });
const redis = connectRedis(runtime.redis.url);
const extra: ReturnType<typeof connectRedis>[] = [];
command({ op: 'addUsers', count: userCount });
const { users } = await next<{ users: FakeUser[] }>('users');
const bot = await startBot({
  config,
  log,
  redis,
  connect: () => {
    const c = connectRedis(runtime.redis.url);
    extra.push(c);
    return c;
  },
  cdnOrigins: [fake.cdnUrl],
  rest: { cdn: fake.cdnUrl },
});
const started: string[] = [];
const done = new EventEmitter();
let delivered = 0;
bot.deliveries.worker.on('completed', () => {
  delivered += 1;
  if (delivered === commandCount) done.emit('all');
});
const allDelivered = new Promise((resolve) => done.once('all', resolve));

// Worst case for fairness: each member fires all their commands back to back, member after member, so
// arrival order is 0 0 0 0 0 1 1 1 1 1 …; a fair queue still starts them interleaved.
const burst: { user: number; prompt: string }[] = [];
for (let u = 0; u < userCount; u++) {
  for (let k = 0; k < perUser && burst.length < commandCount; k++) {
    burst.push({ user: u, prompt: `a red circle moving left #${k}` });
  }
}
// Warm-up, not measured: one /help per member, so connections and code paths are as warm as in a bot that
// has been running for a while.
command({ op: 'burst', name: 'help', commands: users.map((_, user) => ({ user, prompt: '' })) });
await next('acked');
const t0 = performance.now();
command({ op: 'burst', commands: burst });
const { acks, deferred } = await next<{ acks: number[]; deferred: number }>('acked');
const burstMs = performance.now() - t0;

// The engine starts after the burst is acknowledged, so the acknowledgement numbers measure the bot alone;
// every job is queued by then, so the start order shows the queue's fairness, not arrival order.
const engine = await startEngine({ config, redisUrl: runtime.redis.url, log });
engine.worker.on('active', (job) => {
  const data = job.data as GenerateJob;
  started.push(data.requester.userId);
});
await Promise.race([allDelivered, new Promise((r) => setTimeout(r, 20_000))]);

command({ op: 'stats' });
const { refusals } = await next<{ refusals: string[] }>('stats');
if (refusals.length > 0)
  console.log(`refused after deferral: ${refusals.length} (${[...new Set(refusals)].join(' | ')})`);
const index = new Map(users.map((u, i) => [u.id, i]));
const order = started.map((id) => index.get(id) ?? -1);
// Fairness: among the first `userCount` jobs started, how many distinct members.
const firstRound = new Set(order.slice(0, userCount)).size;
printTable([
  {
    commands: commandCount,
    users: userCount,
    deferred,
    'ack p50 ms': percentile(acks, 50),
    'ack p99 ms': percentile(acks, 99),
    'ack max ms': Math.max(...acks),
    'burst ms': burstMs,
    delivered,
    'distinct users in first round': firstRound,
  },
]);
console.log(`arrival order (member index): ${burst.map((b) => b.user).join(' ')}`);
console.log(`start order   (member index): ${order.join(' ')}`);
console.log(
  JSON.stringify({
    bench: 'burst',
    commands: commandCount,
    users: userCount,
    ackP50Ms: percentile(acks, 50),
    ackP99Ms: percentile(acks, 99),
    ackMaxMs: Math.max(...acks),
    deferred,
    delivered,
    startOrder: order,
    distinctUsersFirstRound: firstRound,
    drainedBy: 'engine with test-pattern generator',
  }),
);

await bot.close();
await engine.close();
command({ op: 'stop' });
await once(child, 'exit');
let cursor = '0';
do {
  const [next, keys] = await redis.scan(cursor, 'MATCH', `{${prefix}}*`, 'COUNT', 500);
  cursor = next;
  if (keys.length > 0) await redis.del(...keys);
} while (cursor !== '0');
redis.disconnect();
for (const c of extra) c.disconnect();
await runtime.redis.stop();
process.exit(0);
