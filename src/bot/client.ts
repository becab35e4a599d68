import type { QueueEvents } from 'bullmq';
import {
  Client,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
  type Interaction,
  type RESTOptions,
  Status,
} from 'discord.js';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import { createOfflineTextModerator, type TextModerator } from '../moderation/index.js';
import { countDiscordRateLimits, Metrics, type ReadyCheck, RedisLink, redisReachable } from '../ops/index.js';
import { openVerifier } from '../provenance/index.js';
import { createKeys, GenerationQueue, RedisArtifactStore } from '../queue/index.js';
import { startVerifyPage, type VerifyPage } from '../verify-web/index.js';
import { DISCORD_CDN_ORIGINS } from './attachments.js';
import type { CaptionService } from './captions.js';
import { commandDefinition, isCommandName, isMessageMenuName } from './commands/definitions.js';
import { commandHandlers, messageMenuHandlers } from './commands/handlers.js';
import { checkOptions, StaleCommand } from './commands/registration.js';
import { handleButton, handleModal, handleSelect } from './components/handlers.js';
import type { BotContext, ModelInfo } from './context.js';
import { DeliveryWorker } from './delivery.js';
import { answerError } from './interactions.js';
import { ProgressEditor } from './progress.js';
import { verbatimCaptions } from './prompt-adapter.js';
import { RoundService } from './rounds/index.js';
import { BotState } from './state.js';
import { StatusGates } from './status.js';
import { handleThreadMessage } from './threads.js';
import { ClipVerifier } from './verify.js';

/** What {@link createBot} needs; connections are passed in and stay owned by the caller. */
export interface BotOptions {
  config: Config;
  log: Logger;
  /** Commands connection (settings, records, queue producer). */
  redis: Redis;
  /** Opens a dedicated connection for a blocking consumer (delivery worker, queue events). */
  connect: () => Redis;
  captions?: CaptionService;
  /**
   * Checks every text before anything is queued: src/moderation's stack, built once by the caller
   * (`createTextModerator`). Default: the offline rules alone, so a bot never runs unmoderated.
   */
  moderator?: TextModerator;
  model?: ModelInfo;
  clock?: () => number;
  /** Extra CDN origins attachments may come from (a test's fake Discord). */
  cdnOrigins?: readonly string[];
  /** discord.js REST overrides (a test's fake CDN). */
  rest?: Partial<RESTOptions>;
  progressIntervalMs?: number;
  /** Delivery lock; a delivery whose bot died mid-post is taken up again after it (default 30 s). */
  deliveryLockMs?: number;
  /** Where deliveries, Discord rate limits and text refusals are counted (src/ops); default: a registry nobody reads. */
  metrics?: Metrics;
  /** Watches the bot's Redis connections and queues, so outages are logged once (src/ops). */
  link?: RedisLink;
  /** The ffmpeg /verify decodes clips with (the CLI finds one); default FFMPEG_PATH, else `ffmpeg` on PATH. */
  ffmpeg?: string;
  /** How long a round's "minute" lasts (default 60 s); tests shorten it to close rounds by their deadline. */
  roundMinuteMs?: number;
}

/** A running bot: the discord.js client, its delivery worker, and how to stop it. */
export interface Bot {
  readonly client: Client;
  readonly context: BotContext;
  readonly deliveries: DeliveryWorker;
  /** What `/readyz` asks of a bot: Redis answers, and the gateway is connected. */
  readonly checks: { redis: ReadyCheck; gateway: ReadyCheck };
  /** The verify web page, when VERIFY_PORT is set. */
  readonly verifyPage: VerifyPage | undefined;
  /** Stops everything; `force` abandons deliveries in progress (they are taken up again after their lock). */
  close(force?: boolean): Promise<void>;
}

/**
 * Builds the bot (client, handlers, progress editor, delivery worker), logs in and resolves once the
 * gateway is ready and the delivery worker is consuming.
 */
