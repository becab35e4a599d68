// Operations: what an operator watches and reaches a running process by (metrics, health, the admin
// dashboard) and how its logs stay one JSON line per event. Bot and engine record into a Metrics passed
// in by their entry point; nothing here opens a connection on import.
export { type AdminOptions, type AdminServer, startAdmin } from './admin.js';
export { adminCredentials, basicAuthMatches, type Credentials } from './basic-auth.js';
export { routeConsoleToLogger } from './console.js';
export { countDiscordRateLimits } from './discord.js';
export { checkEvictionPolicy, type EvictionCheck } from './eviction.js';
export {
  type DeliveredVia,
  DURATION_BUCKETS,
  Metrics,
  type ModerationSource,
  WAIT_BUCKETS,
} from './metrics.js';
export { type Operations, startOperations } from './operations.js';
export { Readiness, type ReadinessReport, type ReadyCheck, redisReachable } from './readiness.js';
export { type ErrorEmitter, isConnectionError, RedisLink } from './redis-link.js';
export { type OpsServer, type OpsServerOptions, startOpsServer } from './server.js';
