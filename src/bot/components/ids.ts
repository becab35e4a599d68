/**
 * Custom ids of the bot's buttons and modals: `zt:<action>:<jobId>:<ownerId>`. Discord only ever sends back
 * ids the bot set, so the owner can be read from the id without a lookup.
 */
export type ComponentAction = 'cancel' | 'retry' | 'extend' | 'loop' | 'edit';

const ACTIONS = new Set<ComponentAction>(['cancel', 'retry', 'extend', 'loop', 'edit']);

export interface ComponentId {
  action: ComponentAction;
  jobId: string;
  ownerId: string;
}

export function encodeComponentId(id: ComponentId): string {
  return `zt:${id.action}:${id.jobId}:${id.ownerId}`;
}

/** Parses a custom id; undefined for ids that are not ours (or from an older, unknown layout). */
export function decodeComponentId(customId: string): ComponentId | undefined {
  const [tag, action, jobId, ownerId, extra] = customId.split(':');
  if (tag !== 'zt' || extra !== undefined || !jobId || !ownerId) return undefined;
  if (!ACTIONS.has(action as ComponentAction)) return undefined;
  return { action: action as ComponentAction, jobId, ownerId };
}

/** The modal's text field holding the caption. */
export const CAPTION_FIELD = 'caption';
