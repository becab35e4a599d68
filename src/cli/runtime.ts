import type { Logger } from 'pino';
import { type Config, ConfigError, createLogger, loadConfig, readEnv } from '../config/index.js';
import { obtainRedis, type RedisHandle } from './redis-server.js';

/** What every command starts from: validated config, a logger, and a Redis to talk to. */
export interface Runtime {
  config: Config;
  log: Logger;
  redis: RedisHandle;
}

/** Loads config (exiting with one line on a bad value) and obtains Redis (REDIS_URL or a private server). */
export async function startRuntime(overrides: Partial<Record<string, string>> = {}): Promise<Runtime> {
  let config: Config;
  try {
    config = loadConfig({ ...readEnv(), ...overrides });
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message, 2);
    throw error;
  }
  const log = createLogger(config);
  const redis = await obtainRedis(config.REDIS_URL, config.DATA_DIR).catch((error: Error) =>
    exitWith(error.message, 1),
  );
  return { config, log, redis };
}

/** Prints one line to stderr and exits: the single place a command turns a known failure into an exit. */
export function exitWith(message: string, code = 1): never {
  process.stderr.write(`zoetrope: ${message}\n`);
  process.exit(code);
}
