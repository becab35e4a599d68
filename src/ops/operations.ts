import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import { connectRedis, createKeys } from '../queue/index.js';
import { type AdminServer, startAdmin } from './admin.js';
import { adminCredentials } from './basic-auth.js';
import { routeConsoleToLogger } from './console.js';
import { Metrics } from './metrics.js';
import { Readiness } from './readiness.js';
import { RedisLink } from './redis-link.js';
import { type OpsServer, startOpsServer } from './server.js';

/** A service process's operations side, made once by its entry point and passed to the bot and engine. */
export interface Operations {
  readonly metrics: Metrics;
  readonly readiness: Readiness;
  readonly link: RedisLink;
  /** The metrics/health server, when METRICS_PORT is set. */
  readonly server: OpsServer | undefined;
  /** The read-only Bull Board, when ADMIN_PORT is set. */
  readonly admin: AdminServer | undefined;
  close(): Promise<void>;
}

/**
 * Starts what an operator reaches a service by: `/metrics`, `/healthz` and `/readyz` on METRICS_PORT, the
 * Bull Board on ADMIN_PORT, and console output turned into log lines. Started before the model loads, so
 * `/healthz` answers (and `/readyz` says what is still loading) from the first seconds.
 */
export async function startOperations(options: {
  config: Config;
  log: Logger;
  redisUrl: string;
}): Promise<Operations> {
  const { config, log } = options;
  const restoreConsole = routeConsoleToLogger(log);
  const metrics = new Metrics();
  const readiness = new Readiness();
  const link = new RedisLink(log);
  let server: OpsServer | undefined;
  let admin: AdminServer | undefined;
  let adminRedis: ReturnType<typeof connectRedis> | undefined;
  const close = async () => {
    await Promise.allSettled([server?.close(), admin?.close()]);
    adminRedis?.disconnect();
    link.close();
    restoreConsole();
  };
  try {
    if (config.METRICS_PORT !== undefined) {
      server = await startOpsServer({
        host: config.METRICS_HOST,
        port: config.METRICS_PORT,
        metrics,
        readiness,
        log,
      }).catch((error: Error) => {
        throw new Error(`the metrics port cannot listen (METRICS_HOST, METRICS_PORT): ${error.message}`);
      });
    }
    const credentials = adminCredentials(config);
    if (config.ADMIN_PORT !== undefined) {
      // The schema refuses this already; checked again because an open dashboard is the one thing never done.
      if (!credentials)
        throw new Error('ADMIN_PORT is set without ADMIN_USER/ADMIN_PASSWORD or ADMIN_CREDENTIALS');
      adminRedis = link.watch(connectRedis(options.redisUrl), 'admin dashboard');
      admin = await startAdmin({
        connection: adminRedis,
        keys: createKeys(config.ZOETROPE_PREFIX),
        credentials,
        link,
        host: config.ADMIN_HOST,
        port: config.ADMIN_PORT,
        log,
      }).catch((error: Error) => {
        throw new Error(`the admin dashboard cannot listen (ADMIN_HOST, ADMIN_PORT): ${error.message}`);
      });
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { metrics, readiness, link, server, admin, close };
}
