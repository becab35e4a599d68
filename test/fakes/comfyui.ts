// A local ComfyUI that speaks the classic API's wire format where zoetrope depends on it: /prompt (with
// its 400 node_errors), /ws (status, execution_start, execution_cached, executing, progress with binary
// preview frames, executed, execution_success, executing null; execution_error; execution_interrupted),
// /history, /view (a real MP4 made by ffmpeg), /upload/image (multipart), /interrupt, /queue, and the same
// routes under /api. It "runs" a graph by reading the inputs a real server would: the latent node's size and
// length, the sampler's seed and steps, CreateVideo's fps, and the LoadImage files feeding start/end images.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket, WebSocketServer } from 'ws';

type Graph = Record<string, { class_type: string; inputs: Record<string, unknown> }>;

/** What a test can set on the fake. */
export interface FakeComfyOptions {
  ffmpeg: string;
  /** Milliseconds per sampler step. */
  stepMs?: number;
  /** Model files the server has; a graph loading another is refused with a 400 (value_not_in_list). */
  models?: readonly string[];
  /** After `status` on connect, the websocket says nothing more (as seen behind some tunnels). */
  silentSocket?: boolean;
  /** Headers every request and the websocket must carry (a proxy's credentials), else 401. */
  requireHeaders?: Record<string, string>;
  /** A node that raises when it runs (execution_error), by id. */
  failNode?: string;
}

interface QueuedPrompt {
  number: number;
  id: string;
  graph: Graph;
  clientId: string;
  interrupted?: boolean;
}

// Node classes the fake knows; anything else is "not found" as on a server without that custom node.
const KNOWN = new Set([
  'UNETLoader',
  'CLIPLoader',
  'VAELoader',
  'CheckpointLoaderSimple',
  'ModelSamplingSD3',
  'CLIPTextEncode',
  'Wan22ImageToVideoLatent',
  'WanImageToVideo',
  'WanFirstLastFrameToVideo',
  'EmptyHunyuanLatentVideo',
  'EmptyLTXVLatentVideo',
  'LTXVImgToVideo',
  'LTXVConditioning',
  'LTXVScheduler',
  'KSamplerSelect',
  'SamplerCustom',
  'KSampler',
  'VAEDecode',
  'CreateVideo',
  'SaveVideo',
  'SaveWEBM',
  'LoadImage',
]);
const MODEL_INPUTS = ['unet_name', 'clip_name', 'vae_name', 'ckpt_name'];
const OUTPUT_CLASSES = new Set(['SaveVideo', 'SaveWEBM']);
// A 1×1 JPEG: the payload of every preview frame (type 1 = PREVIEW_IMAGE, format 1 = JPEG).
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
);

/** A fake ComfyUI server on 127.0.0.1; `url` once started. */
export class FakeComfyUI {
  url = '';
  /** Every request as `METHOD /path` and its JSON body, in order. */
  readonly requests: { method: string; path: string; body?: unknown; headers: IncomingMessage['headers'] }[] =
    [];
  /** Every prompt accepted, by id. */
  readonly prompts = new Map<string, Graph>();
  readonly uploads = new Map<string, Buffer>();
  /** Output files by `type/subfolder/filename`, as `/view` serves them. */
  readonly files = new Map<string, Buffer>();
  /** When each `progress` message was sent, by prompt id (for latency measurements). */
  readonly progressSentAt = new Map<string, number[]>();
  private readonly history = new Map<string, unknown>();
  private readonly queue: QueuedPrompt[] = [];
  private running: QueuedPrompt | undefined;
  private readonly sockets = new Map<string, WebSocket>();
  private readonly connections = new Set<Socket>();
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private counter = 0;
  private alive = false;
  private stepWaiters: { id?: string; step: number; resolve: () => void }[] = [];

  constructor(readonly options: FakeComfyOptions) {}

  async start(port = 0): Promise<string> {
    this.wss = new WebSocketServer({ noServer: true });
    this.server = createServer((req, res) => void this.route(req, res));
    this.server.on('connection', (socket) => {
      this.connections.add(socket);
      socket.on('close', () => this.connections.delete(socket));
    });
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (!/^\/(api\/)?ws$/.test(url.pathname) || !this.authorised(req.headers)) {
        socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
        return;
      }
      this.wss!.handleUpgrade(req, socket, head, (ws) => this.connect(ws, url.searchParams.get('clientId')));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
    this.alive = true;
    return this.url;
  }

