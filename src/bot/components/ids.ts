import { isAuditId } from '../../moderation/index.js';

/**
 * Custom ids of the bot's buttons and modals: `zt:<action>:<target>:<ownerId>`, where the target is a job id
 * (a clip's buttons) or a moderation-log page's edge (a stream id). Discord only ever sends back ids the bot
 * set, so the owner can be read from the id without a lookup.
 */
export type ClipAction = 'cancel' | 'retry' | 'extend' | 'loop' | 'edit';

/** `/modlog`'s paging: entries newer than the cursor (Previous) or older than it (Next). */
export type PageAction = 'log-newer' | 'log-older';

export type ComponentAction = ClipAction | PageAction;

const CLIP_ACTIONS = new Set<string>(['cancel', 'retry', 'extend', 'loop', 'edit'] satisfies ClipAction[]);
const PAGE_ACTIONS = new Set<string>(['log-newer', 'log-older'] satisfies PageAction[]);

export type ComponentId =
  | { action: ClipAction; jobId: string; ownerId: string }
  | { action: PageAction; cursor: string; ownerId: string };

export function encodeComponentId(id: ComponentId): string {
  const target = 'jobId' in id ? id.jobId : id.cursor;
  return `zt:${id.action}:${target}:${id.ownerId}`;
}

/** Parses a custom id; undefined for ids that are not ours (or from an older, unknown layout). */
export function decodeComponentId(customId: string): ComponentId | undefined {
  const [tag, action, target, ownerId, extra] = customId.split(':');
  if (tag !== 'zt' || extra !== undefined || !action || !target || !ownerId) return undefined;
  if (CLIP_ACTIONS.has(action)) return { action: action as ClipAction, jobId: target, ownerId };
  // A page's edge is a stream id (`<ms>-<seq>`), never anything else.
  if (PAGE_ACTIONS.has(action) && isAuditId(target))
    return { action: action as PageAction, cursor: target, ownerId };
  return undefined;
}

/** Whether an id belongs to a `/modlog` page rather than a clip. */
export const isPageId = (id: ComponentId): id is Extract<ComponentId, { action: PageAction }> =>
  PAGE_ACTIONS.has(id.action);

/** The modal's text field holding the caption. */
export const CAPTION_FIELD = 'caption';
