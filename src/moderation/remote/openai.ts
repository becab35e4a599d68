import type { ModerationCategory } from '../../queue/index.js';
import type { Finding } from '../decision.js';
import { resizeRgb } from '../frames/resize.js';
import type { RgbImage } from '../types.js';
import { encodePng } from './png.js';
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

/** Longest side an image is sent at: enough for the classifier, and a 720p frame stays well under 1 MB. */
export const IMAGE_MAX_SIDE = 512;
/** Image requests in flight at once for one check. */
const IMAGE_CONCURRENCY = 4;

/**
 * A client for `POST /moderations` (`omni-moderation-latest`): texts in one request, images one request
 * each (a multi-modal input is scored as one whole, so one image per request keeps a verdict per frame).
 * OpenAI scores images for sexual content, violence and self-harm only; minors and the rest stay text-only.
 */
export function createOpenAiModerationClient(options: OpenAiModerationOptions): RemoteModerationClient {
  const url = joinUrl(options.baseURL, 'moderations');
  const model = options.model ?? 'omni-moderation-latest';
  const fetchImpl = options.fetch ?? fetch;
  const classifyImage = async (image: RgbImage, index: number, signal: AbortSignal) => {
    const input = [{ type: 'image_url', image_url: { url: pngDataUrl(image) } }];
    const body = await postJson(fetchImpl, url, { model, input }, options.apiKey, signal);
    const verdict = parseOpenAiModeration(body, 1);
    // Which image flagged it is for the log; the member hears the category only.
    return {
      ...verdict,
      findings: verdict.findings.map((f) => ({ ...f, evidence: `image ${index}: ${f.evidence}` })),
    };
  };
  return {
    kind: 'openai',
    async classify(texts: string[], signal: AbortSignal): Promise<RemoteVerdict> {
      const body = await postJson(fetchImpl, url, { model, input: texts }, options.apiKey, signal);
      return parseOpenAiModeration(body, texts.length);
    },
    async classifyImages(images: RgbImage[], signal: AbortSignal): Promise<RemoteVerdict> {
      const verdicts: RemoteVerdict[] = [];
      for (let start = 0; start < images.length; start += IMAGE_CONCURRENCY) {
        const batch = images.slice(start, start + IMAGE_CONCURRENCY);
        verdicts.push(
          ...(await Promise.all(batch.map((image, i) => classifyImage(image, start + i, signal)))),
        );
      }
      return {
        findings: verdicts.flatMap((v) => v.findings),
        unmapped: [...new Set(verdicts.flatMap((v) => v.unmapped))],
      };
    },
  };
}

/** The image as a PNG `data:` URL, scaled down (aspect kept) so its longest side is at most IMAGE_MAX_SIDE. */
export function pngDataUrl(image: RgbImage): string {
  const scale = Math.min(1, IMAGE_MAX_SIDE / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const sized = scale < 1 ? { width, height, rgb: resizeRgb(image, width, height) } : image;
  return `data:image/png;base64,${encodePng(sized).toString('base64')}`;
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
