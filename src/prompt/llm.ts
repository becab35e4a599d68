import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { z } from 'zod';

/** How to reach an OpenAI-compatible chat-completions API (hosted, or llama.cpp / vLLM / Ollama). */
export interface LlmOptions {
  /** `OPENAI_API_KEY`; local servers usually need none. */
  apiKey?: string | undefined;
  /** `OPENAI_BASE_URL`, e.g. `http://127.0.0.1:8080/v1`. */
  baseURL?: string | undefined;
  /** `CAPTION_MODEL`. */
  model: string;
  /** `CAPTION_TIMEOUT_MS`: the whole budget for one answer, retries and waits included. */
  timeoutMs: number;
  /** Attempts within the budget (default 3). */
  maxAttempts?: number;
  /** Transport override, for tests and proxies. */
  fetch?: typeof fetch;
  /** Clock override, for tests. */
  now?: () => number;
}

/** Why an LLM answer could not be used; the caller falls back and says so. */
export type LlmFailureReason =
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'network'
  | 'bad_answer'
  | 'refused';

/** An LLM round trip as a value: the validated answer, or why there is none. */
export type LlmResult<T> =
  | { ok: true; value: T; attempts: number; mode: 'json_schema' | 'json_instructions' | 'tool' }
  | { ok: false; reason: LlmFailureReason; detail: string; attempts: number };

/** One structured question to the LLM: system text, the user's text as data, and the answer's schema. */
export interface LlmRequest<T> {
  system: string;
  user: string;
  /** Name of the schema / tool (letters, digits, `_`). */
  name: string;
  /** JSON Schema sent to the server (structured output or tool parameters). */
  jsonSchema: Record<string, unknown>;
  /** The same contract in zod: every answer is validated here, whatever the server promised. */
  schema: z.ZodType<T>;
  /** Ask through a forced tool call instead of `response_format`. */
  asTool?: boolean;
  seed?: number;
  signal?: AbortSignal;
}

/** A chat-completions client with one budget per question: bounded retries, Retry-After, validated JSON. */
export interface LlmClient {
  /** The model name, as written into `expander` labels. */
  readonly model: string;
  /** Asks one question; never throws for network or answer trouble, it returns the reason instead. */
  ask<T>(request: LlmRequest<T>): Promise<LlmResult<T>>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Reads `retry-after-ms` / `retry-after` (seconds or an HTTP date) into milliseconds. */
export function retryAfterMs(headers: Headers | undefined, now: number): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms >= 0 && headers?.get('retry-after-ms') != null) return ms;
  const raw = headers?.get('retry-after');
  if (raw == null) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** Pulls the JSON object out of an answer that may wrap it in prose or a code fence. */
export function extractJson(text: string): unknown {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    const start = trimmed.indexOf('{');
    const end = trimmed.lastIndexOf('}');
    if (start < 0 || end <= start) throw new SyntaxError('no JSON object in the answer');
    return JSON.parse(trimmed.slice(start, end + 1));
  }
}