  /** Dies like a killed process: every connection dropped, the port closed, the queue lost. */
  async kill(): Promise<void> {
    this.alive = false;
    for (const ws of this.sockets.values()) ws.terminate();
    for (const socket of this.connections) socket.destroy();
    this.queue.length = 0;
    if (this.running) this.running.interrupted = true;
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
    this.wss?.close();
  }

  close(): Promise<void> {
    return this.kill();
  }

  /** Resolves once a prompt (any, or the one with this id) has run `step` sampler steps. */
  reachedStep(step: number, id?: string): Promise<void> {
    return new Promise((resolve) => this.stepWaiters.push({ step, resolve, ...(id && { id }) }));
  }

  /** Interrupts and queue deletions received, by prompt id. */
  get cancels(): { route: string; body: unknown }[] {
    return this.requests
      .filter((r) => r.method === 'POST' && (r.path === '/interrupt' || r.path === '/queue'))
      .map((r) => ({ route: r.path, body: r.body }));
  }

  private authorised(headers: IncomingMessage['headers']): boolean {
    return Object.entries(this.options.requireHeaders ?? {}).every(
      ([k, v]) => headers[k.toLowerCase()] === v,
    );
  }

  private connect(ws: WebSocket, clientId: string | null): void {
    const sid = clientId ?? randomUUID().replace(/-/g, '');
    // A reconnect with the same client id replaces the old socket, as in ComfyUI's server.
    this.sockets.set(sid, ws);
    ws.on('close', () => {
      if (this.sockets.get(sid) === ws) this.sockets.delete(sid);
    });
    ws.send(
      JSON.stringify({
        type: 'status',
        data: { status: { exec_info: { queue_remaining: this.remaining() } }, sid },
      }),
    );
  }

  private remaining(): number {
    return this.queue.length + (this.running ? 1 : 0);
  }

