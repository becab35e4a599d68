// What the engine's request becomes on fal's wire: which mode (and so which endpoint), how many frames the
// endpoint is asked for, and the input JSON in the shape of the default endpoints (Wan 2.2 A14B for text-
// and image-to-video, LTX-Video 0.9.8 distilled for extend). An operator who points a mode at another
// endpoint must pick one that takes the same input.

import type { PricedMode } from '../../../queue/index.js';
import type { GenerationRequest } from '../../generator.js';
import { UnsupportedRequest } from '../../generators/errors.js';
import type { FalResolution } from './settings.js';

/** Frames per second the clips are made at: Wan 2.2's native rate (fal's default `frames_per_second`). */
export const FAL_FPS = 16;

/** The frames one request may produce, per mode: Wan takes 17–161 in steps of 4, LTX 9–1441 in steps of 8. */
const FRAME_RULES: Readonly<Record<PricedMode, { min: number; max: number; step: number }>> = {
  'text-to-video': { min: 17, max: 161, step: 4 },
  'image-to-video': { min: 17, max: 161, step: 4 },
  extend: { min: 9, max: 1441, step: 8 },
};

/** Most frames any mode can return in one request: a longer clip is refused before anything is sent. */
export const MAX_FRAMES = FRAME_RULES['text-to-video'].max;

/**
 * The pixel size fal returns per resolution and orientation (landscape, portrait, square). The encoder's
 * decode scales a slightly different return to this size, so an endpoint's rounding costs nothing.
 */
export const FAL_SIZES: Readonly<Record<FalResolution, readonly (readonly [number, number])[]>> = {
  '720p': [
    [1280, 720],
    [720, 1280],
    [960, 960],
  ],
  '580p': [
    [1024, 576],
    [576, 1024],
    [768, 768],
  ],
  '480p': [
    [832, 480],
    [480, 832],
    [624, 624],
  ],
};

/**
 * The mode a request needs, from its known frames: none is text-to-video, one at index 0 image-to-video,
 * the first k frames (a parent's last k) extend. Known frames at the end (extend backward) and loops have no
 * endpoint here and are refused before anything is sent or billed.
 */
export function modeOf(request: GenerationRequest): PricedMode {
  if (request.loop) throw new UnsupportedRequest('fal: no endpoint here makes seamless loops');
  const known = [...(request.known ?? [])].sort((a, b) => a.index - b.index);
  if (known.length === 0) return 'text-to-video';
  if (!known.every((frame, i) => frame.index === i)) {
    throw new UnsupportedRequest('fal: known frames must open the clip (extending backward is not offered)');
  }
  return known.length === 1 ? 'image-to-video' : 'extend';
}

/** The frame count to ask an endpoint for: at least `wanted`, on the endpoint's grid; refused past its max. */
export function framesToAsk(mode: PricedMode, wanted: number): number {
  const rule = FRAME_RULES[mode];
  if (wanted > rule.max) {
    throw new UnsupportedRequest(`fal: ${mode} makes at most ${rule.max} frames, ${wanted} asked`);
  }
  const n = Math.max(rule.min, wanted);
  return rule.min + Math.ceil((n - rule.min) / rule.step) * rule.step;
}

/** fal's aspect-ratio names for a size. */
export function aspectRatioOf(width: number, height: number): '16:9' | '9:16' | '1:1' {
  if (width > height) return '16:9';
  if (width < height) return '9:16';
  return '1:1';
}

/** Joins a multi-shot request's captions: the endpoints take one prompt per clip. */
export function promptOf(request: GenerationRequest): string {
  return request.shots.map((s) => s.caption.trim()).join(' Then: ');
}

/** The media a request sends along: the still (image-to-video) or the opening frames as a clip (extend). */
export interface FalMedia {
  imageUrl?: string;
  videoUrl?: string;
}

/** The input JSON for one request, in the default endpoints' schema. */
export function falInput(
  mode: PricedMode,
  request: GenerationRequest,
  numFrames: number,
  resolution: FalResolution,
  media: FalMedia,
): Record<string, unknown> {
  const common = {
    prompt: promptOf(request),
    num_frames: numFrames,
    resolution,
    aspect_ratio: aspectRatioOf(request.width, request.height),
    // fal's seeds are 32-bit like ours; a job's seed makes the clip reproducible where the endpoint is.
    seed: request.seed >>> 0,
  };
  if (mode === 'extend') {
    if (!media.videoUrl) throw new Error('extend needs the opening frames as a clip');
    // LTX conditions on the clip placed at frame 0: the output opens with it, as the engine's plan expects.
    return { ...common, frame_rate: FAL_FPS, video: { video_url: media.videoUrl, start_frame_num: 0 } };
  }
  return {
    ...common,
    frames_per_second: FAL_FPS,
    ...(request.steps !== undefined && { num_inference_steps: request.steps }),
    ...(request.guidance !== undefined && { guidance_scale: request.guidance }),
    ...(mode === 'image-to-video' && media.imageUrl && { image_url: media.imageUrl }),
  };
}
