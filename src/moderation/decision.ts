import { levelFor, type ModerationCategory, type ModerationPolicy } from '../queue/index.js';

/** Which layer of the moderation stack produced a finding or a decision. */
export type ModerationLayer = 'rules' | 'classifier' | 'openai' | 'guard' | 'frames';

/**
 * One thing a layer saw: a category, how strong (`mild`: stylised, suggestive, fictional; `explicit`:
 * graphic, nude, realistic), a score in [0, 1], and for the log only, what triggered it.
 */
export interface Finding {
  category: ModerationCategory;
  severity: 'mild' | 'explicit';
  score: number;
  layer: ModerationLayer;
  /** The matched term or the classifier's class: for the log and the audit trail, never for a member. */
  evidence?: string;
}

/**
 * A moderation decision as a value: allow or block, the categories that blocked, the layer that decided,
 * the scores seen, and how long it took. A remote layer that could not answer leaves a note in `degraded`.
 */
export interface ModerationDecision {
  decision: 'allow' | 'block';
  /** The categories that caused the block, in catalogue order; empty when allowed. */
  categories: ModerationCategory[];
  /** The layer whose finding blocked; when allowed, the last layer that ran. */
  layer: ModerationLayer;
  /** Highest score per category over every finding (allowed ones included). */
  scores: Partial<Record<ModerationCategory, number>>;
  findings: Finding[];
  ms: number;
  /** Why a configured remote layer did not count (timeout, 5xx), when it did not. */
  degraded?: string;
}

/** Whether a finding breaks the policy: strict blocks any, standard only explicit, permissive none. */
export function breaks(finding: Finding, policy: ModerationPolicy): boolean {
  const level = levelFor(policy, finding.category);
  if (level === 'permissive') return false;
  return level === 'strict' || finding.severity === 'explicit';
}

/** Turns findings into a decision under a policy. */
export function decide(
  findings: Finding[],
  policy: ModerationPolicy,
  options: { lastLayer: ModerationLayer; ms: number; degraded?: string },
): ModerationDecision {
  const scores: Partial<Record<ModerationCategory, number>> = {};
  for (const f of findings) scores[f.category] = Math.max(scores[f.category] ?? 0, f.score);
  const blocking = findings.filter((f) => breaks(f, policy));
  const categories = [...new Set(blocking.map((f) => f.category))];
  return {
    decision: blocking.length > 0 ? 'block' : 'allow',
    categories,
    layer: blocking[0]?.layer ?? options.lastLayer,
    scores,
    findings,
    ms: options.ms,
    ...(options.degraded ? { degraded: options.degraded } : {}),
  };
}
