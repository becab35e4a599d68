import { z } from 'zod';
import type { Caption } from '../queue/index.js';

/** The longest value of each structured field, in characters (and the most attributes a subject has). */
export const CAPTION_LIMITS = Object.freeze({
  kind: 80,
  color: 40,
  motion: 120,
  attribute: 60,
  attributes: 8,
  background: 200,
  detail: 120,
  note: 300,
});

/** One thing in the clip: what it is and how it looks and moves. */
export const subjectSchema = z.object({
  /** The noun the model knows it by: a shape for the built-in model, any noun for a prose model. */
  kind: z.string().min(1).max(CAPTION_LIMITS.kind),
  color: z.string().min(1).max(CAPTION_LIMITS.color).optional(),
  size: z.enum(['small', 'medium', 'large']).optional(),
  /** What it does: a vocabulary motion ("moving left") or a prose action ("rides a surfboard"). */
  motion: z.string().min(1).max(CAPTION_LIMITS.motion).optional(),
  /** Other looks the user asked for that the caption language may or may not carry ("striped", "glowing"). */
  attributes: z
    .array(z.string().min(1).max(CAPTION_LIMITS.attribute))
    .max(CAPTION_LIMITS.attributes)
    .optional(),
});
export type Subject = z.infer<typeof subjectSchema>;

/** One shot of a multi-shot clip: its own caption text and how long it lasts. */
export const structuredShotSchema = z.object({
  text: z.string().min(1).max(2000),
  durationSeconds: z.number().positive().max(60),
});
export type StructuredShot = z.infer<typeof structuredShotSchema>;

/** Where a field's value came from: read from the prompt, or chosen to fill a gap. */
export const fieldSourceSchema = z.enum(['inferred', 'filled']);

/**
 * The expander's structured reading of a prompt. `inferred` and `filled` list field paths
 * ("subjects.0.color", "background") so a user can see what the bot guessed.
 */
export const structuredCaptionSchema = z.object({
  subjects: z.array(subjectSchema).min(1).max(8),
  background: z.string().min(1).max(CAPTION_LIMITS.background),
  camera: z.string().min(1).max(CAPTION_LIMITS.detail).optional(),
  lighting: z.string().min(1).max(CAPTION_LIMITS.detail).optional(),
  style: z.string().min(1).max(CAPTION_LIMITS.detail).optional(),
  shots: z.array(structuredShotSchema).min(1).max(8).optional(),
  inferred: z.array(z.string()).default([]),
  filled: z.array(z.string()).default([]),
  /** Human-readable remarks: words that were not understood, approximations, an LLM answer that was rejected. */
  notes: z.array(z.string().max(CAPTION_LIMITS.note)).default([]),
});
export type StructuredCaption = z.infer<typeof structuredCaptionSchema>;

/** A finished expansion: the exact text the model receives, who wrote it, and the reading behind it. */
export const expandedCaptionSchema = z.object({
  text: z.string().min(1).max(2000),
  /** Which expander produced `text`: `offline`, `llm:<model>`, `refine:rules`, `refine:llm:<model>`. */
  expander: z.string().min(1).max(64),
  /** The caption language `text` is written in (the model card's style). */
  style: z.enum(['vocabulary', 'prose']),
  structured: structuredCaptionSchema,
});
export type ExpandedCaption = z.infer<typeof expandedCaptionSchema>;

/** Converts an expansion into the job contract's caption (src/queue/schemas.ts), the shape the engine reads. */
export function toJobCaption(expanded: ExpandedCaption): Caption {
  const { shots, ...rest } = expanded.structured;
  const caption: Caption = {
    text: expanded.text,
    expander: expanded.expander.slice(0, 64),
    structured: { ...rest, style: expanded.style },
  };
  if (shots !== undefined)
    caption.shots = shots.map((s) => ({ text: s.text, durationSeconds: s.durationSeconds }));
  return caption;
}
