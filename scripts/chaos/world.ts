import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { connectRedis, createKeys, decodeFailure, type Keys, QUEUE_NAMES } from '../../src/queue/index.js';
import { FakeDiscord, type FakeMessage, type FakeUser } from '../../test/fake-discord/index.js';
import { type Proc, startProcess } from './processes.js';
import { PrivateRedis } from './redis.js';

/** One drill's result, one row of the table. */
export interface DrillRow {
  drill: string;
  submitted: number;
  completed: number;
  /** Failure codes of jobs that ended without a clip, with the member told why. */
  failed: string[];
  lost: number;
  twice: number;
  /** Seconds from the fault until work resumed (what that means is in `recoveredBy`). */
  recoverSeconds: number | undefined;
  notes: string[];
}

/** A submitted /generate and what became of it. */
export interface Submission {
  interaction: ReturnType<FakeDiscord['slash']>;
  jobId?: string;
}

// Locks short enough for a drill to wait for them, long against a clip (the test pattern takes ~3 s).
export const LOCK_MS = 10_000;

/**
 * Everything one drill runs against: a fake Discord (in this process), a private Redis with AOF, a key
 * prefix, and the bot and engine processes it starts. `close` stops them all and removes the temp dir.
 */
export class World {
  readonly fake = new FakeDiscord();
  readonly keys: Keys;
  readonly procs: Proc[] = [];
  readonly submissions: Submission[] = [];
  readonly notes: string[] = [];
  /** Ids of jobs a drill wrote into the queue itself (malformed payloads). */
  readonly injected: string[] = [];
  /** Set when a drill fails, so its process logs stay for a look. */
  keepLogs = false;
  private users: FakeUser[] = [];
  private redisConn: Redis | undefined;
  private queueHandle: Queue | undefined;

  private constructor(
    readonly name: string,
    readonly dir: string,
    readonly redis: PrivateRedis,
    readonly prefix: string,
  ) {
    this.keys = createKeys(prefix);
  }

  static async open(name: string): Promise<World> {
    const dir = await mkdtemp(join(tmpdir(), `zt-chaos-${name}-`));
    await mkdir(join(dir, 'redis'));
    await mkdir(join(dir, 'logs'));
    const world = new World(name, dir, await PrivateRedis.start(join(dir, 'redis')), 'chaos');
    await world.fake.start();
    for (let i = 0; i < 4; i++) world.users.push(world.fake.addUser(`member${i}`));
    return world;
  }

  /** The environment of every process; `extra` on top. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      REDIS_URL: this.redis.url,
      ZOETROPE_PREFIX: this.prefix,
      DATA_DIR: join(this.dir, 'data'),
      DISCORD_TOKEN: 'fake-token',
      DISCORD_APP_ID: this.fake.appId,
      DISCORD_API_URL: this.fake.apiUrl,
      LOG_LEVEL: 'info',
      USER_COOLDOWN_SECONDS: '0',
      USER_MAX_QUEUED: '20',
      ENGINE_BACKEND: 'test-pattern',
      TEST_PATTERN: 'steps=20,step-ms=150,size=128x128',
      ENGINE_LOCK_MS: String(LOCK_MS),
      DISPLAY_SIZE: '128',
      MODERATION_FRAMES: 'false',
      ...extra,
    };
  }

  async startEngine(name = 'engine', extra: Record<string, string> = {}): Promise<Proc> {
    const proc = startProcess(name, '--engine', this.env(extra), join(this.dir, 'logs'));
    this.procs.push(proc);
    await proc.ready;
    return proc;
  }

  async startBot(name = 'bot'): Promise<Proc> {
    const proc = startProcess(name, '--bot', this.env(), join(this.dir, 'logs'));
    this.procs.push(proc);
    await proc.ready;
    return proc;
  }

  /** A connection of the drill's own (commands queue while Redis is down, like the processes'). */
  get connection(): Redis {
    this.redisConn ??= connectRedis(this.redis.url);
    return this.redisConn;
  }

  get generateQueue(): Queue {
    this.queueHandle ??= new Queue(QUEUE_NAMES.generate, {
      connection: this.connection,
      prefix: this.keys.bullPrefix,
    });
    return this.queueHandle;
  }

  /** Members send `/generate`; resolves once each has its job id on its status message. */
  async submit(count: number, duration = 1): Promise<Submission[]> {
    const batch: Submission[] = [];
    for (let i = 0; i < count; i++) {
      const user = this.users[(this.submissions.length + i) % this.users.length]!;
      const interaction = this.fake.slash(user, 'generate', [
        { name: 'prompt', type: 3, value: drillPrompt(this.submissions.length + i) },
        { name: 'duration', type: 10, value: duration },
      ]);
      batch.push({ interaction });
    }
    this.submissions.push(...batch);
    await this.fake
      .waitUntil(() => batch.every((s) => this.assignJobId(s)) || undefined, 30_000)
      .catch(() => {
        const answers = this.fake
          .allMessages()
          .map((m) => m.content || JSON.stringify(m.embeds).slice(0, 200));
        throw new Error(`no job id on the status messages; the bot answered: ${answers.join(' | ')}`);
      });
    return batch;
  }

