import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Metrics } from './metrics.js';
import type { Readiness } from './readiness.js';

/** What the operations port serves. */
export interface OpsServerOptions {
  host: string;
  /** 0: any free port (tests). */
  port: number;
  metrics: Metrics;
  readiness: Readiness;
  log: Logger;
}

/** A listening operations server. */
export interface OpsServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The operations port: `/metrics` (Prometheus text format), `/healthz` (the process answers: alive) and
 * `/readyz` (every readiness check passes: 200, else 503 with a JSON body naming what is not ready).
 * Plain node:http: three read-only routes need no framework.
 */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const { metrics, readiness, log } = options;
  const server = createServer((req, res) => {
    route(req, res, metrics, readiness).catch((error: unknown) => {
      log.error({ err: error, path: req.url }, 'operations endpoint failed');
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error\n');
      else res.destroy();
    });
  });
  // A slow or idle scraper must not keep sockets open forever.
  server.requestTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  await listen(server, options.port, options.host);
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  log.info({ url, paths: ['/metrics', '/healthz', '/readyz'] }, 'metrics and health endpoints listening');
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  metrics: Metrics,
  readiness: Readiness,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
  }
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  switch (path) {
    case '/metrics':
      return send(res, 200, metrics.registry.contentType, await metrics.registry.metrics());
    case '/healthz':
      return send(res, 200, JSON_TYPE, JSON.stringify({ status: 'ok' }));
    case '/readyz': {
      const report = await readiness.report();
      return send(res, report.ready ? 200 : 503, JSON_TYPE, JSON.stringify(report));
    }
    default:
      return send(res, 404, 'text/plain; charset=utf-8', 'not found: try /metrics, /healthz or /readyz\n');
  }
}

const JSON_TYPE = 'application/json; charset=utf-8';

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** Listens, turning a busy port into an error that names the port (not an unhandled 'error' event). */
export function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} on ${host} is already in use`)
          : new Error(`cannot listen on ${host}:${port}: ${error.message}`),
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