/** Builds an LLM client over the `openai` package with its own retries off, so the budget is ours. */
export function createLlmClient(options: LlmOptions): LlmClient {
  const now = options.now ?? Date.now;
  const client = new OpenAI({
    // Local servers need no key, but the package insists on one.
    apiKey: options.apiKey ?? 'no-key',
    ...(options.baseURL === undefined ? {} : { baseURL: options.baseURL }),
    maxRetries: 0,
    timeout: options.timeoutMs,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  // Remembered per client: a server that rejected json_schema once is not asked again.
  let schemaUnsupported = false;

  return {
    model: options.model,
    async ask<T>(request: LlmRequest<T>): Promise<LlmResult<T>> {
      const deadline = now() + options.timeoutMs;
      let last: { reason: LlmFailureReason; detail: string } = {
        reason: 'timeout',
        detail: 'no attempt made',
      };
      let attempts = 0;
      while (attempts < maxAttempts) {
        const remaining = deadline - now();
        if (remaining <= 0)
          return {
            ok: false,
            reason: 'timeout',
            detail: `no answer within ${options.timeoutMs} ms`,
            attempts,
          };
        attempts++;
        const mode = request.asTool ? 'tool' : schemaUnsupported ? 'json_instructions' : 'json_schema';
        const signal = request.signal
          ? AbortSignal.any([request.signal, AbortSignal.timeout(remaining)])
          : AbortSignal.timeout(remaining);
        let content: string | undefined;
        try {
          const response = await client.chat.completions.create(buildBody(options.model, request, mode), {
            signal,
            timeout: remaining,
            maxRetries: 0,
          });
          const message = response.choices[0]?.message;
          if (mode === 'tool') {
            const call = message?.tool_calls?.find((c) => c.type === 'function');
            content = call?.type === 'function' ? call.function.arguments : undefined;
          } else {
            content = message?.content ?? undefined;
          }
        } catch (error) {
          if (
            error instanceof APIUserAbortError ||
            error instanceof APIConnectionTimeoutError ||
            signal.aborted
          ) {
            return {
              ok: false,
              reason: 'timeout',
              detail: `no answer within ${options.timeoutMs} ms`,
              attempts,
            };
          }
          if (error instanceof APIError && error.status !== undefined) {
            const status = error.status;
            if ((status === 400 || status === 422) && mode === 'json_schema') {
              // The server does not do structured output: ask again with the schema written into the instructions.
              schemaUnsupported = true;
              last = { reason: 'refused', detail: `json_schema rejected (${status})` };
              attempts--;
              continue;
            }
            if (status === 429) {
              const wait = retryAfterMs(error.headers, now()) ?? backoff(attempts);
              last = { reason: 'rate_limited', detail: `429, retry after ${Math.round(wait)} ms` };
              // Waiting past the budget helps no one: give up now and let the caller fall back.
              if (wait >= deadline - now()) return { ok: false, ...last, attempts };
              await sleep(wait);
              continue;
            }
            if (status >= 500) {
              last = { reason: 'server_error', detail: `HTTP ${status}` };
              const wait = backoff(attempts);
              if (wait >= deadline - now()) return { ok: false, ...last, attempts };
              await sleep(wait);
              continue;
            }
            return { ok: false, reason: 'refused', detail: `HTTP ${status}`, attempts };
          }
          last = { reason: 'network', detail: error instanceof Error ? error.message : String(error) };
          const wait = backoff(attempts);
          if (wait >= deadline - now()) return { ok: false, ...last, attempts };
          await sleep(wait);
          continue;
        }
        if (content === undefined || content.length === 0) {
          last = { reason: 'bad_answer', detail: 'empty answer' };
          continue;
        }
        let json: unknown;
        try {
          json = extractJson(content);
        } catch {
          last = { reason: 'bad_answer', detail: 'answer is not JSON' };
          continue;
        }
        const parsed = request.schema.safeParse(json);
        if (!parsed.success) {
          last = {
            reason: 'bad_answer',
            detail: `answer does not match the schema: ${parsed.error.issues[0]?.message ?? ''}`,
          };
          continue;
        }
        return { ok: true, value: parsed.data, attempts, mode };
      }
      return { ok: false, ...last, attempts };
    },
  };
}

function backoff(attempt: number): number {
  return Math.min(2000, 150 * 2 ** (attempt - 1));
}

function buildBody<T>(
  model: string,
  request: LlmRequest<T>,
  mode: 'json_schema' | 'json_instructions' | 'tool',
): OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming {
  const system =
    mode === 'json_instructions'
      ? `${request.system}\n\nReply with only one JSON object, no prose, matching this JSON Schema:\n${JSON.stringify(request.jsonSchema)}`
      : request.system;
  const body: OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming = {
    model,
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: request.user },
    ],
    temperature: 0.4,
  };
  if (request.seed !== undefined) body.seed = request.seed;
  if (mode === 'json_schema') {
    body.response_format = {
      type: 'json_schema',
      json_schema: { name: request.name, strict: true, schema: request.jsonSchema },
    };
  } else if (mode === 'tool') {
    body.tools = [
      { type: 'function', function: { name: request.name, parameters: request.jsonSchema, strict: true } },
    ];
    body.tool_choice = { type: 'function', function: { name: request.name } };
  }
  return body;
}