  private assignJobId(s: Submission): boolean {
    if (s.jobId) return true;
    const id = s.interaction.originalMessageId;
    const message = id ? this.fake.allMessages().find((m) => m.id === id) : undefined;
    const jobId = message ? jobIdOf(message) : undefined;
    if (jobId) s.jobId = jobId;
    return jobId !== undefined;
  }

  /** Clip messages (an MP4 attached) per job id: two for one job is a double delivery. */
  clipsByJob(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.fake.allMessages()) {
      if (!m.attachments.some((a) => String(a.filename).endsWith('.mp4'))) continue;
      const jobId = jobIdOf(m);
      if (jobId) counts.set(jobId, (counts.get(jobId) ?? 0) + 1);
    }
    return counts;
  }

  /** A job's BullMQ state and, when failed, its failure code. */
  async stateOf(jobId: string): Promise<{ state: string; code?: string; processedOn?: number }> {
    const job = await Job.fromId(this.generateQueue, jobId);
    if (!job) return { state: 'missing' };
    const state = await job.getState();
    return {
      state,
      ...(state === 'failed' && { code: decodeFailure(job.failedReason).code }),
      ...(job.processedOn !== undefined && { processedOn: job.processedOn }),
    };
  }

  /** Waits until every submission has its clip or its failure (or `timeoutMs` passes); then counts. */
  async settle(timeoutMs: number): Promise<Omit<DrillRow, 'drill' | 'recoverSeconds' | 'notes'>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const row = await this.count();
      const open = row.submitted - row.completed - row.failed.length;
      if (open === 0 || Date.now() > deadline) {
        // A clip delivered twice may arrive a moment after the first: look once more.
        await new Promise((r) => setTimeout(r, 2000));
        return this.count();
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  private async count(): Promise<Omit<DrillRow, 'drill' | 'recoverSeconds' | 'notes'>> {
    const clips = this.clipsByJob();
    let completed = 0;
    let twice = 0;
    const failed: string[] = [];
    for (const s of this.submissions) {
      this.assignJobId(s);
      const delivered = s.jobId ? (clips.get(s.jobId) ?? 0) : 0;
      if (delivered > 1) twice++;
      if (delivered > 0) {
        completed++;
        continue;
      }
      const state = s.jobId
        ? await this.stateOf(s.jobId).catch(() => ({ state: 'unknown', code: undefined }))
        : undefined;
      if (state?.state === 'failed' && state.code) failed.push(state.code);
    }
    // Jobs written straight into the queue (no member): they must fail with a reason, never hang.
    for (const jobId of this.injected) {
      const state = await this.stateOf(jobId).catch(() => ({ state: 'unknown', code: undefined }));
      if (state.state === 'failed' && state.code) failed.push(state.code);
    }
    const submitted = this.submissions.length + this.injected.length;
    return { submitted, completed, failed, lost: submitted - completed - failed.length, twice };
  }

  /** Jobs that ran more than once (taken up again after a crash or an outage), by BullMQ's own count. */
  async rerun(): Promise<number> {
    let count = 0;
    for (const s of this.submissions) {
      const job = s.jobId ? await Job.fromId(this.generateQueue, s.jobId) : undefined;
      if ((job?.attemptsStarted ?? 0) > 1) count++;
    }
    return count;
  }

  /**
   * Of the jobs BullMQ ran again, how many an engine handed off from the clip an earlier run had finished
   * (its "finished by an earlier run" log line) rather than generating anew.
   */
  async handedOffFromStore(): Promise<number> {
    const dir = join(this.dir, 'logs');
    const ids = new Set<string>();
    for (const file of await readdir(dir)) {
      const text = await readFile(join(dir, file), 'utf8').catch(() => '');
      for (const line of text.split('\n')) {
        if (!line.includes('job was finished by an earlier run')) continue;
        const jobId = /"jobId":"([^"]+)"/.exec(line)?.[1];
        if (jobId) ids.add(jobId);
      }
    }
    return ids.size;
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.procs.map((p) => p.stop()));
    await this.queueHandle?.close().catch(() => undefined);
    this.redisConn?.disconnect();
    await this.fake.stop();
    await this.redis.down();
    if (this.keepLogs) await rm(join(this.dir, 'redis'), { recursive: true, force: true });
    else await rm(this.dir, { recursive: true, force: true });
  }
}

/** The job id in a bot message's embed footer (`job <id> · seed …`). */
/**
 * A drill's prompts: plain scenes, numbered. Drills test faults, not moderation; a prompt built from the
 * drill's name ("bot-SIGKILL-between- drill clip 2") once read as an injection attempt to the classifier.
 */
const SCENES = [
  'a red fox running through snow',
  'a paper boat drifting on a pond',
  'a hot air balloon over green hills',
  'a lighthouse on a cliff at dusk',
  'a cat chasing a butterfly',
];
function drillPrompt(n: number): string {
  return `${SCENES[n % SCENES.length]} (clip ${n})`;
}

export function jobIdOf(message: FakeMessage): string | undefined {
  for (const embed of message.embeds) {
    const footer = (embed as { footer?: { text?: string } }).footer?.text ?? '';
    const match = /\bjob (\S+) ·/.exec(footer);
    if (match) return match[1];
  }
  return undefined;
}

/** Polls `check` every 20 ms until it returns a value; undefined after `timeoutMs`. */
export async function poll<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  return undefined;
}
