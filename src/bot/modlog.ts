import { readAudit } from '../moderation/index.js';
import type { BotContext } from './context.js';
import { modlogMessage } from './messages.js';

/** Refusals shown per `/modlog` page. */
export const MODLOG_PAGE_SIZE = 10;

/**
 * One page of a server's moderation log for `ownerId` (who alone may page it): the newest refusals, or
 * those just older or newer than a page edge. Texts are shown only while the server keeps texts.
 */
export async function modlogPage(
  ctx: BotContext,
  guildId: string,
  ownerId: string,
  cursor?: { older: string } | { newer: string },
): Promise<ReturnType<typeof modlogMessage>> {
  const [page, settings] = await Promise.all([
    readAudit(ctx.redis, ctx.keys.moderationAudit(guildId), { count: MODLOG_PAGE_SIZE, ...cursor }),
    ctx.state.settings(guildId),
  ]);
  return modlogMessage(page, ownerId, settings.moderation.auditText === 'text');
}
