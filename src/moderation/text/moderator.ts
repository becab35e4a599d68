import type { ModerationPolicy } from '../../queue/index.js';
import { decide, type ModerationDecision } from '../decision.js';
import type { TextInput, TextModerator } from '../types.js';
import { TextRules } from './rules.js';

/** What the offline text moderator may be given: a clock, for tests and for the eval's latency. */
export interface OfflineTextModeratorOptions {
  now?: () => number;
}

let shared: TextRules | undefined;

/**
 * The rules are pure data built once (a few milliseconds) and never change, so every moderator shares one
 * copy; nothing here opens a connection.
 */
export function sharedTextRules(): TextRules {
  shared ??= new TextRules();
  return shared;
}

/**
 * The always-on offline text layer: normalisation, lexicons and context rules (layer `rules`), decided
 * under the request's policy. No network, no model.
 */
export function createOfflineTextModerator(options: OfflineTextModeratorOptions = {}): TextModerator {
  const now = options.now ?? (() => performance.now());
  const textRules = sharedTextRules();
  return {
    async check(texts: TextInput[], policy: ModerationPolicy): Promise<ModerationDecision> {
      const started = now();
      const findings = texts.flatMap((t) => textRules.findings(t.text));
      return decide(findings, policy, { lastLayer: 'rules', ms: now() - started });
    },
  };
}
