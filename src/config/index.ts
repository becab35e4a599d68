export { type Config, configSchema } from './schema.js';
export { ConfigError, loadConfig } from './load.js';
