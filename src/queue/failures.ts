import { z } from 'zod';
import { type ModerationCategory, moderationCategorySchema } from './policy.js';

/**
 * Why a job ended without a clip, as one value both processes understand. The engine writes it into the
 * BullMQ job's `failedReason` ({@link encodeFailure}); the bot reads it back ({@link decodeFailure}) and turns
 * the code into a sentence of its own. `message` is a safe English summary (no stack, no file path, no
 * library text) for readers without their own wording, such as the CLI; the internal error that caused a
 * failure goes to the engine's log only.
 *
 * Deliberately left out: anything that identifies a member, and the internal error text.
 */
const safeMessage = z.string().min(1).max(300);

/** What a model could be asked for that it cannot do. */
export const capabilitySchema = z.enum(['image', 'extend', 'loop', 'request']);
export type Capability = z.infer<typeof capabilitySchema>;

/** What an operator limits in a job: its length (MAX_DURATION_SECONDS) and its denoising steps (MAX_STEPS). */
export const limitedFieldSchema = z.enum(['durationSeconds', 'steps']);
export type LimitedField = z.infer<typeof limitedFieldSchema>;

export const jobFailureSchema = z.discriminatedUnion('code', [
  /** The payload breaks the contract (an older or foreign producer), or an input could not be read. */
  z.object({
    code: z.literal('INVALID_REQUEST'),
    message: safeMessage,
    field: z.string().max(120).optional(),
  }),
  /** The server's content policy refused the request or the frames. */
  z.object({
    code: z.literal('POLICY_REFUSED'),
    message: safeMessage,
    categories: z.array(moderationCategorySchema).max(16).default([]),
  }),
  /** The requester cancelled it. */
  z.object({ code: z.literal('CANCELLED'), message: safeMessage }),
  /** The model cannot do what was asked (start from an image, extend, loop, or this size/length). */
  z.object({
    code: z.literal('UNSUPPORTED'),
    message: safeMessage,
    capability: capabilitySchema,
    model: z.string().min(1).max(120),
  }),
  /** The job asks for more than this engine's operator allows (a longer clip, more denoising steps). */
  z.object({
    code: z.literal('OVER_LIMIT'),
    message: safeMessage,
    field: limitedFieldSchema,
    /** What the job asked for, and the most the engine allows. */
    asked: z.number().positive(),
    limit: z.number().positive(),
  }),
  /** Something the job builds on (an uploaded image, the parent clip) is no longer stored. */
  z.object({ code: z.literal('EXPIRED'), message: safeMessage, what: z.enum(['image', 'clip']) }),
  /** The clip could not be brought under the upload limit. */
  z.object({
    code: z.literal('CLIP_TOO_LARGE'),
    message: safeMessage,
    bytes: z.number().int().nonnegative(),
    limit: z.number().int().positive(),
  }),
  /** The job ran past the engine's time limit and was stopped. */
  z.object({
    code: z.literal('TIMED_OUT'),
    message: safeMessage,
    seconds: z.number().positive().optional(),
  }),
  /** The engine broke (a bug, a crash, an outage): nothing the requester did. */
  z.object({
    code: z.literal('ENGINE_ERROR'),
    message: safeMessage,
    /** A remote backend's graph node that rejected or failed the job (`37 (UNETLoader)`), for the operator. */
    node: z.string().max(160).optional(),
  }),
]);
export type JobFailure = z.infer<typeof jobFailureSchema>;
export type FailureCode = JobFailure['code'];

/** Every failure code, in the contract's order (tests walk it so none is left without a sentence). */
export const FAILURE_CODES = jobFailureSchema.options.map((o) => o.shape.code.value) as FailureCode[];

/** Builds each failure with its safe default message, so producers never write their own wording twice. */
export const failures = {
  invalidRequest: (field?: string): JobFailure => ({
    code: 'INVALID_REQUEST',
    message: field ? `The request is not valid (${field}).` : 'The request is not valid.',
    ...(field ? { field } : {}),
  }),
  policyRefused: (categories: ModerationCategory[] = []): JobFailure => ({
    code: 'POLICY_REFUSED',
    message: 'The clip was refused by the content policy.',
    categories,
  }),
  cancelled: (): JobFailure => ({ code: 'CANCELLED', message: 'Cancelled by the requester.' }),
  unsupported: (capability: Capability, model: string): JobFailure => ({
    code: 'UNSUPPORTED',
    message: `${model} ${CAPABILITY_WORDS[capability]}.`,
    capability,
    model,
  }),
  overLimit: (field: LimitedField, asked: number, limit: number): JobFailure => ({
    code: 'OVER_LIMIT',
    message:
      field === 'durationSeconds'
        ? `The clip would be ${asked} s long; this engine makes clips of at most ${limit} s.`
        : `The clip asks for ${asked} denoising steps; this engine allows at most ${limit}.`,
    field,
    asked,
    limit,
  }),
  expired: (what: 'image' | 'clip'): JobFailure => ({
    code: 'EXPIRED',
    message: what === 'image' ? 'The image has expired.' : 'The original clip has expired.',
    what,
  }),
  clipTooLarge: (bytes: number, limit: number): JobFailure => ({
    code: 'CLIP_TOO_LARGE',
    message: `The clip is ${bytes} bytes; the limit is ${limit} bytes.`,
    bytes,
    limit,
  }),
  timedOut: (seconds?: number): JobFailure => ({
    code: 'TIMED_OUT',
    message: seconds ? `The job ran longer than ${seconds} s and was stopped.` : 'The job timed out.',
    ...(seconds ? { seconds } : {}),
  }),
  engineError: (): JobFailure => ({ code: 'ENGINE_ERROR', message: 'The engine failed to make the clip.' }),
};

const CAPABILITY_WORDS: Record<Capability, string> = {
  image: 'cannot start a clip from an image',
  extend: 'cannot extend clips',
  loop: 'cannot make loops',
  request: 'cannot make this clip as asked',
};

// A marker that tells our encoded reasons from BullMQ's own ("job stalled more than allowable limit") and
// from anything an older engine wrote.
const MARKER = 'zoetrope-failure:';

/** The `failedReason` text for a failure: a marker and the failure as JSON. */
export function encodeFailure(failure: JobFailure): string {
  return `${MARKER}${JSON.stringify(jobFailureSchema.parse(failure))}`;
}

/**
 * Reads a `failedReason` back. Anything that is not an encoded failure (BullMQ's stalled-job text, an older
 * engine's message, a corrupt value) is an engine error: its text is never shown to a member.
 */
export function decodeFailure(failedReason: string | undefined | null): JobFailure {
  if (failedReason?.startsWith(MARKER)) {
    try {
      const parsed = jobFailureSchema.safeParse(JSON.parse(failedReason.slice(MARKER.length)));
      if (parsed.success) return parsed.data;
    } catch {
      // Not JSON after the marker: treated like any unknown reason below.
    }
  }
  return failures.engineError();
}
