import { z } from 'zod';
import { moderationPolicySchema } from './policy.js';
import { isVisiblyEmpty, PROMPT_MAX_CHARS } from './prompt-text.js';

/** Bumped when a payload changes shape; a worker refuses versions it does not know. */
export const CONTRACT_VERSION = 1;

const snowflake = z.string().regex(/^\d{15,21}$/);

/** What a job asks for: a new clip, a still brought to life, a clip continued, or a clip made to loop. */
export const jobKindSchema = z.enum(['generate', 'animate', 'extend', 'loop']);
export type JobKind = z.infer<typeof jobKindSchema>;

/** One shot of a multi-shot caption: the text the model receives for that stretch of the clip. */
export const shotSchema = z.object({
  text: z.string().min(1).max(2000),
  durationSeconds: z.number().positive().max(60),
});

/**
 * The caption the model will be asked for, as produced by the prompt expander. `text` is exactly what the
 * model receives; `shots`, when present, split it into consecutive shots. `structured` is the expander's
 * structured reading (subjects, motion, setting …), kept opaque here so the prompt module owns its shape.
 */
export const captionSchema = z.object({
  text: z.string().min(1).max(2000),
  expander: z.string().min(1).max(64),
  shots: z.array(shotSchema).min(1).max(8).optional(),
  structured: z.record(z.string(), z.unknown()).optional(),
});
export type Caption = z.infer<typeof captionSchema>;

/** A stored artifact (a clip or an uploaded still) that a job builds on. */
export const artifactRefSchema = z.object({
  key: z.string().min(1).max(256),
  contentType: z.enum(['video/mp4', 'image/png', 'image/jpeg', 'image/webp', 'application/octet-stream']),
});
export type ArtifactRef = z.infer<typeof artifactRefSchema>;

/**
 * Frames the model must keep: the first frame of a still (animate), the end of a parent clip (extend
 * forward), its start (extend backward), or first and last tied together (loop).
 */
export const conditioningSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('first_frame'), image: artifactRefSchema }),
  z.object({
    mode: z.literal('extend'),
    direction: z.enum(['forward', 'backward']),
    parent: artifactRefSchema,
  }),
  z.object({ mode: z.literal('loop'), parent: artifactRefSchema.optional() }),
]);
export type Conditioning = z.infer<typeof conditioningSchema>;

/** Who asked, and where the answer goes. The CLI is a requester too. */
export const requesterSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('cli'), userId: z.string().min(1).max(64) }),
  z.object({
    source: z.literal('discord'),
    userId: snowflake,
    guildId: snowflake.optional(),
    channelId: snowflake,
    /** The message that shows this job's progress (the deferred reply), once it exists. */
    statusMessageId: snowflake.optional(),
    /** Interaction webhook credentials; unusable after `expiresAt` (Discord's 15-minute token life). */
    interaction: z
      .object({ applicationId: snowflake, token: z.string().min(1).max(512), expiresAt: z.number().int() })
      .optional(),
    /** Largest attachment this server accepts, from the interaction's `attachment_size_limit`. */
    attachmentSizeLimit: z.number().int().positive().optional(),
  }),
]);
export type Requester = z.infer<typeof requesterSchema>;

/** Where a clip comes from: its parent job and the root of its family, for "make it blue" chains. */
export const lineageSchema = z.object({
  parentJobId: z.string().min(1).max(128).optional(),
  rootJobId: z.string().min(1).max(128).optional(),
  depth: z.number().int().min(0).max(100).default(0),
});

/** Display size presets; the model renders at its native size and the encoder scales to these. */
export const aspectSchema = z.enum(['1:1', '16:9', '9:16', '4:3', '3:4']);
export type Aspect = z.infer<typeof aspectSchema>;

/** The generation job: everything an engine needs, validated at enqueue and again at pickup. */
export const generateJobSchema = z.object({
  version: z.literal(CONTRACT_VERSION),
  kind: jobKindSchema,
  prompt: z
    .string()
    .trim()
    .min(1)
    .max(PROMPT_MAX_CHARS)
    .refine((prompt) => !isVisiblyEmpty(prompt), 'has no visible characters'),
  caption: captionSchema,
  durationSeconds: z.number().positive().max(60),
  fps: z.number().int().min(1).max(60).optional(),
  aspect: aspectSchema.default('1:1'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  steps: z.number().int().min(1).max(200).optional(),
  guidance: z.number().min(0).max(30).optional(),
  conditioning: conditioningSchema.optional(),
  requester: requesterSchema,
  lineage: lineageSchema.default({ depth: 0 }),
  /** The content policy for this request's server and channel; absent: the defaults. */
  policy: moderationPolicySchema.optional(),
  /**
   * How the moderation audit keeps this request's prompt if the engine's frame check refuses the clip: the
   * text or its SHA-256 (the server's choice). Absent: its SHA-256.
   */
  auditText: z.enum(['text', 'hash']).optional(),
  /**
   * The server's choice of what the clip's C2PA manifest may say besides the model and the watermark:
   * `includePrompt` adds the prompt, the caption and the requester's id. Absent: C2PA_INCLUDE_PROMPT.
   */
  provenance: z.object({ includePrompt: z.boolean() }).optional(),
  createdAt: z.number().int(),
});
export type GenerateJob = z.infer<typeof generateJobSchema>;
export type GenerateJobInput = z.input<typeof generateJobSchema>;

/** The stages a job passes through, in order; progress events name one. */
export const stageSchema = z.enum([
  'queued',
  'loading',
  'generating',
  'checking',
  'watermarking',
  'encoding',
  'signing',
  'storing',
  'delivering',
]);
export type Stage = z.infer<typeof stageSchema>;

/** A progress event, stored as the BullMQ job progress and streamed to whoever watches the job. */
export const progressSchema = z.object({
  stage: stageSchema,
  step: z.number().int().min(0).optional(),
  totalSteps: z.number().int().min(1).optional(),
  /** Overall completion of the job in [0, 1]. */
  fraction: z.number().min(0).max(1),
  message: z.string().max(200).optional(),
});
export type Progress = z.infer<typeof progressSchema>;

/** A check the engine ran on the clip, reported to the requester (provenance notice, moderation). */
export const checkSchema = z.object({
  name: z.string().min(1).max(64),
  passed: z.boolean(),
  detail: z.string().max(300).optional(),
});

/** What a finished job produced. */
export const resultSchema = z.object({
  jobId: z.string().min(1),
  artifact: artifactRefSchema,
  bytes: z.number().int().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  fps: z.number().positive(),
  frames: z.number().int().positive(),
  durationSeconds: z.number().positive(),
  seed: z.number().int(),
  caption: captionSchema,
  model: z.object({ name: z.string(), version: z.string(), generator: z.string() }),
  /** Wall time per stage in milliseconds, plus `modelMs`: time inside the model itself. */
  timings: z.record(z.string(), z.number().nonnegative()),
  checks: z.array(checkSchema).default([]),
  finishedAt: z.number().int(),
});
export type JobResult = z.infer<typeof resultSchema>;

/** A delivery: a finished job's result on its way back to the requester. */
export const deliverySchema = z.object({
  version: z.literal(CONTRACT_VERSION),
  jobId: z.string().min(1),
  job: generateJobSchema,
  result: resultSchema,
});
export type Delivery = z.infer<typeof deliverySchema>;