export async function startBot(options: BotOptions): Promise<Bot> {
  const { config, log } = options;
  if (!config.DISCORD_TOKEN)
    throw new Error('DISCORD_TOKEN is not set: the bot cannot log in (see .env.example).');
  let client = createClient(options, config.DISCORD_MESSAGE_CONTENT);
  const keys = createKeys(config.ZOETROPE_PREFIX);
  const queue = new GenerationQueue({ connection: options.redis, keys });
  const clock = options.clock ?? Date.now;
  const metrics = options.metrics ?? new Metrics({ defaultMetrics: false });
  const link = options.link ?? new RedisLink(log);
  link.watch(options.redis, 'bot commands');
  link.watchBullmq(queue.queue, 'generate queue (bot)');
  // Opened before login, so an unreadable watermark key or trust list stops the bot at start, not at a /verify.
  const verifier = new ClipVerifier(
    await openVerifier(config, {
      ffmpeg: options.ffmpeg ?? config.FFMPEG_PATH ?? 'ffmpeg',
      log,
      redis: options.redis,
      registryKey: keys.provenance,
    }),
  );
  const context: BotContext = {
    config,
    log,
    redis: options.redis,
    keys,
    queue,
    artifacts: new RedisArtifactStore(options.redis, keys.artifact, config.ARTIFACT_TTL_SECONDS),
    state: new BotState(options.redis, keys, config, clock),
    captions: options.captions ?? verbatimCaptions(config),
    moderator: options.moderator ?? createOfflineTextModerator(),
    model: options.model,
    rest: client.rest,
    clock,
    cdnOrigins: [...DISCORD_CDN_ORIGINS, ...(options.cdnOrigins ?? [])],
    applicationId: () => client.application?.id ?? config.DISCORD_APP_ID ?? '',
    statusGates: new StatusGates(),
    verifier,
    metrics,
  };

  const eventsConnection = link.watch(options.connect(), 'bot queue events');
  const events: QueueEvents = link.watchBullmq(queue.events(eventsConnection), 'generate queue events');
  const progress = new ProgressEditor(context, events, options.progressIntervalMs);
  const workerConnection = link.watch(options.connect(), 'bot delivery worker');
  const deliveries = new DeliveryWorker(context, progress, {
    connection: workerConnection,
    link,
    ...(options.deliveryLockMs
      ? {
          lockDurationMs: options.deliveryLockMs,
          stalledIntervalMs: Math.max(500, options.deliveryLockMs / 2),
        }
      : {}),
  });

  const roundsConnection = link.watch(options.connect(), 'bot rounds worker');
  context.rounds = new RoundService(context, {
    connection: roundsConnection,
    ...(options.roundMinuteMs ? { minuteMs: options.roundMinuteMs } : {}),
  });

  const listen = (c: Client) => {
    c.on(Events.InteractionCreate, (interaction) => void onInteraction(context, interaction));
    c.on(Events.MessageCreate, (message) => {
      handleThreadMessage(context, message).catch((error: unknown) =>
        log.error({ err: error }, 'thread message handler failed'),
      );
    });
    c.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
    countDiscordRateLimits(c.rest, metrics);
  };
  listen(client);
  let messageContent = config.DISCORD_MESSAGE_CONTENT;
  if ((await logIn(client, config.DISCORD_TOKEN, log)) === 'intent refused') {
    if (!messageContent) throw new Error('Discord refused the gateway intents (close code 4014).');
    // discord.js does not reconnect after 4014, and a client's intents are fixed: a new client goes without.
    log.warn({ code: GatewayCloseCodes.DisallowedIntents }, MESSAGE_CONTENT_REFUSED);
    messageContent = false;
    client = createClient(options, false);
    context.rest = client.rest;
    listen(client);
    if ((await logIn(client, config.DISCORD_TOKEN, log)) === 'intent refused')
      throw new Error('Discord refused the gateway intents (close code 4014).');
  }
  await events.waitUntilReady();
  deliveries.start();
  await deliveries.worker.waitUntilReady();
  await context.rounds.start();

  let closed = false;
  let verifyPage: VerifyPage | undefined;
  const close = async (force = false) => {
    if (closed) return;
    closed = true;
    await verifyPage?.close();
    progress.close();
    await deliveries.close(force);
    await context.rounds?.close();
    await events.close();
    await queue.close();
    await client.destroy();
    eventsConnection.disconnect();
    workerConnection.disconnect();
    roundsConnection.disconnect();
  };
  if (config.VERIFY_PORT !== undefined) {
    try {
      verifyPage = await startVerifyPage({
        verify: (bytes, signal) => verifier.verify(bytes, signal),
        port: config.VERIFY_PORT,
        host: config.VERIFY_HOST,
        maxBytes: config.VERIFY_MAX_BYTES,
        log,
      });
    } catch (error) {
      await close(true);
      throw new Error(
        `the verify page cannot listen on ${config.VERIFY_HOST}:${config.VERIFY_PORT} (VERIFY_HOST, ` +
          `VERIFY_PORT): ${(error as Error).message}`,
      );
    }
  }
  log.info({ user: client.user?.tag, messageContent, verifyPage: verifyPage?.url }, 'bot ready');
  const checks = {
    redis: redisReachable(options.redis),
    // Read at each probe: after a refused intent the bot runs on a second client.
    gateway: () => !closed && client.ws.status === Status.Ready,
  };
  return { client, context, deliveries, verifyPage, checks, close };
}

