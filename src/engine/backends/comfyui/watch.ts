// Following one prompt to its end: the websocket for progress and a prompt end the moment it happens, and
// the history endpoint polled beside it, since websockets go quiet (long uptimes, some tunnels) and close
// when a server restarts.
import WebSocket from 'ws';
import { abortError } from '../../generators/errors.js';
import type { ComfyClient, HistoryEntry } from './client.js';
import { ExecutionFailed, ServerUnavailable } from './errors.js';

/** A websocket to one server under one client id; messages for prompts are read by {@link followPrompt}. */
export interface PromptSocket {
  /** Undefined when the socket could not be opened: the prompt is then followed through history alone. */
  readonly ws: WebSocket | undefined;
  /** The messages that came before the prompt id was known; stops keeping them. */
  takeEarly(): ServerMessage[];
  close(): void;
}

/** ComfyUI's text frames: `{type, data}`. Binary frames (previews) never reach this type. */
interface ServerMessage {
  type: string;
  data?: Record<string, unknown> & { prompt_id?: string };
}

/** Opens `/ws?clientId=` with the server's headers; resolves undefined (history only) when it cannot. */
export async function openSocket(
  client: ComfyClient,
  clientId: string,
  signal: AbortSignal,
): Promise<PromptSocket> {
  const ws = new WebSocket(client.wsUrl(clientId), {
    headers: client.options.headers,
    handshakeTimeout: client.options.timeoutMs,
  });
  // Messages that arrive before the prompt id is known (a fast server) are kept for followPrompt.
  const early: ServerMessage[] = [];
  const keep = (data: WebSocket.RawData, isBinary: boolean) => {
    const parsed = isBinary ? undefined : parse(data);
    if (parsed) early.push(parsed);
  };
  ws.on('message', keep);
  const opened = await new Promise<boolean>((resolve) => {
    const onAbort = () => resolve(false);
    signal.addEventListener('abort', onAbort, { once: true });
    ws.once('open', () => resolve(true));
    ws.once('error', () => resolve(false));
    ws.once('close', () => resolve(false));
  });
  ws.on('error', () => undefined);
  if (!opened) ws.terminate();
  return {
    ws: opened ? ws : undefined,
    takeEarly: () => {
      ws.off('message', keep);
      return early.splice(0);
    },
    close: () => {
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.terminate();
    },
  };
}

/** What following a prompt reports while it runs. */
export interface FollowOptions {
  pollMs: number;
  /** Nodes whose `progress` messages are sampler steps (the VAE and the video writer report progress too). */
  progressNodes: readonly string[];
  onProgress: (value: number, max: number) => void;
  /** The node whose output holds the video: its `executed` message has the file. */
  outputNode: string;
  signal: AbortSignal;
}

// Consecutive failed history polls, while the websocket is still open, before the server counts as gone.
const POLLS_BEFORE_GIVING_UP = 3;

