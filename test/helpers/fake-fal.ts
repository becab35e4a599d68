// A local fal queue API over loopback, speaking the routes @fal-ai/client uses with their real statuses and
// bodies: POST /{endpoint} → {request_id, status: IN_QUEUE, response_url, status_url, cancel_url,
// queue_position}; GET /{owner}/{app}/requests/{id}/status → IN_QUEUE (queue_position) | IN_PROGRESS (logs)
// | COMPLETED; GET /{owner}/{app}/requests/{id} → the output; PUT …/cancel → CANCELLATION_REQUESTED |
// ALREADY_COMPLETED | NOT_FOUND. Status, result and cancel drop the endpoint's sub-path, as fal's do. Errors
// are `{detail}` (422 with a list). Videos are real MP4s made with ffmpeg at fal's sizes, served from /files.

import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A request the fake accepted (a billed request, on the real service). */
export interface FakeFalRequest {
  id: string;
  endpoint: string;
  /** `owner/app`: where its status, result and cancel routes live. */
  app: string;
  input: Record<string, unknown>;
  state: 'IN_QUEUE' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';
  statusPolls: number;
  /** A failure its app raised: the result answers with it. */
  failure?: { status: number; detail: unknown };
  video?: string;
}

/** Which route a scripted fault hits. */
export type FakeFalRoute = 'submit' | 'status' | 'result' | 'cancel';

/** How a request moves along: polls spent in the queue and running before it completes. */
export interface FakeFalPace {
  queuePolls: number;
  progressPolls: number;
}

const SIZES: Record<string, Record<string, [number, number]>> = {
  '720p': { '16:9': [1280, 720], '9:16': [720, 1280], '1:1': [960, 960] },
  '580p': { '16:9': [1024, 576], '9:16': [576, 1024], '1:1': [768, 768] },
  '480p': { '16:9': [832, 480], '9:16': [480, 832], '1:1': [624, 624] },
};

const ERROR_BODIES: Record<number, unknown> = {
  401: { detail: 'No user found for Key ID and Secret' },
  429: { detail: 'Rate limit exceeded. Please try again later.' },
  500: { detail: 'Internal Server Error' },
  502: { detail: 'Bad Gateway' },
  503: { detail: 'Service Unavailable' },
  504: { detail: 'Gateway Timeout' },
};

/** The fake server: start it, point FAL_QUEUE_URL at `url`, script faults, read what it saw. */
export class FakeFal {
  readonly requests = new Map<string, FakeFalRequest>();
  /** Every call by route, faults included: `submit` counts attempts, `requests` what was accepted. */
  readonly calls: Record<FakeFalRoute, number> = { submit: 0, status: 0, result: 0, cancel: 0 };
  /** Cancel calls, by request id. */
  readonly cancelled: string[] = [];
  pace: FakeFalPace = { queuePolls: 1, progressPolls: 2 };
  private readonly faults: Record<FakeFalRoute, number[]> = {
    submit: [],
    status: [],
    result: [],
    cancel: [],
  };
  private readonly files = new Map<string, Buffer>();
  private readonly dir: string;
  private server: Server | undefined;
  url = '';

  constructor(readonly key = 'fake-key-id:fake-key-secret') {
    this.dir = path.join(os.tmpdir(), `zoetrope-fake-fal-${randomUUID()}`);
  }

