import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { createAdaptorServer } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Queue } from 'bullmq';
import { Hono } from 'hono';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { type Keys, QUEUE_NAMES } from '../queue/index.js';
import { basicAuthMatches, type Credentials } from './basic-auth.js';
import type { RedisLink } from './redis-link.js';
import { listen } from './server.js';

/** What the admin dashboard needs; the connection stays the caller's. */
export interface AdminOptions {
  /** A command connection for the dashboard's queues. */
  connection: Redis;
  keys: Keys;
  /** Required: the dashboard never runs open (the config schema refuses ADMIN_PORT without them). */
  credentials: Credentials;
  /** Where the dashboard's queue errors go (one JSON line each, outages told once). */
  link: RedisLink;
  host: string;
  /** 0: any free port (tests). */
  port: number;
  log: Logger;
}

/** A listening admin dashboard. */
export interface AdminServer {
  readonly url: string;
  close(): Promise<void>;
}

const REALM = 'Basic realm="zoetrope admin", charset="UTF-8"';

/**
 * A read-only Bull Board on the generate and deliveries queues, behind HTTP basic auth. Bull Board has no
 * authentication of its own, and seeing it is seeing every job (prompts, requesters): every request is
 * checked first. Read-only twice over: each queue is added with `readOnlyMode` (the board hides its
 * buttons and answers its write routes with 405), and anything but GET/HEAD is refused here before the
 * board sees it, so a route the board adds later cannot change a queue either.
 */
export async function startAdmin(options: AdminOptions): Promise<AdminServer> {
  const { connection, keys, credentials, link, log } = options;
  const queues = [QUEUE_NAMES.generate, QUEUE_NAMES.deliveries].map((name) => {
    const queue = new Queue(name, { connection, prefix: keys.bullPrefix });
    link.watchBullmq(queue, `admin ${name} queue`);
    return queue;
  });
  const board = new HonoAdapter(serveStatic);
  board.setBasePath('/');
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: true })),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'zoetrope' } },
  });

  const app = new Hono();
  app.use('*', async (c, next) => {
    if (!basicAuthMatches(c.req.header('authorization'), credentials)) {
      return c.text('authentication required\n', 401, { 'www-authenticate': REALM });
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return c.text('the dashboard is read-only\n', 405, { allow: 'GET, HEAD' });
    }
    await next();
  });
  app.route('/', board.registerPlugin());

  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  try {
    await listen(server, options.port, options.host);
  } catch (error) {
    await Promise.allSettled(queues.map((q) => q.close()));
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  log.info({ url }, 'admin dashboard (read-only Bull Board) listening');
  return {
    url,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await Promise.allSettled(queues.map((q) => q.close()));
    },
  };
}
