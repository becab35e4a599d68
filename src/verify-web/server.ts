import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { VerifyReport } from '../provenance/index.js';
import { VerifyBusy } from './busy.js';
import { pageHtml, pageSecurityPolicy } from './page.js';
import { VERIFY_API_PATH } from './paths.js';
import { publicReport, unreadableVideo } from './public-report.js';

/** What the verify page needs; the verifier is passed in, so the bot shares its own (and its limits). */
export interface VerifyPageOptions {
  /**
   * Verifies a file someone uploaded; `signal` aborts when they go away. A bad file is a report, not a
   * throw; {@link VerifyBusy} means over capacity (answered 503).
   */
  verify: (bytes: Uint8Array, signal: AbortSignal) => Promise<VerifyReport>;
  /** 0: any free port (tests). */
  port: number;
  host: string;
  /** Largest upload accepted; a bigger one is answered 413 before it is read. */
  maxBytes: number;
  log: Logger;
  /**
   * Uploads read and verified at once (each body is held in memory); more are answered 503 before their
   * body is read. The verifier may queue or refuse on its own too. Default 4.
   */
  maxConcurrent?: number;
}

/** The running page: where it listens, and how to stop it. */
export interface VerifyPage {
  readonly url: string;
  close(): Promise<void>;
}

const BUSY_MESSAGE = 'Busy verifying other clips; try again in a few seconds.';

// A slow or stalled upload must not hold a verification slot forever.
const REQUEST_TIMEOUT_MS = 120_000;

type ErrorCode =
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'NOT_A_VIDEO'
  | 'BUSY'
  | 'INTERNAL';

/**
 * Starts the verify page on node:http: `GET /` is one self-contained HTML page, `POST /api/verify` takes
 * the clip as the request body and answers the public report as JSON. Every other request gets a JSON
 * error with a code; nothing a client sends can throw out of the handler.
 */
export async function startVerifyPage(options: VerifyPageOptions): Promise<VerifyPage> {
  const maxConcurrent = options.maxConcurrent ?? 4;
  let inFlight = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log.error({ err: error }, 'verify page request failed');
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'Something went wrong on our side; try again.');
      else res.destroy();
    });
  });
  server.requestTimeout = REQUEST_TIMEOUT_MS;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://verify.invalid').pathname;
    const method = req.method ?? 'GET';
    if (path === '/') {
      if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(req, res, 'GET, HEAD');
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': pageSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      });
      res.end(method === 'HEAD' ? undefined : pageHtml(options.maxBytes));
      return;
    }
    if (path !== VERIFY_API_PATH) {
      req.resume();
      return sendError(
        res,
        404,
        'NOT_FOUND',
        `Nothing here; the page is at / and uploads go to ${VERIFY_API_PATH}.`,
      );
    }
    if (method !== 'POST') return methodNotAllowed(req, res, 'POST');
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > options.maxBytes) return tooLarge(req, res, options.maxBytes);
    if (inFlight >= maxConcurrent) {
      res.setHeader('retry-after', '5');
      return refuse(req, res, 503, 'BUSY', BUSY_MESSAGE);
    }
    inFlight += 1;
    try {
      const body = await readCapped(req, options.maxBytes);
      if (body === 'too large') return tooLarge(req, res, options.maxBytes);
      if (body.length === 0) return sendError(res, 400, 'EMPTY', 'The upload was empty; choose an MP4 file.');
      // The person closing the tab stops the decoding (ffmpeg) their upload started.
      const abort = new AbortController();
      res.on('close', () => abort.abort());
      let report: VerifyReport;
      try {
        report = await options.verify(body, abort.signal);
      } catch (error) {
        if (!(error instanceof VerifyBusy)) throw error;
        res.setHeader('retry-after', '5');
        return sendError(res, 503, 'BUSY', BUSY_MESSAGE);
      }
      if (abort.signal.aborted) return;
      const unreadable = unreadableVideo(report);
      if (unreadable) {
        options.log.info({ reason: unreadable }, 'verify page: not a readable video');
        return sendError(
          res,
          422,
          'NOT_A_VIDEO',
          'That file could not be read as a video; choose an MP4 clip.',
        );
      }
      sendJson(res, 200, publicReport(report));
    } finally {
      inFlight -= 1;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}/`;
  options.log.info({ url, maxBytes: options.maxBytes }, 'verify page listening');
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The body, or `too large` as soon as it passes `maxBytes` (the rest is not read). */
async function readCapped(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too large'> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) return 'too large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;

function tooLarge(req: IncomingMessage, res: ServerResponse, maxBytes: number): void {
  refuse(
    req,
    res,
    413,
    'TOO_LARGE',
    `The file is larger than ${mib(maxBytes)}, the most this page verifies.`,
  );
}

function methodNotAllowed(req: IncomingMessage, res: ServerResponse, allow: string): void {
  res.setHeader('allow', allow);
  refuse(req, res, 405, 'METHOD_NOT_ALLOWED', `Use ${allow.replace(', ', ' or ')} here.`);
}

/**
 * Answers before (or instead of) reading the body, and closes the connection: reading on would only
 * download what will be thrown away, and a kept-alive socket would have to skip it.
 */
function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
): void {
  res.setHeader('connection', 'close');
  sendError(res, status, code, message);
  res.on('finish', () => req.destroy());
}

function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { error: { code, message } });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(body);
}
