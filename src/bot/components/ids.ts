import { isAuditId } from '../../moderation/index.js';

/**
 * Custom ids of the bot's buttons, select menus and modals: `zt:<action>:<target>:<ownerId>`, where the
 * target is a job id (a clip's buttons), a moderation-log page's edge (a stream id) or a round and a page of
 * its entries (`<round id>.<page>`, the host's picker). Discord only ever sends back ids the bot set, so the
 * owner can be read from the id without a lookup.
 */
export type ClipAction = 'cancel' | 'retry' | 'extend' | 'loop' | 'edit';

/** `/modlog`'s paging: entries newer than the cursor (Previous) or older than it (Next). */
export type PageAction = 'log-newer' | 'log-older';

/**
 * A round's host picker: the public "Pick winners" button (owner: the host), and on the picker itself the
 * select menu of a page, Previous/Next (the page to show) and "Run" (owner: whoever opened the picker).
 */
export type RoundAction = 'round-pick' | 'round-select' | 'round-page' | 'round-run';

export type ComponentAction = ClipAction | PageAction | RoundAction;

const CLIP_ACTIONS = new Set<string>(['cancel', 'retry', 'extend', 'loop', 'edit'] satisfies ClipAction[]);
const PAGE_ACTIONS = new Set<string>(['log-newer', 'log-older'] satisfies PageAction[]);
const ROUND_ACTIONS = new Set<string>([
  'round-pick',
  'round-select',
  'round-page',
  'round-run',
] satisfies RoundAction[]);

export type ComponentId =
  | { action: ClipAction; jobId: string; ownerId: string }
  | { action: PageAction; cursor: string; ownerId: string }
  | { action: RoundAction; roundId: string; page: number; ownerId: string };

/** A round's target: its id (a UUID) and a page number below 1000. */
const ROUND_TARGET = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(0|[1-9]\d{0,2})$/;
/** A Discord user id (a snowflake). */
const SNOWFLAKE = /^\d{1,20}$/;

export function encodeComponentId(id: ComponentId): string {
  const target = 'jobId' in id ? id.jobId : 'cursor' in id ? id.cursor : `${id.roundId}.${id.page}`;
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
  if (ROUND_ACTIONS.has(action) && SNOWFLAKE.test(ownerId)) {
    const m = ROUND_TARGET.exec(target);
    if (m) return { action: action as RoundAction, roundId: m[1]!, page: Number(m[2]), ownerId };
  }
  return undefined;
}

/** Whether an id belongs to a round's picker. */
export const isRoundId = (id: ComponentId): id is Extract<ComponentId, { action: RoundAction }> =>
  ROUND_ACTIONS.has(id.action);

/** Whether an id belongs to a `/modlog` page rather than a clip. */
export const isPageId = (id: ComponentId): id is Extract<ComponentId, { action: PageAction }> =>
  PAGE_ACTIONS.has(id.action);

/** The modal's text field holding the caption. */
export const CAPTION_FIELD = 'caption';
