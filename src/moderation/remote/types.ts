import type { Finding } from '../decision.js';
import type { RgbImage } from '../types.js';

/** Which remote service a remote layer asks. */
export type RemoteKind = 'openai' | 'guard';

/** What a remote service answered for the texts of one request, already in our categories. */
export interface RemoteVerdict {
  findings: Finding[];
  /** What it flagged that our policy has no category for (OpenAI's `illicit`, Llama Guard's `S2`): log only. */
  unmapped: string[];
}

/**
 * One remote moderation service behind a narrow port: texts in, findings out, or a thrown
 * {@link RemoteModerationError}. It deliberately knows nothing of budgets, fail modes or logging; the
 * {@link RemoteLayer} wraps it with those.
 */
export interface RemoteModerationClient {
  readonly kind: RemoteKind;
  classify(texts: string[], signal: AbortSignal): Promise<RemoteVerdict>;
  /** Images (output frames, a still to animate), for the services that read them; absent: text only. */
  classifyImages?(images: RgbImage[], signal: AbortSignal): Promise<RemoteVerdict>;
}

/** Why a remote answer could not be used. */
export type RemoteFailureCode = 'TIMEOUT' | 'NETWORK' | 'HTTP' | 'MALFORMED';

/** A remote service did not give a usable answer: down, slow, an error status, or something unreadable. */
export class RemoteModerationError extends Error {
  override readonly name = 'RemoteModerationError';
  constructor(
    readonly code: RemoteFailureCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The `fetch` a client uses; tests and callers may pass their own. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * POSTs JSON and returns the parsed body, turning every way it can go wrong into a
 * {@link RemoteModerationError}. The key goes in a header only and never into an error message.
 */
export async function postJson(
  fetchImpl: FetchLike,
  url: string,
  body: unknown,
  apiKey: string | undefined,
  signal: AbortSignal,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(apiKey === undefined ? {} : { authorization: `Bearer ${apiKey}` }),
      },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    throw failure(error, signal);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw failure(error, signal);
  }
  if (!response.ok) {
    throw new RemoteModerationError('HTTP', `HTTP ${response.status} from ${safeUrl(url)}`, response.status);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RemoteModerationError('MALFORMED', `the answer from ${safeUrl(url)} is not JSON`);
  }
}

function failure(error: unknown, signal: AbortSignal): RemoteModerationError {
  if (signal.aborted) return new RemoteModerationError('TIMEOUT', 'no answer within the time budget');
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  return new RemoteModerationError('NETWORK', `cannot reach the service${cause ? ` (${cause})` : ''}`);
}

/** The URL without credentials or query, for a log line. */
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return 'the service';
  }
}

/** `base` + `/path`, with or without a trailing slash on the base. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path}`;
}
