import { check, checked } from './check.js';
import { encode } from './encode.js';
import { generate } from './generate.js';
import { handOff } from './hand-off.js';
import { plan } from './plan.js';
import { sign } from './sign.js';
import { store } from './store.js';
import type { Stage } from './types.js';
import { watermark } from './watermark.js';

/**
 * The stages every job runs, in order. Moderation, provenance and remote backends plug in here (check,
 * watermark, sign) or behind the generator (src/engine/backends), never inside another stage. The frame
 * check starts after generate and is decided at `checked`, so it overlaps watermarking and encoding but
 * always ends before anything is signed, stored or delivered.
 */
export const JOB_STAGES: readonly Stage[] = Object.freeze([
  plan,
  generate,
  check,
  watermark,
  encode,
  checked,
  sign,
  store,
  handOff,
]);

export { sampleFrames } from './check.js';
export { displaySize, SIGNATURE_HEADROOM_BYTES, uploadLimit } from './encode.js';
export { handOffFinished } from './hand-off.js';
export { type DecodeToFrames, type GenerationPlan, nativeSize, planGeneration } from './plan.js';
export { runStages } from './run.js';
export type {
  Check,
  ClipWork,
  EngineServices,
  JobContext,
  NativeClip,
  ProgressCallback,
  Stage,
  StageIO,
  StageResult,
} from './types.js';
export { watermarkSize } from './watermark.js';
