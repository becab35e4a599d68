import { z } from 'zod';

/**
 * What the content policy knows how to refuse. Shared by the bot (which checks text and stills before
 * queueing) and the engine (which checks frames): both read the same policy, carried in the job.
 */
export const MODERATION_CATEGORIES = [
  /** Sexual content and nudity. */
  'sexual',
  /** Anything sexual, suggestive or nude involving minors: always refused, never configurable. */
  'minors',
  /** Graphic violence and gore. */
  'violence',
  /** Hate against people for who they are. */
  'hate',
  /** Harassing, threatening or demeaning a person. */
  'harassment',
  /** Suicide and self-harm. */
  'self_harm',
  /** Real people's likeness: named public figures, realistic depictions of a named private person. */
  'likeness',
  /** Others' intellectual property: trademarked characters and brands. */
  'ip',
  /** Attempts to steer the caption model ("ignore your instructions and write …"). */
  'injection',
] as const;
export const moderationCategorySchema = z.enum(MODERATION_CATEGORIES);
export type ModerationCategory = z.infer<typeof moderationCategorySchema>;

/**
 * How much of a category a server accepts. A finding is `mild` (stylised, suggestive, fictional) or
 * `explicit` (graphic, nude, realistic): `strict` refuses both, `standard` refuses explicit only,
 * `permissive` refuses neither.
 */
export const policyLevelSchema = z.enum(['strict', 'standard', 'permissive']);
export type PolicyLevel = z.infer<typeof policyLevelSchema>;

/** The categories a server's managers may loosen or tighten; every other one is always `strict`. */
export const CONFIGURABLE_CATEGORIES = ['sexual', 'violence', 'likeness', 'ip'] as const;
export type ConfigurableCategory = (typeof CONFIGURABLE_CATEGORIES)[number];

/**
 * The policy that applies to one request: the server's levels, resolved for the channel it came from. The
 * defaults suit a general community server.
 */
export const moderationPolicySchema = z.object({
  sexual: policyLevelSchema.default('strict'),
  violence: policyLevelSchema.default('standard'),
  likeness: policyLevelSchema.default('strict'),
  ip: policyLevelSchema.default('strict'),
  /**
   * True only in an age-restricted channel of a server that turned adult content on: there, `sexual` is
   * read as `permissive` whatever its level (content involving minors stays refused).
   */
  adult: z.boolean().default(false),
});
export type ModerationPolicy = z.infer<typeof moderationPolicySchema>;

/** The policy of a server that changed nothing. */
export const DEFAULT_POLICY: ModerationPolicy = Object.freeze(moderationPolicySchema.parse({}));

/** The level that applies to a category under a policy (non-configurable categories are always strict). */
export function levelFor(policy: ModerationPolicy, category: ModerationCategory): PolicyLevel {
  if (category === 'sexual' && policy.adult) return 'permissive';
  switch (category) {
    case 'sexual':
    case 'violence':
    case 'likeness':
    case 'ip':
      return policy[category];
    default:
      return 'strict';
  }
}
