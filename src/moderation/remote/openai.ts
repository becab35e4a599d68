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

/** OpenAI's moderation categories mapped to ours; `null`: no category of ours (logged only). */
export const OPENAI_CATEGORY_MAP: Readonly<
  Record<string, { category: ModerationCategory; severity: Finding['severity'] } | null>
> = Object.freeze({
  sexual: { category: 'sexual', severity: 'explicit' },
  'sexual/minors': { category: 'minors', severity: 'explicit' },
  'violence/graphic': { category: 'violence', severity: 'explicit' },
  // Flagged violence without gore is the fight or the battle the policy treats as mild.
  violence: { category: 'violence', severity: 'mild' },
  hate: { category: 'hate', severity: 'explicit' },
  'hate/threatening': { category: 'hate', severity: 'explicit' },
  harassment: { category: 'harassment', severity: 'explicit' },
  'harassment/threatening': { category: 'harassment', severity: 'explicit' },
  'self-harm': { category: 'self_harm', severity: 'explicit' },
  'self-harm/intent': { category: 'self_harm', severity: 'explicit' },
  'self-harm/instructions': { category: 'self_harm', severity: 'explicit' },
  illicit: null,
  'illicit/violent': null,
});

/** Where and how to reach OpenAI's moderation endpoint (or a server speaking its wire format). */
export interface OpenAiModerationOptions {
  /** e.g. `https://api.openai.com/v1`; requests go to `{baseURL}/moderations`. */
  baseURL: string;
  apiKey?: string | undefined;
  model?: string;
  fetch?: FetchLike;
}

interface ModerationResult {
  flagged?: unknown;
  categories: Record<string, unknown>;
  category_scores?: Record<string, unknown>;
}

/** A client for `POST /moderations` (`omni-moderation-latest`), text inputs only. */
export function createOpenAiModerationClient(options: OpenAiModerationOptions): RemoteModerationClient {
  const url = joinUrl(options.baseURL, 'moderations');
  const model = options.model ?? 'omni-moderation-latest';
  const fetchImpl = options.fetch ?? fetch;
  return {
    kind: 'openai',
    async classify(texts: string[], signal: AbortSignal): Promise<RemoteVerdict> {
      const body = await postJson(fetchImpl, url, { model, input: texts }, options.apiKey, signal);
      return parseOpenAiModeration(body, texts.length);
    },
  };
}

/** Reads a moderation response into findings; anything not shaped like one is `MALFORMED`. */
export function parseOpenAiModeration(body: unknown, expected: number): RemoteVerdict {
  const results = (body as { results?: unknown } | null)?.results;
  if (!Array.isArray(results) || results.length !== expected || !results.every(isResult)) {
    throw new RemoteModerationError('MALFORMED', 'the moderation answer has no usable results');
  }
  const findings: Finding[] = [];
  const unmapped = new Set<string>();
  for (const result of results) {
    for (const [name, flagged] of Object.entries(result.categories)) {
      if (flagged !== true) continue;
      const mapped = OPENAI_CATEGORY_MAP[name];
      if (!mapped) {
        unmapped.add(name);
        continue;
      }
      const score = result.category_scores?.[name];
      findings.push({
        ...mapped,
        score: typeof score === 'number' && Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 1,
        layer: 'openai',
        evidence: name,
      });
    }
  }
  return { findings, unmapped: [...unmapped] };
}

function isResult(value: unknown): value is ModerationResult {
  const categories = (value as { categories?: unknown } | null)?.categories;
  return typeof categories === 'object' && categories !== null && !Array.isArray(categories);
}