  async start(): Promise<this> {
    await fs.mkdir(this.dir, { recursive: true });
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => reply(res, 500, { detail: String(error) }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    await fs.rm(this.dir, { recursive: true, force: true });
  }

  /** The next calls to a route answer these statuses (429, 503 …) with fal's bodies, in order. */
  fail(route: FakeFalRoute, ...statuses: number[]): void {
    this.faults[route].push(...statuses);
  }

  /** Makes a request's app fail: its status completes with an error and its result answers this. */
  failRequest(id: string, status: number, detail: unknown): void {
    const request = this.requests.get(id);
    if (request) request.failure = { status, detail };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const parts = url.pathname.split('/').filter(Boolean);
    if (req.method === 'GET' && parts[0] === 'files') {
      const file = this.files.get(parts[1] ?? '');
      if (!file) return reply(res, 404, { detail: 'Not Found' });
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': file.byteLength });
      res.end(file);
      return;
    }
    if (req.headers.authorization !== `Key ${this.key}`) return reply(res, 401, ERROR_BODIES[401]);
    const at = parts.indexOf('requests');
    if (at === -1) {
      if (req.method !== 'POST') return reply(res, 405, { detail: 'Method Not Allowed' });
      return this.submit(parts.join('/'), await body(req), res);
    }
    const app = parts.slice(0, at).join('/');
    const id = parts[at + 1] ?? '';
    const action = parts[at + 2];
    const route: FakeFalRoute = action === 'status' ? 'status' : action === 'cancel' ? 'cancel' : 'result';
    this.calls[route]++;
    const fault = this.faults[route].shift();
    if (fault !== undefined) return reply(res, fault, ERROR_BODIES[fault] ?? { detail: 'error' });
    const request = this.requests.get(id);
    // Status, result and cancel live under owner/app only: a full endpoint path there is not found.
    if (!request || request.app !== app) {
      return reply(res, 404, route === 'cancel' ? { status: 'NOT_FOUND' } : { detail: 'Request not found' });
    }
    if (route === 'status')
      return reply(res, 200, this.advance(request, url.searchParams.get('logs') === '1'));
    if (route === 'cancel') {
      if (request.state === 'COMPLETED') return reply(res, 400, { status: 'ALREADY_COMPLETED' });
      request.state = 'CANCELLED';
      this.cancelled.push(id);
      return reply(res, 202, { status: 'CANCELLATION_REQUESTED' });
    }
    if (request.state !== 'COMPLETED') return reply(res, 400, { detail: 'Request is still in progress' });
    if (request.failure) return reply(res, request.failure.status, { detail: request.failure.detail });
    request.video ??= await this.render(request);
    const file = this.files.get(request.video)!;
    res.setHeader('x-fal-request-id', id);
    return reply(res, 200, {
      video: {
        url: `${this.url}/files/${request.video}`,
        content_type: 'video/mp4',
        file_name: request.video,
        file_size: file.byteLength,
      },
      seed: request.input.seed ?? 0,
      prompt: request.input.prompt,
    });
  }

  private submit(endpoint: string, input: unknown, res: ServerResponse): void {
    this.calls.submit++;
    const fault = this.faults.submit.shift();
    if (fault !== undefined) {
      reply(res, fault, ERROR_BODIES[fault] ?? { detail: 'error' });
      return;
    }
    const fields = (input ?? {}) as Record<string, unknown>;
    if (typeof fields.prompt !== 'string' || fields.prompt.length === 0) {
      reply(res, 422, {
        detail: [{ loc: ['body', 'prompt'], msg: 'field required', type: 'value_error.missing' }],
      });
      return;
    }
    const id = randomUUID();
    const [owner, alias] = endpoint.split('/');
    const app = `${owner}/${alias}`;
    this.requests.set(id, { id, endpoint, app, input: fields, state: 'IN_QUEUE', statusPolls: 0 });
    const base = `${this.url}/${app}/requests/${id}`;
    reply(res, 200, {
      status: 'IN_QUEUE',
      request_id: id,
      response_url: base,
      status_url: `${base}/status`,
      cancel_url: `${base}/cancel`,
      queue_position: this.pace.queuePolls,
    });
  }

  /** One status poll: a request spends `queuePolls` in the queue, `progressPolls` running, then completes. */
  private advance(request: FakeFalRequest, withLogs: boolean): Record<string, unknown> {
    const polls = ++request.statusPolls;
    const { queuePolls, progressPolls } = this.pace;
    if (request.state !== 'CANCELLED' && request.state !== 'COMPLETED') {
      if (polls > queuePolls + progressPolls) request.state = 'COMPLETED';
      else if (polls > queuePolls) request.state = 'IN_PROGRESS';
    }
    const base = `${this.url}/${request.app}/requests/${request.id}`;
    const urls = {
      request_id: request.id,
      response_url: base,
      status_url: `${base}/status`,
      cancel_url: `${base}/cancel`,
    };
    if (request.state === 'IN_QUEUE') {
      return { status: 'IN_QUEUE', queue_position: queuePolls - polls, ...urls };
    }
    const running = Math.min(polls - queuePolls, progressPolls);
    const total = 27;
    const done = Math.round((running / (progressPolls + 1)) * total);
    const logs = withLogs
      ? [
          {
            message: 'Loading the model',
            level: 'INFO',
            source: 'user',
            timestamp: new Date().toISOString(),
          },
          {
            message: `${Math.round((100 * done) / total)}%|████      | ${done}/${total} [00:03<00:05]`,
            level: 'INFO',
            source: 'user',
            timestamp: new Date().toISOString(),
          },
        ]
      : null;
    if (request.state === 'IN_PROGRESS') return { status: 'IN_PROGRESS', logs, ...urls };
    // Cancelled requests read as completed (with an error), as fal reports them.
    if (request.state === 'CANCELLED') {
      return {
        status: 'COMPLETED',
        logs,
        error: 'Request cancelled',
        error_type: 'request_cancelled',
        ...urls,
      };
    }
    return {
      status: 'COMPLETED',
      logs,
      metrics: { inference_time: 1.5 },
      ...(request.failure && { error: 'Internal error in the app', error_type: 'runner_error' }),
      ...urls,
    };
  }

  /** The output video: the conditioning media first (a still, or a clip), then a moving gradient. */
  private async render(request: FakeFalRequest): Promise<string> {
    const input = request.input;
    const [width, height] = SIZES[String(input.resolution ?? '720p')]?.[
      String(input.aspect_ratio ?? '16:9')
    ] ?? [1280, 720];
    const fps = Number(input.frames_per_second ?? input.frame_rate ?? 16);
    const frames = Number(input.num_frames ?? 81);
    const seed = Number(input.seed ?? 0);
    const source = `gradients=size=${width}x${height}:rate=${fps}:seed=${seed}:speed=0.05`;
    const name = `${request.id}.mp4`;
    const out = path.join(this.dir, name);
    const media = (input.image_url ?? (input.video as { video_url?: string } | undefined)?.video_url) as
      | string
      | undefined;
    const args = ['-hide_banner', '-loglevel', 'error', '-y'];
    if (media) {
      const file = path.join(this.dir, `${request.id}-in`);
      await fs.writeFile(file, fromDataUri(media));
      args.push('-i', file, '-f', 'lavfi', '-i', source);
      args.push(
        '-filter_complex',
        `[0:v]scale=${width}:${height},setsar=1,fps=${fps},format=yuv420p[a];` +
          `[1:v]setsar=1,format=yuv420p[b];[a][b]concat=n=2:v=1:a=0[v]`,
        '-map',
        '[v]',
      );
    } else {
      args.push('-f', 'lavfi', '-i', source, '-pix_fmt', 'yuv420p');
    }
    args.push('-frames:v', String(frames), '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '4');
    args.push('-movflags', '+faststart', out);
    await run(args);
    this.files.set(name, await fs.readFile(out));
    return name;
  }
}

function fromDataUri(uri: string): Buffer {
  const match = /^data:[^;,]+;base64,(.*)$/s.exec(uri);
  if (!match) throw new Error('the fake takes media as base64 data URIs only');
  return Buffer.from(match[1]!, 'base64');
}

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile('ffmpeg', args, { maxBuffer: 16 * 1024 * 1024 }, (error, _out, stderr) =>
      error ? reject(new Error(`ffmpeg: ${stderr}`)) : resolve(),
    ),
  );
}

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function reply(res: ServerResponse, status: number, json: unknown): void {
  const text = JSON.stringify(json);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
