import type { ModerationPolicy } from '../../queue/index.js';
import { decide, type ModerationDecision } from '../decision.js';
import type { RemoteCheck, RemoteLayer } from '../remote/index.js';
import type { ImageModerator, RgbImage } from '../types.js';
import type { FrameClassifier } from './classifier.js';
import { type FrameLog, NsfwjsClassifier } from './nsfwjs.js';
import { FRAME_THRESHOLDS, type FrameModelName, type FrameThresholds, frameFindings } from './scores.js';

/** An {@link ImageModerator} for frames that says what classifies them (`nsfwjs MobileNetV2`), for the notice. */
export interface FrameModerator extends ImageModerator {
  readonly name: string;
}

/**
 * Decides on images with a classifier: each image's scores become findings (layer `frames`) and the
 * findings a decision under the request's policy, with `decide` like every other layer.
 */
export function frameModerator(
  classifier: FrameClassifier,
  thresholds: FrameThresholds = FRAME_THRESHOLDS,
): FrameModerator {
  return {
    name: classifier.name,
    async check(
      images: RgbImage[],
      policy: ModerationPolicy,
      signal?: AbortSignal,
    ): Promise<ModerationDecision> {
      const started = performance.now();
      const scores = images.length > 0 ? await classifier.classify(images, signal) : [];
      if (scores.length !== images.length) {
        throw new Error(`the classifier scored ${scores.length} of ${images.length} images`);
      }
      const findings = scores.flatMap((s, i) => frameFindings(s, i, thresholds));
      return decide(findings, policy, { lastLayer: 'frames', ms: Math.round(performance.now() - started) });
    },
    close: () => classifier.close(),
  };
}

/**
 * Loads nsfwjs (`model`, from inside the npm package) in its own thread and returns the frame moderator
 * built on it. Load once per process and reuse; `close` ends the thread.
 */
export async function createFrameModerator(options: {
  model: FrameModelName;
  log: FrameLog;
}): Promise<FrameModerator> {
  const classifier = await NsfwjsClassifier.start(options);
  options.log.info({ classifier: classifier.name, ...classifier.info }, 'frame classifier loaded');
  return frameModerator(classifier);
}

/**
 * Adds a remote service's image check (OpenAI's moderation endpoint) to a frame moderator: both look at the
 * same images at the same time, and the decision blocks if either finds what the policy forbids. A remote
 * that gives no usable answer keeps the local decision (fail-open) or blocks (fail-closed), with
 * `degraded` set either way, as for text. A remote that reads no images leaves the moderator as it is.
 */
export function withRemoteImages(local: FrameModerator, remote: RemoteLayer | undefined): FrameModerator {
  const checkImages = remote?.checkImages?.bind(remote);
  if (remote === undefined || checkImages === undefined) return local;
  return {
    name: `${local.name} + ${remote.kind} moderation`,
    async check(images, policy, signal) {
      const started = performance.now();
      const [offline, answer] = await Promise.all([
        local.check(images, policy, signal),
        images.length > 0 ? checkImages(images) : Promise.resolve<RemoteCheck>({ findings: [] }),
      ]);
      const decision = decide([...offline.findings, ...answer.findings], policy, {
        lastLayer: answer.degraded === undefined ? remote.kind : offline.layer,
        ms: Math.round(performance.now() - started),
        ...(answer.degraded === undefined ? {} : { degraded: answer.degraded }),
      });
      return answer.failClosed && decision.decision === 'allow'
        ? { ...decision, decision: 'block', layer: remote.kind }
        : decision;
    },
    close: () => local.close(),
  };
}
