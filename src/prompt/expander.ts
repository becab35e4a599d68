import type { Config } from '../config/index.js';
import type { ModelCard } from '../queue/model-card/index.js';
import type { ExpandedCaption } from './caption.js';
import { createLlmClient, type LlmClient } from './llm.js';
import { expandWithLlm } from './llm-expander.js';
import { createOfflineExpander, type ExpandOptions, type OfflineExpander } from './offline.js';

/** The few log calls the expander makes; pino's logger fits. */
export interface PromptLogger {
  warn(object: Record<string, unknown>, message?: string): void;
  debug?(object: Record<string, unknown>, message?: string): void;
}

/** The config fields the prompt step reads (a full {@link Config} fits). */
export type PromptConfig = Pick<Config, 'CAPTION_MODEL' | 'CAPTION_TIMEOUT_MS'> &
  Partial<Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL'>>;

/** Everything an expander is built from; nothing is read from the environment here. */
export interface CreateExpanderOptions {
  card: ModelCard;
  /** When it names an API key or base URL, the LLM expander is used, with the offline one as fallback. */
  config?: PromptConfig;
  /** An LLM client to use instead of one built from `config` (tests, shared clients). */
  llm?: LlmClient;
  /** Transport for the built client (tests, proxies). */
  fetch?: typeof fetch;
  log?: PromptLogger;
}

/** Options for one expansion through {@link Expander}. */
export interface ExpandRequest extends ExpandOptions {
  signal?: AbortSignal;
}

/** Turns a member's prompt into the caption the model receives. */
export interface Expander {
  /** Expands one prompt; always resolves, falling back to the offline expander when the LLM cannot help. */
  expand(prompt: string, options: ExpandRequest): Promise<ExpandedCaption>;
  /** The LLM client in use, if any (the intent parser can share it). */
  readonly llm: LlmClient | undefined;
  /** The offline expander (also the fallback). */
  readonly offline: OfflineExpander;
}

/** The longest prompt the job contract accepts; longer ones are cut, and the caption says so. */
export const MAX_PROMPT_CHARS = 1000;

/** True when the config asks for an LLM: an API key or a base URL is set. */
export function llmConfigured(config: PromptConfig | undefined): boolean {
  return (
    config !== undefined && (config.OPENAI_API_KEY !== undefined || config.OPENAI_BASE_URL !== undefined)
  );
}

/** Builds an LLM client from config, or undefined when none is configured. */
export function createLlmFromConfig(
  config: PromptConfig | undefined,
  fetchImpl?: typeof fetch,
): LlmClient | undefined {
  if (config === undefined || !llmConfigured(config)) return undefined;
  return createLlmClient({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.CAPTION_MODEL,
    timeoutMs: config.CAPTION_TIMEOUT_MS,
    ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
  });
}

/** Builds the expander for a card: LLM first when configured, offline otherwise and as the fallback. */
export function createExpander(options: CreateExpanderOptions): Expander {
  const offline = createOfflineExpander(options.card);
  const llm = options.llm ?? createLlmFromConfig(options.config, options.fetch);
  return {
    llm,
    offline,
    async expand(rawPrompt, request) {
      const trimmed = rawPrompt.replace(/\s+/g, ' ').trim();
      const prompt = trimmed.slice(0, MAX_PROMPT_CHARS);
      const cut =
        trimmed.length > MAX_PROMPT_CHARS ? [`the prompt was cut to ${MAX_PROMPT_CHARS} characters`] : [];
      const offlineOptions: ExpandOptions = { seed: request.seed };
      if (request.durationSeconds !== undefined) offlineOptions.durationSeconds = request.durationSeconds;
      if (llm === undefined) return withNotes(offline.expand(prompt, offlineOptions), cut);
      const result = await expandWithLlm(llm, options.card, offline.matcher, prompt, {
        seed: request.seed,
        ...(request.signal === undefined ? {} : { signal: request.signal }),
      });
      if (result.ok) return withNotes(result.caption, cut);
      options.log?.warn(
        { reason: result.reason, detail: result.detail, model: llm.model },
        'caption LLM unusable; expanding offline',
      );
      return withNotes(offline.expand(prompt, offlineOptions), [
        ...cut,
        `LLM ${llm.model} not used (${result.reason}: ${result.detail}); expanded offline`,
      ]);
    },
  };
}

function withNotes(caption: ExpandedCaption, notes: string[]): ExpandedCaption {
  if (notes.length === 0) return caption;
  return {
    ...caption,
    structured: { ...caption.structured, notes: [...caption.structured.notes, ...notes] },
  };
}
