// The model card: what a model can do and the caption language it reads. Its own room inside the contract,
// with only zod and fs behind it, so the model thread can read it without loading BullMQ or the LLM client.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const rgb = z.tuple([
  z.number().int().min(0).max(255),
  z.number().int().min(0).max(255),
  z.number().int().min(0).max(255),
]);

/** The caption language a model was trained on: what the prompt expander must write for it. */
export const captionLanguageSchema = z.discriminatedUnion('style', [
  z.object({
    style: z.literal('vocabulary'),
    template: z.string().min(1),
    join: z.string().min(1),
    vocabulary: z.object({
      color: z.record(z.string(), rgb),
      shape: z.array(z.string()).min(1),
      motion: z.array(z.string()).min(1),
      background: z.array(z.string()).min(1),
    }),
    examples: z.array(z.string()).min(1),
  }),
  z.object({
    style: z.literal('prose'),
    guide: z.string().min(1),
    examples: z.array(z.string()).min(1),
    maxWords: z.number().int().positive().optional(),
  }),
]);
export type CaptionLanguage = z.infer<typeof captionLanguageSchema>;

/** What a model can do, so the engine never asks it for more. */
export const modelLimitsSchema = z.object({
  frames: z.number().int().positive(),
  fps: z.number().positive(),
  sizes: z.array(z.tuple([z.number().int().positive(), z.number().int().positive()])).min(1),
  max_objects: z.number().int().positive().optional(),
  conditioning: z.array(z.enum(['first_frame', 'first_frames', 'last_frames', 'loop'])).default([]),
  default_steps: z.number().int().positive().optional(),
  default_guidance: z.number().nonnegative().optional(),
  /** Noise levels t ∈ [0, 1] (1 = pure noise) inside which guidance applies; outside, the conditional prediction alone. */
  guidance_interval: z
    .tuple([z.number().min(0).max(1), z.number().min(0).max(1)])
    .refine(([from, to]) => from <= to, 'guidance_interval must be [from, to] with from ≤ to')
    .optional(),
  /** Fraction of the noise drawn afresh at every sampling step (0: deterministic); flow-matching models only. */
  sampler_eta: z.number().min(0).max(1).optional(),
});
export type ModelLimits = z.infer<typeof modelLimitsSchema>;

/** The `zoetrope` section of a model folder's `model_index.json` (docs/model-format.md). */
export const modelCardSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  description: z.string().optional(),
  limits: modelLimitsSchema,
  caption_language: captionLanguageSchema,
  training: z
    .object({ held_out: z.array(z.array(z.string())).optional() })
    .passthrough()
    .optional(),
});
export type ModelCard = z.infer<typeof modelCardSchema>;

/** A model folder without a card of its own (a downloaded ModelScope export) gets this one. */
export const DEFAULT_PROSE_CARD: ModelCard = {
  name: 'text-to-video',
  version: 'unknown',
  limits: { frames: 16, fps: 8, sizes: [[256, 256]], conditioning: [] },
  caption_language: {
    style: 'prose',
    guide:
      'One or two sentences in plain descriptive English: the subject and its look, what it does, the setting, ' +
      'the lighting and the camera. Concrete nouns and verbs; no names of real people; no text overlays.',
    examples: [
      'A corgi in a red life vest rides a surfboard across a glassy wave at sunset, warm golden light, slow tracking shot.',
    ],
    maxWords: 60,
  },
};

/** Reads a model folder's card; folders without one get {@link DEFAULT_PROSE_CARD} named after the pipeline. */
export async function readModelCard(modelDir: string): Promise<ModelCard> {
  const index = JSON.parse(await readFile(join(modelDir, 'model_index.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  if (index.zoetrope === undefined) {
    return {
      ...DEFAULT_PROSE_CARD,
      name: String(index._name_or_path ?? index._class_name ?? 'text-to-video'),
    };
  }
  return modelCardSchema.parse(index.zoetrope);
}
