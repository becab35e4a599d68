export { ConfigError, loadConfig, readEnv } from './load.js';
export { createLogger, REDACT_PATHS } from './logger.js';
export { type Config, configSchema } from './schema.js';