/** The one line an operator reads when the Developer Portal has the Message Content intent off. */
const MESSAGE_CONTENT_REFUSED =
  'Discord refused the Message Content intent, so plain replies in clip threads cannot be read; running ' +
  'without it (members can mention the bot or use /refine). Enable it in the Developer Portal → your ' +
  'application → Bot → Privileged Gateway Intents → Message Content Intent and restart, or set ' +
  'DISCORD_MESSAGE_CONTENT=false to stop asking.';

/** A discord.js client for the bot; with `messageContent` it asks for the privileged Message Content intent. */
function createClient(options: BotOptions, messageContent: boolean): Client {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (messageContent) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    // The default for every message the client sends: nobody is pinged unless a call says so.
    allowedMentions: { parse: [], repliedUser: false },
    rest: { api: options.config.DISCORD_API_URL, version: '10', ...options.rest },
  });
  client.rest.setToken(options.config.DISCORD_TOKEN ?? '');
  return client;
}

/**
 * Logs in and resolves once the client is ready, or with `intent refused` when the gateway closed with 4014
 * (an intent the application is not allowed). discord.js reports that as a shard disconnect (with the code)
 * followed by a shard error and a rejected `login`, and does not reconnect; the shard error is expected
 * then and not logged, so the caller's one line is the only one.
 */
async function logIn(client: Client, token: string, log: Logger): Promise<'ready' | 'intent refused'> {
  let refused = false;
  client.on(Events.ShardDisconnect, (event) => {
    if (event.code === GatewayCloseCodes.DisallowedIntents) refused = true;
  });
  client.on(Events.ShardError, (error) => {
    if (!refused) log.warn({ err: error }, 'gateway error');
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(token);
  } catch (error) {
    if (refused) return 'intent refused';
    throw error;
  }
  await ready;
  return 'ready';
}

async function onInteraction(ctx: BotContext, interaction: Interaction): Promise<void> {
  if (!interaction.isRepliable()) return;
  try {
    if (interaction.isChatInputCommand()) {
      // A name or options we do not define come from commands registered by another version of the bot:
      // the member is told so (and how it is fixed) instead of meeting an error deep in a handler.
      const name = interaction.commandName;
      if (!isCommandName(name)) throw new StaleCommand(`command "${name}" is not defined`);
      checkOptions(commandDefinition(name, ctx.config).options, interaction.options.data);
      await commandHandlers[name](ctx, interaction);
    } else if (interaction.isMessageContextMenuCommand()) {
      const name = interaction.commandName;
      if (!isMessageMenuName(name)) throw new StaleCommand(`menu command "${name}" is not defined`);
      await messageMenuHandlers[name](ctx, interaction);
    } else if (interaction.isButton()) {
      await handleButton(ctx, interaction);
    } else if (interaction.isStringSelectMenu()) {
      await handleSelect(ctx, interaction);
    } else if (interaction.isModalSubmit()) {
      await handleModal(ctx, interaction);
    }
  } catch (error) {
    await answerError(ctx, interaction, error);
  }
}
