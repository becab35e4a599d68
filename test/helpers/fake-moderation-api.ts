import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** OpenAI's 13 moderation categories, in the order its answers list them. */
export const OPENAI_CATEGORIES = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
] as const;

/** What the fake answers to one request. */
export type FakeModerationReply =
  /** A moderation result per input, each flagging these categories (empty: harmless). */
  | { kind: 'flag'; categories: string[][] }
  /** An error status with an OpenAI-style error body. */
  | { kind: 'status'; status: number }
  /** A 200 whose body is this raw text (malformed JSON, prose …). */
  | { kind: 'raw'; body: string }
  /** Never answers (until the server closes). */
  | { kind: 'hang' };

/** One request the fake received. */
export interface ModerationRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: { model?: string; input?: unknown };
}

/** A local server speaking OpenAI's `POST /v1/moderations` wire format, scripted per test. */
export interface FakeModerationApi {
  readonly baseURL: string;
  readonly requests: ModerationRequest[];
  /** The reply to every following request; by default each input is harmless. */
  reply: FakeModerationReply | ((request: ModerationRequest) => FakeModerationReply);
  close(): Promise<void>;
}

/** Starts the fake on a free loopback port. */
export async function startFakeModerationApi(): Promise<FakeModerationApi> {
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: ModerationRequest['body'] = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ModerationRequest['body'];
      } catch {
        // Recorded as empty; the test sees it.
      }
      const request: ModerationRequest = { path: req.url ?? '', headers: req.headers, body };
      api.requests.push(request);
      if (req.method !== 'POST' || !request.path.endsWith('/moderations')) {
        send(res, 404, JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      const reply = typeof api.reply === 'function' ? api.reply(request) : api.reply;
      // An array of strings is one result each; a multi-modal array (text and image parts) is one input.
      const strings = Array.isArray(body.input) && body.input.every((i) => typeof i === 'string');
      const inputs = strings ? (body.input as string[]).length : 1;
      const appliedTo = JSON.stringify(body.input ?? '').includes('"image_url"') ? 'image' : 'text';
      switch (reply.kind) {
        case 'hang':
          hanging.add(res);
          res.on('close', () => hanging.delete(res));
          return;
        case 'status':
          send(res, reply.status, JSON.stringify({ error: { message: `fake error ${reply.status}` } }));
          return;
        case 'raw':
          send(res, 200, reply.body);
          return;
        case 'flag':
          send(
            res,
            200,
            JSON.stringify({
              id: 'modr-fake',
              model: 'omni-moderation-latest',
              results: Array.from({ length: inputs }, (_, i) => result(reply.categories[i] ?? [], appliedTo)),
            }),
          );
      }
    });
  });
  const api: FakeModerationApi = {
    baseURL: '',
    requests: [],
    reply: { kind: 'flag', categories: [] },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  (api as { baseURL: string }).baseURL = `http://127.0.0.1:${port}/v1`;
  return api;
}

function result(flagged: string[], appliedTo: 'text' | 'image'): unknown {
  const categories = Object.fromEntries(OPENAI_CATEGORIES.map((c) => [c, flagged.includes(c)]));
  const scores = Object.fromEntries(OPENAI_CATEGORIES.map((c) => [c, flagged.includes(c) ? 0.91 : 0.002]));
  const types = Object.fromEntries(OPENAI_CATEGORIES.map((c) => [c, flagged.includes(c) ? [appliedTo] : []]));
  return {
    flagged: flagged.length > 0,
    categories,
    category_scores: scores,
    category_applied_input_types: types,
  };
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(body);
}
