import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import type { Logger } from 'pino';

/**
 * How the bot reads Discord's errors: which ones mean "the thing is gone" (nothing to answer, nothing to
 * retry) and which are worth retrying. Rate limits and 5xx are never "gone": work that meets one is retried
 * or reported, not dropped.
 */

/** Codes meaning the interaction, message, webhook or channel no longer exists or can no longer be used. */
const GONE_CODES = [
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.UnknownMessage,
  RESTJSONErrorCodes.UnknownWebhook,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
  RESTJSONErrorCodes.InvalidWebhookToken,
  RESTJSONErrorCodes.UnknownChannel,
];

/** Whether a Discord error carries one of these JSON error codes. */
export const hasCode = (error: unknown, ...codes: RESTJSONErrorCodes[]): error is DiscordAPIError =>
  error instanceof DiscordAPIError && typeof error.code === 'number' && codes.includes(error.code);

/** The interaction, message or channel an edit was aimed at no longer exists. */
export const isGone = (error: unknown): error is DiscordAPIError => hasCode(error, ...GONE_CODES);

/**
 * For best-effort edits (a failure notice, a "Done" pointer): a target that is gone is routine and logged
 * at debug; anything else (a rate limit or outage that outlasted the REST client's retries) is a warning.
 */
export function logEditFailure(
  log: Logger,
  error: unknown,
  fields: Record<string, unknown>,
  what: string,
): void {
  if (isGone(error)) log.debug({ err: error, ...fields }, `${what}: target gone`);
  else log.warn({ err: error, ...fields }, `${what} failed`);
}
