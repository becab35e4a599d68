import { type DestinationStream, type Logger, pino } from 'pino';
import type { Config } from './schema.js';

/** Paths pino blanks in every log line: tokens and keys never reach logs, wherever they are nested. */
export const REDACT_PATHS = [
  'token',
  '*.token',
  '*.*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'OPENAI_API_KEY',
  '*.OPENAI_API_KEY',
  'MODERATION_API_KEY',
  '*.MODERATION_API_KEY',
  'apiKey',
  '*.apiKey',
  'authorization',
  '*.authorization',
  '*.headers.authorization',
  'REDIS_URL',
  '*.REDIS_URL',
  'redisUrl',
  'C2PA_KEY',
  '*.C2PA_KEY',
  'WATERMARK_KEY',
  '*.WATERMARK_KEY',
  'privateKey',
  '*.privateKey',
  'ADMIN_PASSWORD',
  '*.ADMIN_PASSWORD',
  'ADMIN_CREDENTIALS',
  '*.ADMIN_CREDENTIALS',
];

/** The process logger: structured JSON (pino) on stderr, so stdout stays free for a command's output. */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.LOG_LEVEL,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: { pid: process.pid },
    },
    destination ?? pino.destination(2),
  );
}
