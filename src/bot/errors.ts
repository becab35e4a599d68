import { DiscordAPIError } from 'discord.js';
import { ZodError } from 'zod';
import { InvalidPayload, invalidPayloadFrom, type ModerationCategory } from '../queue/index.js';

/**
 * Expected outcomes a member caused (a limit hit, a bad attachment, someone else's button) are
 * {@link UserError}s with a code; they are answered ephemerally and never logged as failures. Anything else
 * is a bug or an outage and is answered with a generic message plus a reference.
 */
export type UserErrorCode =
  | 'COOLDOWN'
  | 'TOO_MANY_QUEUED'
  | 'CHANNEL_NOT_ALLOWED'
  | 'NOT_YOUR_CLIP'
  | 'NOT_A_MANAGER'
  | 'NOT_IN_CLIP_THREAD'
  | 'BAD_OPTION'
  | 'BAD_ATTACHMENT'
  | 'NO_FIRST_FRAME'
  | 'JOB_NOT_FOUND'
  | 'PROMPT_REJECTED'
  | 'MODERATION_COOLDOWN'
  | 'NOT_YOUR_PAGE'
  | 'NOT_IN_GUILD'
  | 'PROMPT_TOO_LONG'
  | 'BUDGET_SPENT'
  | 'TOO_MANY_CHANNELS'
  | 'VERIFY_BUSY'
  | 'STALE_COMMAND'
  | 'ROUND_OPEN'
  | 'NO_ROUND'
  | 'ROUND_CLOSED'
  | 'ROUND_DUPLICATE'
  | 'ROUND_CAP'
  | 'ROUND_NO_ENTRY'
  | 'ROUND_TOO_MANY'
  | 'NOT_ROUND_HOST';

/** A member's request that cannot be served as asked; `message` is what they read. */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly code: UserErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A request the content policy refused (code `PROMPT_REJECTED`): answered like any member mistake, and
 * told apart so a reservation it made gives its cooldown back.
 */
export class ContentRefused extends UserError {
  constructor(
    readonly categories: readonly ModerationCategory[],
    message: string,
    /** When the moderation cooldown this refusal started ends (unix seconds), if it started one. */
    readonly cooldownResetUnix?: number,
  ) {
    super('PROMPT_REJECTED', message);
  }
}

/** The code an error carries, for logs: a UserError's or InvalidPayload's own, Discord's JSON code. */
export function errorCode(error: unknown): string | number | undefined {
  if (error instanceof UserError || error instanceof InvalidPayload || error instanceof DiscordAPIError)
    return error.code;
  if (error instanceof ZodError) return invalidPayloadFrom(error).code;
  return undefined;
}