/** Waits for a prompt to finish; its outputs by node id. Rejects with ExecutionFailed or ServerUnavailable. */
export function followPrompt(
  client: ComfyClient,
  socket: PromptSocket,
  promptId: string,
  options: FollowOptions,
): Promise<HistoryEntry['outputs']> {
  const { signal } = options;
  return new Promise((resolve, reject) => {
    const outputs: HistoryEntry['outputs'] = {};
    let settled = false;
    let socketClosed = socket.ws === undefined;
    let failedPolls = 0;
    let polling = false;
    let timer: NodeJS.Timeout | undefined;

    const finish = (error: unknown, value?: HistoryEntry['outputs']) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      socket.ws?.off('message', onMessage);
      socket.ws?.off('close', onClose);
      if (error) reject(error);
      else resolve(value ?? outputs);
    };
    const onAbort = () => finish(abortError(signal));

    // The end of the prompt as the websocket tells it: the outputs came in `executed`; history has them too.
    const ended = () => {
      if (outputs[options.outputNode]) finish(undefined, outputs);
      else void poll(true);
    };
    const handle = (message: ServerMessage) => {
      const data = message.data;
      if (!data || data.prompt_id !== promptId) return;
      switch (message.type) {
        case 'progress':
          if (options.progressNodes.includes(String(data.node))) {
            options.onProgress(Number(data.value), Number(data.max));
          }
          return;
        case 'executed':
          if (typeof data.node === 'string' && data.output && typeof data.output === 'object') {
            outputs[data.node] = data.output as Record<string, unknown>;
          }
          return;
        case 'execution_success':
          return ended();
        case 'executing':
          if (data.node === null) ended();
          return;
        case 'execution_error':
          return finish(
            new ExecutionFailed(
              client.url,
              String(data.node_id ?? '?'),
              String(data.node_type ?? 'unknown'),
              String(data.exception_message ?? '').trim(),
            ),
          );
        case 'execution_interrupted':
          // Not by us (our cancel aborts the signal first): someone stopped it on the server; run it elsewhere.
          return finish(new ServerUnavailable(client.url, 'the prompt was interrupted on the server'));
      }
    };
    const onMessage = (raw: WebSocket.RawData, isBinary: boolean) => {
      // Binary frames are previews (4-byte type, 4-byte format, image): nothing the engine needs.
      if (isBinary) return;
      const message = parse(raw);
      if (message) handle(message);
    };
    const onClose = () => {
      socketClosed = true;
      // A closed socket is how a restart looks: ask history now rather than at the next tick.
      void poll(false);
    };

    const poll = async (afterEnd: boolean) => {
      if (settled || polling) return;
      polling = true;
      try {
        const entry = await client.history(promptId, signal);
        failedPolls = 0;
        const status = entry?.status;
        if (entry && (status?.completed || status?.status_str === 'success'))
          return finish(undefined, entry.outputs);
        if (entry && status?.status_str === 'error') return finish(historyError(client.url, entry));
        if (afterEnd) {
          // The socket said done before history had it (they are written a moment apart): look again soon.
          schedule(Math.min(100, options.pollMs));
          return;
        }
        if (socketClosed) {
          // Without a socket, a prompt neither finished nor queued was lost (the server restarted).
          const queue = await client.queue(signal);
          if (!queue.running.includes(promptId) && !queue.pending.includes(promptId)) {
            const again = await client.history(promptId, signal);
            if (again?.status?.completed || again?.status?.status_str === 'success')
              return finish(undefined, again.outputs);
            return finish(new ServerUnavailable(client.url, 'the prompt is no longer on the server'));
          }
        }
      } catch (error) {
        if (settled) return;
        if (!(error instanceof ServerUnavailable)) return finish(error);
        failedPolls += 1;
        if (socketClosed || failedPolls >= POLLS_BEFORE_GIVING_UP) return finish(error);
      } finally {
        polling = false;
      }
      schedule(socketClosed ? Math.min(options.pollMs, 250) : options.pollMs);
    };
    const schedule = (ms: number) => {
      if (settled) return;
      clearTimeout(timer);
      timer = setTimeout(() => void poll(false), ms);
    };

    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    const ws = socket.ws;
    if (ws) {
      const early = socket.takeEarly();
      ws.on('message', onMessage);
      ws.on('close', onClose);
      for (const message of early) handle(message);
      if (ws.readyState !== WebSocket.OPEN) onClose();
    }
    schedule(socketClosed ? 0 : options.pollMs);
  });
}

function parse(raw: WebSocket.RawData): ServerMessage | undefined {
  try {
    const value = JSON.parse(raw.toString()) as ServerMessage;
    return value && typeof value.type === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The execution_error kept in a failed prompt's history messages. */
function historyError(server: string, entry: HistoryEntry): ExecutionFailed {
  const found = entry.status?.messages?.find(([type]) => type === 'execution_error')?.[1] ?? {};
  return new ExecutionFailed(
    server,
    String(found.node_id ?? '?'),
    String(found.node_type ?? 'unknown'),
    String(found.exception_message ?? 'the prompt failed'),
  );
}
