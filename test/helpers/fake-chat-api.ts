import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake answers to one request. */
export type FakeReply =
  /** A chat completion whose message content is this value as JSON. */
  | { kind: 'json'; body: unknown }
  /** A chat completion whose message content is this raw text (malformed JSON, prose …). */
  | { kind: 'content'; content: string }
  /** A chat completion with one function tool call. */
  | { kind: 'tool'; name: string; arguments: unknown }
  /** An error status with an OpenAI-style error body and optional headers (e.g. Retry-After). */
  | { kind: 'status'; status: number; message?: string; headers?: Record<string, string> }
  /** Never answers (until the server closes). */
  | { kind: 'hang' };

/** One request the fake received, parsed. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: {
    model?: string;
    messages?: { role: string; content: string }[];
    response_format?: { type: string; json_schema?: { name: string; schema: unknown } };
    tools?: { type: string; function: { name: string; parameters: unknown } }[];
    tool_choice?: unknown;
    seed?: number;
    [key: string]: unknown;
  };
  at: number;
}

/** A local server speaking the OpenAI chat-completions wire format, scripted per test. */
export interface FakeChatApi {
  /** Base URL to hand the client (`…/v1`). */
  readonly baseURL: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Queues replies, used one per request; after they run out, `fallback` answers. */
  enqueue(...replies: FakeReply[]): void;
  /** Sets the reply used when the queue is empty. */
  setFallback(reply: FakeReply | ((request: RecordedRequest) => FakeReply)): void;
  /** When true, any request carrying `response_format: json_schema` gets a 400, like servers without structured output. */
  rejectJsonSchema: boolean;
  /** Stops the server and drops hanging connections. */
  close(): Promise<void>;
}

/** Starts the fake on a free loopback port. */
export async function startFakeChatApi(): Promise<FakeChatApi> {
  const requests: RecordedRequest[] = [];
  const queue: FakeReply[] = [];
  let fallback: FakeReply | ((request: RecordedRequest) => FakeReply) = { kind: 'status', status: 500 };
  const hanging = new Set<ServerResponse>();

  const api: FakeChatApi = {
    baseURL: '',
    requests,
    rejectJsonSchema: false,
    enqueue: (...replies) => {
      queue.push(...replies);
    },
    setFallback: (reply) => {
      fallback = reply;
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: RecordedRequest['body'] = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedRequest['body'];
      } catch {
        // Recorded as empty; the test sees it.
      }
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
        at: Date.now(),
      };
      requests.push(recorded);
      if (req.method !== 'POST' || !(req.url ?? '').endsWith('/chat/completions')) {
        send(res, 404, { error: { message: 'not found', type: 'invalid_request_error' } });
        return;
      }
      if (api.rejectJsonSchema && body.response_format?.type === 'json_schema') {
        send(res, 400, {
          error: {
            message: "response_format 'json_schema' is not supported",
            type: 'invalid_request_error',
            param: 'response_format',
          },
        });
        return;
      }
      const reply = queue.shift() ?? (typeof fallback === 'function' ? fallback(recorded) : fallback);
      answer(res, reply, body.model ?? 'fake');
    });
  });

  function answer(res: ServerResponse, reply: FakeReply, model: string): void {
    switch (reply.kind) {
      case 'hang':
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      case 'status':
        send(
          res,
          reply.status,
          { error: { message: reply.message ?? `fake error ${reply.status}`, type: 'server_error' } },
          reply.headers,
        );
        return;
      case 'json':
        send(res, 200, completion(model, { role: 'assistant', content: JSON.stringify(reply.body) }));
        return;
      case 'content':
        send(res, 200, completion(model, { role: 'assistant', content: reply.content }));
        return;
      case 'tool':
        send(
          res,
          200,
          completion(
            model,
            {
              role: 'assistant',
              content: null,
              tool_calls: [
                {
                  id: 'call_1',
                  type: 'function',
                  function: {
                    name: reply.name,
                    arguments:
                      typeof reply.arguments === 'string' ? reply.arguments : JSON.stringify(reply.arguments),
                  },
                },
              ],
            },
            'tool_calls',
          ),
        );
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  (api as { baseURL: string }).baseURL = `http://127.0.0.1:${port}/v1`;
  return api;
}

function completion(model: string, message: Record<string, unknown>, finish = 'stop'): unknown {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message, finish_reason: finish, logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
