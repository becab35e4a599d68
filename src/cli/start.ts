// `npm start` (bot + one engine), `npm run start:bot`, `npm run start:engine`.
import { startEngine } from '../engine/index.js';
import { type Operations, startOperations } from '../ops/index.js';
import { exitWith, startRuntime } from './runtime.js';

async function main(argv: string[]): Promise<void> {
  const onlyBot = argv.includes('--bot');
  const onlyEngine = argv.includes('--engine');
  const runtime = await startRuntime();
  const { config, log } = runtime;
  const stops: Array<() => Promise<unknown>> = [];
  let stopping = false;
  const stop = async (code: number, reason?: string) => {
    if (stopping) return;
    if (reason) process.stderr.write(`zoetrope: ${reason}\n`);
    stopping = true;
    log.info('shutting down');
    for (const s of stops.reverse())
      await s().catch((error: Error) => log.warn({ err: error }, 'shutdown step failed'));
    await runtime.redis.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  try {
    // Metrics, health and the admin dashboard come up first and go down last (stops run in reverse).
    const ops: Operations = await startOperations({ config, log, redisUrl: runtime.redis.url });
    stops.push(() => ops.close());
    const { metrics, link, readiness } = ops;
    if (!onlyBot) {
      readiness.set('model', () => false);
      const engine = await startEngine({ config, redisUrl: runtime.redis.url, log, metrics, link });
      stops.push(() => engine.close());
      readiness.set('redis', engine.checks.redis);
      readiness.set('model', engine.checks.model);
      log.info({ model: engine.generator.info.card.name }, 'engine ready');
    }
    if (!onlyEngine) {
      if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID) {
        if (onlyBot)
          exitWith(
            'DISCORD_TOKEN and DISCORD_APP_ID must be set to run the bot (see docs/discord-setup.md).',
            2,
          );
        log.warn(
          'DISCORD_TOKEN/DISCORD_APP_ID not set: running the engine only (try `npm run generate -- "a prompt"`)',
        );
      } else {
        // Loaded only here, so an engine-only host never loads discord.js.
        const { runBot } = await import('./bot-main.js');
        readiness.set('gateway', () => false);
        const bot = await runBot(config, runtime.redis.url, log, { metrics, link });
        stops.push(() => bot.close());
        readiness.set('redis', bot.checks.redis);
        readiness.set('gateway', bot.checks.gateway);
      }
    }
  } catch (error) {
    await stop(1, (error as Error).message);
  }
}

void main(process.argv.slice(2));
