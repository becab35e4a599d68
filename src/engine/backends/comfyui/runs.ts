// How a request becomes ComfyUI runs. A workflow makes `step·k + 1` frames, at most `max` per run, from a
// caption and perhaps a start (and end) image: longer clips and several shots become a chain of runs, each
// starting from the last frame of the one before when the workflow can start from an image.
import type { GenerationRequest, RgbFrame } from '../../generator.js';
import { UnsupportedRequest } from '../../generators/errors.js';
import type { GraphMode, Workflow } from './workflow.js';

/** One prompt sent to a server. */
export interface RunPlan {
  mode: GraphMode;
  caption: string;
  /** Frames the graph is asked for (a length the model takes). */
  length: number;
  /** Of its output, `take` frames from index `skip` join the clip. */
  skip: number;
  take: number;
  /** The start image: a frame of the request, or the last frame of the run before. */
  start?: { from: 'known'; rgb: RgbFrame } | { from: 'previous' };
  /** A loop ends on its start image. */
  endOnStart?: boolean;
}

/** The runs of a request, and the request's own frames that open the clip unchanged. */
export interface ClipPlan {
  prefix: RgbFrame[];
  runs: RunPlan[];
}

/** The smallest length of the form `step·k + 1` holding `frames` frames. */
export function modelLength(frames: number, step: number): number {
  return Math.ceil(Math.max(0, frames - 1) / step) * step + 1;
}

/**
 * Plans a request, or refuses it with UnsupportedRequest before anything is sent: a loop without a
 * first-and-last-frame graph, known frames anywhere but at the start, a start without an image graph.
 */
export function planRuns(request: GenerationRequest, workflow: Workflow): ClipPlan {
  const { max, step } = workflow.descriptor.frames;
  const total = request.shots.reduce((n, s) => n + s.frames, 0);
  const known = [...(request.known ?? [])].sort((a, b) => a.index - b.index);
  const frameBytes = request.width * request.height * 3;
  for (const k of known) {
    if (k.index < 0 || k.index >= total || k.rgb.length !== frameBytes) {
      throw new UnsupportedRequest(`known frame ${k.index} does not fit a ${total}-frame clip at this size`);
    }
  }
  const caption = request.shots[0]?.caption ?? '';

  if (request.loop) {
    if (!workflow.graphs.firstLast) {
      throw new UnsupportedRequest(`workflow ${workflow.descriptor.name} has no first-and-last-frame graph`);
    }
    if (known.length > 1 || (known[0] && known[0].index !== 0)) {
      throw new UnsupportedRequest('a loop can only be given its first frame');
    }
    if (total > max) throw new UnsupportedRequest(`a loop must fit one run of at most ${max} frames`);
    const runs: RunPlan[] = [];
    // Without a first frame, a one-frame text run draws it; the loop then starts and ends on it.
    if (!known[0]) runs.push({ mode: 'text', caption, length: 1, skip: 0, take: 0 });
    runs.push({
      mode: 'firstLast',
      caption: request.shots.map((s) => s.caption).join(' '),
      length: modelLength(total, step),
      skip: 0,
      take: total,
      start: known[0] ? { from: 'known', rgb: known[0].rgb } : { from: 'previous' },
      endOnStart: true,
    });
    return { prefix: [], runs };
  }

  if (known.some((k, i) => k.index !== i)) {
    throw new UnsupportedRequest('known frames must open the clip (extending backwards is not supported)');
  }
  if (known.length > 0 && !workflow.graphs.image) {
    throw new UnsupportedRequest(`workflow ${workflow.descriptor.name} has no image-to-video graph`);
  }
  // Extend: the parent's last frames but one open the clip as they are; the last is the first run's start.
  const prefix = known.slice(0, -1).map((k) => k.rgb);
  const last = known[known.length - 1];
  let skipPrefix = prefix.length;
  let start: RunPlan['start'] = last && { from: 'known', rgb: last.rgb };
  const runs: RunPlan[] = [];
  for (const shot of request.shots) {
    let need = shot.frames - Math.min(skipPrefix, shot.frames);
    skipPrefix -= shot.frames - need;
    while (need > 0) {
      // A run that continues the one before repeats its last frame first: that frame is dropped.
      const continues = start?.from === 'previous' && workflow.graphs.image !== undefined;
      const skip = continues ? 1 : 0;
      const take = Math.min(need, max - skip);
      const startHere = continues || start?.from === 'known' ? start : undefined;
      runs.push({
        mode: startHere ? 'image' : 'text',
        caption: shot.caption,
        length: modelLength(take + skip, step),
        skip,
        take,
        ...(startHere && { start: startHere }),
      });
      need -= take;
      start = { from: 'previous' };
    }
  }
  return { prefix, runs };
}
