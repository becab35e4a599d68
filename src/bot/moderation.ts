import { type Channel, Routes } from 'discord.js';
import {
  type AuditEntry,
  appendAudit,
  auditedText,
  type ModerationDecision,
  type TextInput,
} from '../moderation/index.js';
import type { Caption, ModerationPolicy } from '../queue/index.js';
import type { BotContext } from './context.js';
import { ContentRefused, UserError } from './errors.js';
import { NO_PINGS, type RefusedKind, refusalLogEmbed, text } from './messages.js';
import type { ModerationSettings } from './state.js';

/** Who asked, and where: what a refusal is recorded against. */
export interface Asker {
  guildId: string | null;
  /** The channel (or thread) the request came from. */
  channelId: string;
  userId: string;
}

/** How one request is checked: the policy for its channel, the server's moderation settings, who asked. */
export interface Screening {
  policy: ModerationPolicy;
  settings: ModerationSettings;
  asker: Asker;
}

/**
 * Whether a channel is age-restricted (Discord's `nsfw` flag); a thread is as its parent is. A channel the
 * bot has not cached reads as not age-restricted, which only ever makes the policy stricter.
 */
export function isAgeRestricted(channel: Channel | null | undefined): boolean {
  if (!channel) return false;
  if (channel.isThread()) return isAgeRestricted(channel.parent);
  return 'nsfw' in channel && channel.nsfw === true;
}

/**
 * The policy for a request: the server's levels, with adult content only where the server turned it on and
 * the channel is age-restricted (content involving minors is refused under every policy).
 */
export function policyFor(settings: ModerationSettings, ageRestricted: boolean): ModerationPolicy {
  return { ...settings.levels, adult: settings.adultContent && ageRestricted };
}

/** The texts of a caption the model will receive: its text and each shot's (what src/prompt's `textsToModerate` lists). */
export function captionTexts(caption: Caption): TextInput[] {
  const texts = new Set([caption.text, ...(caption.shots ?? []).map((s) => s.text)]);
  return [...texts].map((t) => ({ text: t, kind: 'caption' }));
}

/** Throws the moderation cooldown, with its reset time, when the member is on one on this server. */
export async function assertNoModerationCooldown(ctx: BotContext, asker: Asker): Promise<void> {
  const until = await ctx.state.moderationCooldown(asker.guildId, asker.userId);
  if (until !== undefined) {
    throw new UserError('MODERATION_COOLDOWN', text.moderationCooldown(Math.ceil(until / 1000)));
  }
}

/**
 * Checks texts against the request's policy. A block is counted against the member (enough of them start
 * the moderation cooldown), appended to the server's audit stream, posted to its log channel, logged, and
 * thrown as a {@link ContentRefused} that names the categories and never the text. Bookkeeping that fails
 * (Redis, the log channel) is logged and never changes the refusal.
 */
export async function screen(ctx: BotContext, screening: Screening, texts: TextInput[]): Promise<void> {
  if (texts.length === 0) return;
  const decision = await ctx.moderator.check(texts, screening.policy);
  if (decision.decision === 'allow') return;
  const refused = await refusedTexts(ctx, texts, screening.policy);
  const kind = refused[0]?.kind ?? texts[0]!.kind;
  const { asker, settings } = screening;
  const entry: AuditEntry = {
    at: ctx.clock(),
    ...(asker.guildId ? { guildId: asker.guildId } : {}),
    channelId: asker.channelId,
    userId: asker.userId,
    categories: decision.categories,
    layer: decision.layer,
    kind,
    ...auditedText((refused.length > 0 ? refused : texts).map((t) => t.text).join('\n'), settings.auditText),
  };
  ctx.log.info(
    {
      guildId: asker.guildId,
      userId: asker.userId,
      kind,
      categories: decision.categories,
      layer: decision.layer,
      scores: decision.scores,
      evidence: decision.findings.map((f) => f.evidence).filter(Boolean),
      ms: decision.ms,
      ...(decision.degraded ? { degraded: decision.degraded } : {}),
    },
    'request refused by the content policy',
  );
  // A refusal with no category is a fail-closed remote layer that could not answer: an outage, not
  // something the member did, so it does not count toward their cooldown.
  const counts = decision.categories.length > 0;
  ctx.metrics?.moderationBlocked('text', decision.categories);
  const [strike, audit] = await Promise.allSettled([
    counts
      ? ctx.state.recordBlock(asker.guildId, asker.userId, {
          blocks: ctx.config.MODERATION_COOLDOWN_BLOCKS,
          windowSeconds: ctx.config.MODERATION_COOLDOWN_WINDOW_SECONDS,
          cooldownSeconds: ctx.config.MODERATION_COOLDOWN_SECONDS,
        })
      : Promise.resolve({ cooldownUntil: undefined }),
    appendAudit(
      ctx.redis,
      ctx.keys.moderationAudit(asker.guildId ?? undefined),
      entry,
      ctx.config.MODERATION_AUDIT_MAXLEN,
    ),
  ]);
  if (strike.status === 'rejected')
    ctx.log.error({ err: strike.reason, userId: asker.userId }, 'could not count a refusal for the cooldown');
  if (audit.status === 'rejected')
    ctx.log.error(
      { err: audit.reason, guildId: asker.guildId },
      'could not write the moderation audit entry',
    );
  if (settings.logChannelId)
    postToLogChannel(ctx, settings.logChannelId, entry, settings.auditText === 'text');
  const cooldownUntil = strike.status === 'fulfilled' ? strike.value.cooldownUntil : undefined;
  const resetUnix = cooldownUntil === undefined ? undefined : Math.ceil(cooldownUntil / 1000);
  throw new ContentRefused(
    decision.categories,
    text.contentRefused(decision.categories, refusedKind(kind), resetUnix),
    resetUnix,
  );
}

/**
 * Which of a blocked request's texts broke the policy, for the audit (which keeps those, under their kind).
 * One text is its own answer; several are checked one by one, which only a refusal pays for.
 */
async function refusedTexts(
  ctx: BotContext,
  texts: TextInput[],
  policy: ModerationPolicy,
): Promise<TextInput[]> {
  if (texts.length === 1) return texts;
  const decisions: ModerationDecision[] = await Promise.all(
    texts.map((t) => ctx.moderator.check([t], policy)),
  );
  return texts.filter((_, i) => decisions[i]!.decision === 'block');
}

const refusedKind = (kind: TextInput['kind']): RefusedKind => (kind === 'entry' ? 'prompt' : kind);

/** Posts a refusal to the server's log channel, without pings; a failure is logged, never thrown. */
function postToLogChannel(ctx: BotContext, channelId: string, entry: AuditEntry, showText: boolean): void {
  ctx.rest
    .post(Routes.channelMessages(channelId), {
      body: { embeds: [refusalLogEmbed(entry, showText)], allowed_mentions: NO_PINGS },
    })
    .catch((error: unknown) =>
      ctx.log.warn(
        { err: error, channelId, guildId: entry.guildId },
        'could not post to the moderation log channel',
      ),
    );
}
