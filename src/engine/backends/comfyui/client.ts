// HTTP to one ComfyUI server: the routes of its classic API, each failure sorted into "try another server"
// (ServerUnavailable), "the graph is wrong" (WorkflowRejected) or "the server broke the protocol".

import { type NodeError, ProtocolError, ServerUnavailable, WorkflowRejected } from './errors.js';
import type { ApiGraph } from './workflow.js';

/** How to reach a server: its base URL, headers for an authenticating proxy, a per-request timeout. */
export interface ServerOptions {
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
}

/** A file on the server as `/view` and LoadImage name it. */
export interface FileRef {
  filename: string;
  subfolder: string;
  type: string;
}

/** `/history/{id}` for one prompt, the parts read here. */
export interface HistoryEntry {
  outputs: Record<string, Record<string, unknown>>;
  status?: { status_str?: string; completed?: boolean; messages?: [string, Record<string, unknown>][] };
}

/** `GET /queue`: prompts running and waiting, as `[number, prompt_id, …]` tuples. */
export interface QueueState {
  running: string[];
  pending: string[];
}

/** The classic ComfyUI API of one server. Stateless: every method is one request. */
export class ComfyClient {
  readonly url: string;
  /** The websocket URL for a client id. */
  readonly wsUrl: (clientId: string) => string;

  constructor(readonly options: ServerOptions) {
    this.url = options.url.replace(/\/+$/, '');
    const ws = new URL(this.url);
    ws.protocol = ws.protocol === 'https:' ? 'wss:' : 'ws:';
    this.wsUrl = (clientId) =>
      `${ws.toString().replace(/\/+$/, '')}/ws?clientId=${encodeURIComponent(clientId)}`;
  }

  /** Queues a graph; the server's prompt id. A 400 is the graph's fault and is thrown as WorkflowRejected. */
  async submit(graph: ApiGraph, clientId: string, signal?: AbortSignal): Promise<string> {
    const response = await this.request('POST', '/prompt', {
      json: { prompt: graph, client_id: clientId },
      signal,
    });
    const body = await readJson(response);
    if (response.status === 400) throw rejected(this.url, body);
    expectOk(this.url, '/prompt', response);
    const id = (body as { prompt_id?: unknown })?.prompt_id;
    if (typeof id !== 'string' || !id)
      throw new ProtocolError(`${this.url}/prompt answered without a prompt_id`);
    return id;
  }

  /** Uploads a still for LoadImage; returns the name LoadImage's `image` input takes (`sub/name.png`). */
  async upload(png: Uint8Array, name: string, signal?: AbortSignal): Promise<string> {
    const form = new FormData();
    form.append('image', new Blob([png], { type: 'image/png' }), name);
    form.append('type', 'input');
    form.append('overwrite', 'true');
    const response = await this.request('POST', '/upload/image', { form, signal });
    expectOk(this.url, '/upload/image', response);
    const body = (await readJson(response)) as Partial<FileRef> & { name?: string };
    if (typeof body?.name !== 'string')
      throw new ProtocolError(`${this.url}/upload/image answered without a name`);
    return body.subfolder ? `${body.subfolder}/${body.name}` : body.name;
  }

  /** The prompt's history entry, or undefined while it has not finished. */
  async history(promptId: string, signal?: AbortSignal): Promise<HistoryEntry | undefined> {
    const response = await this.request('GET', `/history/${encodeURIComponent(promptId)}`, { signal });
    expectOk(this.url, '/history', response);
    const body = (await readJson(response)) as Record<string, HistoryEntry> | null;
    return body?.[promptId];
  }

  /** Downloads an output file. */
  async view(file: FileRef, signal?: AbortSignal): Promise<Uint8Array> {
    const query = new URLSearchParams({
      filename: file.filename,
      subfolder: file.subfolder,
      type: file.type,
    });
    const response = await this.request('GET', `/view?${query}`, { signal });
    expectOk(this.url, '/view', response);
    return new Uint8Array(await response.arrayBuffer());
  }

