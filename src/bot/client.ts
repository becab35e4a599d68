import type { QueueEvents } from 'bullmq';
import { Client, Events, GatewayIntentBits, type Interaction, type RESTOptions } from 'discord.js';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import { createKeys, GenerationQueue, RedisArtifactStore } from '../queue/index.js';
import { DISCORD_CDN_ORIGINS } from './attachments.js';
import { allowAll, type CaptionService, type TextModerator } from './captions.js';
import { isCommandName } from './commands/definitions.js';
import { commandHandlers } from './commands/handlers.js';
import { handleButton, handleModal } from './components/handlers.js';
import type { BotContext, ModelInfo } from './context.js';
import { DeliveryWorker } from './delivery.js';
import { answerError } from './interactions.js';
import { ProgressEditor } from './progress.js';
import { verbatimCaptions } from './prompt-adapter.js';
import { BotState } from './state.js';
import { handleThreadMessage } from './threads.js';

/** What {@link createBot} needs; connections are passed in and stay owned by the caller. */
export interface BotOptions {
  config: Config;
  log: Logger;
  /** Commands connection (settings, records, queue producer). */
  redis: Redis;
  /** Opens a dedicated connection for a blocking consumer (delivery worker, queue events). */
  connect: () => Redis;
  captions?: CaptionService;
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
}

/** A running bot: the discord.js client, its delivery worker, and how to stop it. */
export interface Bot {
  readonly client: Client;
  readonly context: BotContext;
  readonly deliveries: DeliveryWorker;
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
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (config.DISCORD_MESSAGE_CONTENT) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    // The default for every message the client sends: nobody is pinged unless a call says so.
    allowedMentions: { parse: [], repliedUser: false },
    rest: { api: config.DISCORD_API_URL, version: '10', ...options.rest },
  });
  client.rest.setToken(config.DISCORD_TOKEN);
  const keys = createKeys(config.ZOETROPE_PREFIX);
  const queue = new GenerationQueue({ connection: options.redis, keys });
  const clock = options.clock ?? Date.now;
  const context: BotContext = {
    config,
    log,
    redis: options.redis,
    keys,
    queue,
    artifacts: new RedisArtifactStore(options.redis, keys.artifact, config.ARTIFACT_TTL_SECONDS),
    state: new BotState(options.redis, keys, config, clock),
    captions: options.captions ?? verbatimCaptions(config),
    moderator: options.moderator ?? allowAll,
    model: options.model,
    rest: client.rest,
    clock,
    cdnOrigins: [...DISCORD_CDN_ORIGINS, ...(options.cdnOrigins ?? [])],
    applicationId: () => client.application?.id ?? config.DISCORD_APP_ID ?? '',
  };

  const eventsConnection = options.connect();
  const events: QueueEvents = queue.events(eventsConnection);
  const progress = new ProgressEditor(context, events, options.progressIntervalMs);
  const workerConnection = options.connect();
  const deliveries = new DeliveryWorker(context, progress, {
    connection: workerConnection,
    ...(options.deliveryLockMs
      ? {
          lockDurationMs: options.deliveryLockMs,
          stalledIntervalMs: Math.max(500, options.deliveryLockMs / 2),
        }
      : {}),
  });

  client.on(Events.InteractionCreate, (interaction) => void onInteraction(context, interaction));
  client.on(Events.MessageCreate, (message) => {
    handleThreadMessage(context, message).catch((error: unknown) =>
      log.error({ err: error }, 'thread message handler failed'),
    );
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.ShardError, (error) => log.warn({ err: error }, 'gateway error'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(config.DISCORD_TOKEN);
  await Promise.all([ready, events.waitUntilReady()]);
  deliveries.start();
  await deliveries.worker.waitUntilReady();
  log.info({ user: client.user?.tag, messageContent: config.DISCORD_MESSAGE_CONTENT }, 'bot ready');

  let closed = false;
  return {
    client,
    context,
    deliveries,
    async close(force = false) {
      if (closed) return;
      closed = true;
      progress.close();
      await deliveries.close(force);
      await events.close();
      await queue.close();
      await client.destroy();
      eventsConnection.disconnect();
      workerConnection.disconnect();
    },
  };
}

async function onInteraction(ctx: BotContext, interaction: Interaction): Promise<void> {
  if (!interaction.isRepliable()) return;
  try {
    if (interaction.isChatInputCommand()) {
      // A name we do not define is a command registered by an older deployment: nothing to run.
      if (!isCommandName(interaction.commandName)) return;
      await commandHandlers[interaction.commandName](ctx, interaction);
    } else if (interaction.isButton()) {
      await handleButton(ctx, interaction);
    } else if (interaction.isModalSubmit()) {
      await handleModal(ctx, interaction);
    }
  } catch (error) {
    await answerError(ctx, interaction, error);
  }
}