  private send(clientId: string, type: string, data: Record<string, unknown>): void {
    if (this.options.silentSocket) return;
    const ws = this.sockets.get(clientId);
    if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type, data }));
  }

  private sendPreview(clientId: string): void {
    if (this.options.silentSocket) return;
    const ws = this.sockets.get(clientId);
    const header = Buffer.alloc(8);
    header.writeUInt32BE(1, 0);
    header.writeUInt32BE(1, 4);
    if (ws?.readyState === WebSocket.OPEN) ws.send(Buffer.concat([header, JPEG]), { binary: true });
  }

  private broadcastStatus(): void {
    if (this.options.silentSocket) return;
    const message = JSON.stringify({
      type: 'status',
      data: { status: { exec_info: { queue_remaining: this.remaining() } } },
    });
    for (const ws of this.sockets.values()) if (ws.readyState === WebSocket.OPEN) ws.send(message);
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname.replace(/^\/api(?=\/)/, '');
    const raw = await readBody(req);
    let body: unknown;
    if ((req.headers['content-type'] ?? '').includes('json') && raw.length > 0) {
      try {
        body = JSON.parse(raw.toString());
      } catch {
        body = undefined;
      }
    }
    this.requests.push({ method: req.method ?? 'GET', path, body, headers: req.headers });
    if (!this.authorised(req.headers)) return json(res, 401, { error: 'unauthorised' });
    if (req.method === 'POST' && path === '/prompt') return this.postPrompt(res, body);
    if (req.method === 'POST' && path === '/upload/image') return this.postUpload(req, res, raw);
    if (req.method === 'GET' && path.startsWith('/history/')) {
      const id = decodeURIComponent(path.slice('/history/'.length));
      const entry = this.history.get(id);
      return json(res, 200, entry ? { [id]: entry } : {});
    }
    if (req.method === 'GET' && path === '/view') {
      const key = `${url.searchParams.get('type')}/${url.searchParams.get('subfolder')}/${url.searchParams.get('filename')}`;
      const file = this.files.get(key);
      if (!file) return json(res, 404, {});
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': file.length });
      res.end(file);
      return;
    }
    if (req.method === 'GET' && path === '/queue') {
      const row = (p: QueuedPrompt) => [
        p.number,
        p.id,
        p.graph,
        { client_id: p.clientId },
        outputsOf(p.graph),
      ];
      return json(res, 200, {
        queue_running: this.running ? [row(this.running)] : [],
        queue_pending: this.queue.map(row),
      });
    }
    if (req.method === 'POST' && path === '/queue') {
      const b = (body ?? {}) as { delete?: string[]; clear?: boolean };
      if (b.clear) this.queue.length = 0;
      for (const id of b.delete ?? []) {
        const at = this.queue.findIndex((p) => p.id === id);
        if (at >= 0) this.queue.splice(at, 1);
      }
      this.broadcastStatus();
      res.writeHead(200).end();
      return;
    }
    if (req.method === 'POST' && path === '/interrupt') {
      // Newer servers: a prompt_id stops that prompt only if it is the one running; none stops whatever runs.
      const id = (body as { prompt_id?: string } | undefined)?.prompt_id;
      if (this.running && (!id || id === this.running.id)) this.running.interrupted = true;
      res.writeHead(200).end();
      return;
    }
    json(res, 404, {});
  }

  private postPrompt(res: ServerResponse, body: unknown) {
    const b = (body ?? {}) as { prompt?: Graph; client_id?: string; prompt_id?: string };
    const graph = b.prompt;
    if (!graph || typeof graph !== 'object') {
      return json(res, 400, {
        error: {
          type: 'invalid_prompt',
          message: 'Cannot execute because of an invalid prompt',
          details: '',
          extra_info: {},
        },
        node_errors: {},
      });
    }
    for (const [id, node] of Object.entries(graph)) {
      if (!KNOWN.has(node.class_type)) {
        return json(res, 400, {
          error: {
            type: 'invalid_prompt',
            message: `Cannot execute because node ${node.class_type} does not exist.`,
            details: `Node ID '#${id}'`,
            extra_info: {},
          },
          node_errors: {},
        });
      }
    }
    const outputs = outputsOf(graph);
    if (outputs.length === 0) {
      return json(res, 400, {
        error: { type: 'prompt_no_outputs', message: 'Prompt has no outputs', details: '', extra_info: {} },
        node_errors: [],
      });
    }
    const nodeErrors: Record<string, unknown> = {};
    for (const [id, node] of Object.entries(graph)) {
      const errors: unknown[] = [];
      for (const input of MODEL_INPUTS) {
        const value = node.inputs[input];
        if (typeof value === 'string' && this.options.models && !this.options.models.includes(value)) {
          errors.push({
            type: 'value_not_in_list',
            message: 'Value not in list',
            details: `${input}: '${value}' not in ${JSON.stringify(this.options.models)}`,
            extra_info: { input_name: input, input_config: [this.options.models], received_value: value },
          });
        }
      }
      if (node.class_type === 'LoadImage' && !this.uploads.has(String(node.inputs.image))) {
        errors.push({
          type: 'custom_validation_failed',
          message: 'Custom validation failed for node',
          details: `image - Invalid image file: ${node.inputs.image}`,
          extra_info: { input_name: 'image' },
        });
      }
      if (errors.length > 0)
        nodeErrors[id] = { errors, dependent_outputs: outputs, class_type: node.class_type };
    }
    if (Object.keys(nodeErrors).length > 0) {
      return json(res, 400, {
        error: {
          type: 'prompt_outputs_failed_validation',
          message: 'Prompt outputs failed validation',
          details: '',
          extra_info: {},
        },
        node_errors: nodeErrors,
      });
    }
    const id = b.prompt_id ?? randomUUID();
    const number = this.counter++;
    this.prompts.set(id, graph);
    this.queue.push({ number, id, graph, clientId: b.client_id ?? '' });
    json(res, 200, { prompt_id: id, number, node_errors: {} });
    this.broadcastStatus();
    void this.pump();
  }

  private async postUpload(req: IncomingMessage, res: ServerResponse, raw: Buffer): Promise<void> {
    const form = await new Response(raw, {
      headers: { 'content-type': req.headers['content-type'] ?? '' },
    }).formData();
    const image = form.get('image');
    if (!(image instanceof Blob)) return json(res, 400, {});
    const name = (image as File).name || 'image.png';
    this.uploads.set(name, Buffer.from(await image.arrayBuffer()));
    json(res, 200, { name, subfolder: '', type: 'input' });
  }

  private async pump(): Promise<void> {
    if (this.running || !this.alive) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = next;
    try {
      await this.execute(next);
    } catch (error) {
      // A crash inside the fake is the server's failure: reported as ComfyUI reports a node's exception.
      this.history.set(
        next.id,
        historyEntry(next, {}, 'error', [
          [
            'execution_error',
            { prompt_id: next.id, node_id: '?', node_type: 'fake', exception_message: String(error) },
          ],
        ]),
      );
      this.send(next.clientId, 'execution_error', {
        prompt_id: next.id,
        node_id: '?',
        node_type: 'fake',
        exception_message: String(error),
      });
    } finally {
      this.running = undefined;
      this.broadcastStatus();
      void this.pump();
    }
  }

  private async execute(prompt: QueuedPrompt): Promise<void> {
    const { id, graph, clientId } = prompt;
    const messages: [string, Record<string, unknown>][] = [];
    const emit = (type: string, data: Record<string, unknown>) => {
      messages.push([type, data]);
      this.send(clientId, type, data);
    };
    emit('execution_start', { prompt_id: id, timestamp: Date.now() });
    emit('execution_cached', { nodes: [], prompt_id: id, timestamp: Date.now() });
    const find = (classes: string[]) => Object.entries(graph).find(([, n]) => classes.includes(n.class_type));
    const latent = Object.entries(graph).find(([, n]) => 'length' in n.inputs && 'width' in n.inputs)?.[1];
    const sampler = find(['KSampler', 'SamplerCustom']);
    const scheduler = find(['LTXVScheduler']);
    const steps = Number(sampler?.[1].inputs.steps ?? scheduler?.[1].inputs.steps ?? 20);
    const seed = Number(sampler?.[1].inputs.seed ?? sampler?.[1].inputs.noise_seed ?? 0);
    const fps = Number(find(['CreateVideo'])?.[1].inputs.fps ?? 24);
    const width = Number(latent?.inputs.width);
    const height = Number(latent?.inputs.height);
    const length = Number(latent?.inputs.length);
    const image = (input: string) => {
      const link = latent?.inputs[input];
      const loader = Array.isArray(link) ? graph[String(link[0])] : undefined;
      return loader ? this.uploads.get(String(loader.inputs.image)) : undefined;
    };
    const [outputId] = outputsOf(graph);
    for (const [nodeId, node] of Object.entries(graph)) {
      if (prompt.interrupted) break;
      emit('executing', { node: nodeId, display_node: nodeId, prompt_id: id });
      if (nodeId === this.options.failNode) {
        const error = {
          prompt_id: id,
          node_id: nodeId,
          node_type: node.class_type,
          executed: [],
          exception_message: 'Allocation on device 0 would exceed allowed memory. (out of memory)\n',
          exception_type: 'torch.OutOfMemoryError',
          traceback: ['  File "execution.py", line 1\n'],
          current_inputs: {},
          current_outputs: {},
          timestamp: Date.now(),
        };
        emit('execution_error', error);
        this.history.set(id, historyEntry(prompt, {}, 'error', messages));
        this.send(clientId, 'executing', { node: null, prompt_id: id });
        return;
      }
      if (node === sampler?.[1]) {
        for (let value = 1; value <= steps; value++) {
          await new Promise((r) => setTimeout(r, this.options.stepMs ?? 5));
          if (prompt.interrupted) break;
          this.send(clientId, 'progress', { value, max: steps, prompt_id: id, node: nodeId });
          this.progressSentAt.set(id, [...(this.progressSentAt.get(id) ?? []), performance.now()]);
          this.sendPreview(clientId);
          for (const waiter of this.stepWaiters.filter((w) => w.step === value && (!w.id || w.id === id))) {
            this.stepWaiters.splice(this.stepWaiters.indexOf(waiter), 1);
            waiter.resolve();
          }
        }
      }
      if (prompt.interrupted) break;
      if (nodeId === outputId) {
        const video = await this.render({
          width,
          height,
          length,
          fps,
          seed,
          start: image('start_image') ?? image('image'),
          end: image('end_image'),
        });
        if (!this.alive) return;
        const filename = `zoetrope_${String(this.counter).padStart(5, '0')}_${id.slice(0, 8)}.mp4`;
        this.files.set(`output/video/${filename}`, video);
        const output = { images: [{ filename, subfolder: 'video', type: 'output' }], animated: [true] };
        emit('executed', { node: nodeId, display_node: nodeId, output, prompt_id: id });
        emit('execution_success', { prompt_id: id, timestamp: Date.now() });
        this.history.set(id, historyEntry(prompt, { [nodeId]: output }, 'success', messages));
        this.send(clientId, 'executing', { node: null, prompt_id: id });
        return;
      }
    }
    if (!this.alive) return;
    emit('execution_interrupted', {
      prompt_id: id,
      node_id: outputId,
      node_type: 'SaveVideo',
      executed: [],
      timestamp: Date.now(),
    });
    this.history.set(id, historyEntry(prompt, {}, 'error', messages));
    this.send(clientId, 'executing', { node: null, prompt_id: id });
  }

  /** Smooth waves that move with the frame index and the seed; the start (and end) image placed as given. */
  private async render(v: {
    width: number;
    height: number;
    length: number;
    fps: number;
    seed: number;
    start?: Buffer | undefined;
    end?: Buffer | undefined;
  }): Promise<Buffer> {
    const size = v.width * v.height * 3;
    const frames = Buffer.alloc(size * v.length);
    for (let f = 0; f < v.length; f++) {
      for (let i = 0; i < v.width * v.height; i++) {
        const x = i % v.width;
        const y = Math.floor(i / v.width);
        const o = f * size + i * 3;
        // Smooth, as a model's frames are: hard edges would measure H.264's chroma loss, not the engine.
        frames[o] = Math.round(128 + 100 * Math.sin((x + f * 2 + v.seed * 7) / 9));
        frames[o + 1] = Math.round(128 + 100 * Math.cos((y + v.seed * 5) / 7));
        frames[o + 2] = (96 + f * 5) & 255;
      }
    }
    if (v.start) (await this.decodeStill(v.start, v.width, v.height)).copy(frames, 0);
    if (v.end) (await this.decodeStill(v.end, v.width, v.height)).copy(frames, (v.length - 1) * size);
    // Written to a file and read back, as SaveVideo writes it: a plain MP4, not a fragmented stream.
    const file = join(tmpdir(), `fake-comfyui-${randomUUID()}.mp4`);
    try {
      await ffmpeg(
        this.options.ffmpeg,
        [
          '-f',
          'rawvideo',
          '-pix_fmt',
          'rgb24',
          '-s',
          `${v.width}x${v.height}`,
          '-r',
          String(v.fps),
          '-i',
          'pipe:0',
          '-c:v',
          'libx264',
          '-preset',
          'ultrafast',
          '-crf',
          '8',
          '-pix_fmt',
          'yuv420p',
          '-y',
          file,
        ],
        frames,
      );
      return await readFile(file);
    } finally {
      await rm(file, { force: true });
    }
  }

  private decodeStill(png: Buffer, width: number, height: number): Promise<Buffer> {
    return ffmpeg(
      this.options.ffmpeg,
      ['-i', 'pipe:0', '-vf', `scale=${width}:${height}`, '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'],
      png,
    );
  }
}

function outputsOf(graph: Graph): string[] {
  return Object.entries(graph)
    .filter(([, n]) => OUTPUT_CLASSES.has(n.class_type))
    .map(([id]) => id);
}

function historyEntry(
  prompt: QueuedPrompt,
  outputs: Record<string, unknown>,
  status: 'success' | 'error',
  messages: unknown[],
) {
  return {
    prompt: [prompt.number, prompt.id, prompt.graph, { client_id: prompt.clientId }, outputsOf(prompt.graph)],
    outputs,
    status: { status_str: status, completed: status === 'success', messages },
    meta: Object.fromEntries(
      Object.keys(outputs).map((id) => [
        id,
        { node_id: id, display_node: id, parent_node: null, real_node_id: id },
      ]),
    ),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function ffmpeg(path: string, args: string[], input: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, ['-hide_banner', '-loglevel', 'error', ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`ffmpeg ${code}: ${err}`)),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}
