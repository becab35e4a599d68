import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { type Bot, type BotOptions, startBot } from '../../src/bot/index.js';
import { type Config, loadConfig } from '../../src/config/index.js';
import { type Engine, startEngine } from '../../src/engine/index.js';
import { connectRedis } from '../../src/queue/index.js';
import { FakeDiscord, type FakeMessage, type RecordedRequest } from './index.js';

/** The Redis the integration tests share; each test file uses its own prefix and removes only its keys. */
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A fake Discord, a real Redis, the real bot, and (on demand) the real engine with a test-pattern model. */
export class BotHarness {
  readonly fake = new FakeDiscord();
  readonly redis: Redis;
  readonly config: Config;
  readonly log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  bot: Bot | undefined;
  engine: Engine | undefined;
  private readonly connections: Redis[] = [];
  private readonly deliveredIds = new Set<string>();
  private readonly events = new EventEmitter();

  constructor(
    readonly prefix: string,
    private readonly extraEnv: Record<string, string> = {},
  ) {
    this.redis = connectRedis(REDIS_URL);
    this.config = undefined as unknown as Config;
  }

  static async start(prefix: string, env: Record<string, string> = {}): Promise<BotHarness> {
    const h = new BotHarness(prefix, env);
    await h.fake.start();
    (h as { config: Config }).config = loadConfig(h.env());
    return h;
  }

  /** The environment this harness's processes are configured from; `extra` goes on top. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      DISCORD_TOKEN: 'fake-token',
      DISCORD_APP_ID: this.fake.appId,
      DISCORD_API_URL: this.fake.apiUrl,
      ZOETROPE_PREFIX: this.prefix,
      REDIS_URL,
      USER_COOLDOWN_SECONDS: '0',
      USER_MAX_QUEUED: '5',
      LOG_LEVEL: 'silent',
      ENGINE_BACKEND: 'test-pattern',
      ENGINE_LOCK_MS: '5000',
      // The real frame classifier costs seconds per engine start; engine.test.ts covers the check stage.
      MODERATION_FRAMES: 'false',
      ...this.extraEnv,
      ...extra,
    };
  }

  async startBot(options: Partial<BotOptions> = {}): Promise<Bot> {
    this.bot = await startBot({
      config: this.config,
      log: this.log,
      redis: this.redis,
      connect: () => {
        const c = connectRedis(REDIS_URL);
        this.connections.push(c);
        return c;
      },
      cdnOrigins: [this.fake.cdnUrl],
      rest: { cdn: this.fake.cdnUrl, retries: 3, timeout: 10_000 },
      progressIntervalMs: 300,
      // Short locks so a "crashed" bot's delivery is taken up again quickly. Every bot of a test file
      // uses the same value: BullMQ runs one stalled check per queue per interval, across all workers.
      deliveryLockMs: 1500,
      ...options,
    });
    this.bot.deliveries.worker.on('completed', (job) => {
      this.deliveredIds.add(job.data.jobId);
      this.events.emit('delivered', job.data.jobId);
    });
    return this.bot;
  }

  /** Stops the bot; `crash` abandons a delivery in progress, as a killed process would. */
  async stopBot(crash = false): Promise<void> {
    await this.bot?.close(crash);
    this.bot = undefined;
  }

  /**
   * Starts the real engine, configured as an operator would: the test pattern (4 steps of `stepMs`) by
   * default, or `model` for MODEL_DIR's ONNX model.
   */
  async startEngine(stepMs: number | 'model' = 20): Promise<Engine> {
    const backend =
      stepMs === 'model'
        ? { ENGINE_BACKEND: 'onnx' }
        : { ENGINE_BACKEND: 'test-pattern', TEST_PATTERN: `steps=4,step-ms=${stepMs}` };
    this.engine = await startEngine({
      config: loadConfig(this.env(backend)),
      redisUrl: REDIS_URL,
      log: this.log,
    });
    return this.engine;
  }

  async close(): Promise<void> {
    await this.bot?.close(true).catch(() => undefined);
    await this.engine?.close().catch(() => undefined);
    await this.fake.stop();
    for (const c of this.connections) c.disconnect();
    await deleteKeys(this.redis, `{${this.prefix}}*`);
    this.redis.disconnect();
  }

  /** Resolves when the bot's delivery worker has finished delivering `jobId` (its real `completed` event). */
  delivered(jobId: string, timeoutMs = 30_000): Promise<void> {
    if (this.deliveredIds.has(jobId)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off('delivered', on);
        reject(new Error(`delivery of ${jobId} did not complete`));
      }, timeoutMs);
      const on = (id: string) => {
        if (id !== jobId) return;
        clearTimeout(timer);
        this.events.off('delivered', on);
        resolve();
      };
      this.events.on('delivered', on);
    });
  }

  /** Messages the bot posted or edited that carry an MP4. */
  clipMessages(): FakeMessage[] {
    return this.fake
      .allMessages()
      .filter((m) => m.attachments.some((a) => String(a.filename).endsWith('.mp4')));
  }
}

/** Deletes only keys matching `pattern` (a test's own prefix). */
export async function deleteKeys(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}

const run = promisify(execFile);

/** ffprobe's view of an MP4: codec, pixel format, duration. */
export async function probe(data: Buffer): Promise<{ codec: string; pixFmt: string; duration: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'zt-bot-'));
  const file = join(dir, 'clip.mp4');
  try {
    await writeFile(file, data);
    const { stdout } = await run('ffprobe', [
      '-v',
      'error',
      '-select_streams',
      'v:0',
      '-show_entries',
      'stream=codec_name,pix_fmt:format=duration',
      '-of',
      'json',
      file,
    ]);
    const parsed = JSON.parse(stdout) as {
      streams: { codec_name: string; pix_fmt: string }[];
      format: { duration: string };
    };
    return {
      codec: parsed.streams[0]?.codec_name ?? '',
      pixFmt: parsed.streams[0]?.pix_fmt ?? '',
      duration: Number(parsed.format.duration),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Requests that create or edit a message's content (the ones `allowed_mentions` matters for). */
export function messageBearing(r: RecordedRequest): Record<string, unknown> | undefined {
  const body = r.body;
  if (!body || r.status >= 400 || r.status === 0) return undefined;
  if (/^\/interactions\//.test(r.path)) {
    const data = body.data as Record<string, unknown> | undefined;
    return (body.type === 4 || body.type === 7) && data ? data : undefined;
  }
  if (
    /^\/(webhooks|channels)\/[^/]+(\/[^/]+)?(\/messages(\/[^/]+)?)?$/.test(r.path) &&
    /messages/.test(r.path)
  ) {
    return body;
  }
  return undefined;
}

/** The job id in a status or clip embed's footer. */
export function jobIdOf(body: Record<string, unknown> | null): string | undefined {
  const embeds = (body?.embeds ?? []) as { footer?: { text?: string } }[];
  return embeds[0]?.footer?.text?.match(/job ([0-9a-f-]{36})/)?.[1];
}
