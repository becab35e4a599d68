import type { ModerationCategory } from '../../queue/index.js';
import type { Finding } from '../decision.js';
import {
  type FetchLike,
  joinUrl,
  postJson,
  type RemoteModerationClient,
  RemoteModerationError,
  type RemoteVerdict,
} from './types.js';

/**
 * Llama Guard 3's hazard codes mapped to our categories; codes not listed (S2 non-violent crimes, S6
 * specialised advice, S9 weapons, S13 elections, S14 code interpreter abuse) are logged only.
 */
export const GUARD_CODE_MAP: Readonly<Record<string, ModerationCategory>> = Object.freeze({
  S1: 'violence',
  S3: 'sexual',
  S4: 'minors',
  S5: 'harassment',
  S7: 'harassment',
  S8: 'ip',
  S10: 'hate',
  S11: 'self_harm',
  S12: 'sexual',
});

/** Where and how to reach a guard model behind an OpenAI-compatible chat API (Ollama, vLLM, llama.cpp). */
export interface GuardModerationOptions {
  /** e.g. `http://127.0.0.1:11434/v1`; requests go to `{baseURL}/chat/completions`. */
  baseURL: string;
  apiKey?: string | undefined;
  /** e.g. `llama-guard3` (Ollama) or `meta-llama/Llama-Guard-3-8B` (vLLM). */
  model: string;
  fetch?: FetchLike;
}

/**
 * A client for a Llama Guard style model: the texts go as one user turn (the server's chat template wraps
 * it in the guard prompt), and the answer is `safe` or `unsafe` with the violated codes on the next line.
 */
export function createGuardModerationClient(options: GuardModerationOptions): RemoteModerationClient {
  const url = joinUrl(options.baseURL, 'chat/completions');
  const fetchImpl = options.fetch ?? fetch;
  return {
    kind: 'guard',
    async classify(texts: string[], signal: AbortSignal): Promise<RemoteVerdict> {
      const body = await postJson(
        fetchImpl,
        url,
        {
          model: options.model,
          // One turn for the whole request: a prompt and the captions written from it are one conversation.
          messages: [{ role: 'user', content: texts.join('\n\n') }],
          temperature: 0,
          max_tokens: 20,
          stream: false,
        },
        options.apiKey,
        signal,
      );
      const content = (body as { choices?: { message?: { content?: unknown } }[] } | null)?.choices?.[0]
        ?.message?.content;
      if (typeof content !== 'string') {
        throw new RemoteModerationError('MALFORMED', 'the guard answer has no message content');
      }
      return parseGuardAnswer(content);
    },
  };
}

/** Reads `safe` / `unsafe\nS1,S10`; anything else is `MALFORMED`. */
export function parseGuardAnswer(content: string): RemoteVerdict {
  const lines = content
    .trim()
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const verdict = lines[0]?.toLowerCase();
  if (verdict === 'safe' && lines.length === 1) return { findings: [], unmapped: [] };
  if (verdict !== 'unsafe') {
    throw new RemoteModerationError('MALFORMED', 'the guard answered neither "safe" nor "unsafe"');
  }
  const codes = [
    ...new Set(
      (
        lines
          .slice(1)
          .join(',')
          .match(/\bS\d{1,2}\b/gi) ?? []
      ).map((c) => c.toUpperCase()),
    ),
  ];
  if (codes.length === 0) {
    throw new RemoteModerationError('MALFORMED', 'the guard answered "unsafe" without a category code');
  }
  const findings: Finding[] = [];
  const unmapped: string[] = [];
  for (const code of codes) {
    const category = GUARD_CODE_MAP[code];
    if (category === undefined) unmapped.push(code);
    // The guard answers yes or no, with no degree: what it flags, it flags as explicit.
    else findings.push({ category, severity: 'explicit', score: 1, layer: 'guard', evidence: code });
  }
  return { findings, unmapped };
}