  async queue(signal?: AbortSignal): Promise<QueueState> {
    const response = await this.request('GET', '/queue', { signal });
    expectOk(this.url, '/queue', response);
    const body = (await readJson(response)) as { queue_running?: unknown[]; queue_pending?: unknown[] };
    const ids = (items: unknown[] | undefined) =>
      (items ?? []).map((item) => (Array.isArray(item) ? String(item[1]) : '')).filter(Boolean);
    return { running: ids(body?.queue_running), pending: ids(body?.queue_pending) };
  }

  /**
   * Stops one prompt and no other: a waiting one is deleted from the queue; a running one is interrupted by
   * id (older servers ignore the id and stop whatever runs, so the queue is read first to be sure it is ours).
   */
  async cancel(promptId: string, signal?: AbortSignal): Promise<'interrupted' | 'deleted' | 'not-found'> {
    const state = await this.queue(signal);
    if (state.pending.includes(promptId)) {
      expectOk(
        this.url,
        '/queue',
        await this.request('POST', '/queue', { json: { delete: [promptId] }, signal }),
      );
      return 'deleted';
    }
    if (state.running.includes(promptId)) {
      expectOk(
        this.url,
        '/interrupt',
        await this.request('POST', '/interrupt', { json: { prompt_id: promptId }, signal }),
      );
      return 'interrupted';
    }
    return 'not-found';
  }

  /** One request; a refused connection, a timeout or a 5xx is ServerUnavailable. The caller's abort is rethrown. */
  private async request(
    method: string,
    path: string,
    body: { json?: unknown; form?: FormData; signal?: AbortSignal | undefined },
  ): Promise<Response> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = body.signal ? AbortSignal.any([body.signal, timeout]) : timeout;
    const headers: Record<string, string> = { ...this.options.headers };
    if (body.json !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.url}${path}`, {
        method,
        headers,
        signal,
        ...(body.json !== undefined && { body: JSON.stringify(body.json) }),
        ...(body.form && { body: body.form }),
      });
    } catch (error) {
      if (body.signal?.aborted) throw body.signal.reason ?? error;
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      const reason = timeout.aborted
        ? `no answer within ${this.options.timeoutMs} ms`
        : (cause ?? (error as Error).message);
      throw new ServerUnavailable(this.url, `${method} ${path.split('?')[0]}: ${reason}`);
    }
    if (response.status >= 500) {
      await response.body?.cancel().catch(() => undefined);
      throw new ServerUnavailable(this.url, `${method} ${path.split('?')[0]}: HTTP ${response.status}`);
    }
    return response;
  }
}

function expectOk(server: string, route: string, response: Response): void {
  if (response.ok) return;
  // 401/403/404 here mean the URL, the proxy's credentials or the server's version are wrong: the operator's
  // to fix, and no other server would answer differently if they are configured alike.
  throw new ProtocolError(`${server}${route} answered HTTP ${response.status}`);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads ComfyUI's 400 body: `{error:{type,message,details}, node_errors:{id:{errors,class_type}}}`. */
function rejected(server: string, body: unknown): WorkflowRejected {
  const b = (body ?? {}) as {
    error?: { type?: string; message?: string; details?: string } | string;
    node_errors?: Record<
      string,
      { errors?: { type?: string; message?: string; details?: string }[]; class_type?: string }
    >;
  };
  const error = typeof b.error === 'string' ? { message: b.error } : (b.error ?? {});
  const nodes: NodeError[] = Object.entries(b.node_errors ?? {}).map(([node, entry]) => ({
    node,
    classType: entry.class_type ?? 'unknown',
    errors: (entry.errors ?? []).map(
      (e) => `${e.type ?? 'error'}: ${e.message ?? ''}${e.details ? ` (${e.details})` : ''}`,
    ),
  }));
  const detail = [error.message, error.details].filter(Boolean).join(': ');
  return new WorkflowRejected(server, error.type ?? 'invalid_prompt', nodes, detail || 'no reason given');
}
