import { DdimScheduler } from './ddim.js';
import { DpmSolverMultistepScheduler } from './dpm-solver.js';
import { EulerDiscreteScheduler } from './euler.js';
import { FlowMatchEulerScheduler, type FlowMatchOptions } from './flow-match.js';
import type { DiffusionScheduler, SchedulerConfig } from './types.js';

export { alphasCumprod, linspace, roundHalfEven, spacedTimesteps } from './betas.js';
export { DdimScheduler, predictionCoefficients } from './ddim.js';
export { DpmSolverMultistepScheduler } from './dpm-solver.js';
export { EulerDiscreteScheduler } from './euler.js';
export { FlowMatchEulerScheduler, type FlowMatchOptions } from './flow-match.js';
export type { DiffusionScheduler, SchedulerConfig } from './types.js';

/** diffusers scheduler classes this engine implements, by `_class_name`. */
export const SCHEDULER_CLASSES = Object.freeze([
  'DDIMScheduler',
  'DPMSolverMultistepScheduler',
  'EulerDiscreteScheduler',
  'FlowMatchEulerDiscreteScheduler',
]);

/**
 * Builds the scheduler a `scheduler_config.json` names, prepared for `steps` steps over samples of `size`
 * elements (one conditional sample, not the guidance batch). PNDM and LMS configs, which some exports ship,
 * run as DDIM and Euler: same noise schedule, different but compatible solvers. `options.eta` (fresh noise
 * at every step) is implemented for flow matching only; other schedulers refuse it rather than ignore it.
 */
export function createScheduler(
  config: SchedulerConfig,
  steps: number,
  size: number,
  options: FlowMatchOptions = {},
): DiffusionScheduler {
  if (!Number.isInteger(steps) || steps < 1)
    throw new Error(`steps must be a positive integer, got ${steps}`);
  if ((options.eta ?? 0) > 0 && config._class_name !== 'FlowMatchEulerDiscreteScheduler') {
    throw new Error(
      `sampling with eta > 0 is implemented for FlowMatchEulerDiscreteScheduler only, not ${config._class_name}`,
    );
  }
  switch (config._class_name) {
    case 'FlowMatchEulerDiscreteScheduler':
      return new FlowMatchEulerScheduler(config, steps, options);
    case 'DPMSolverMultistepScheduler':
      return new DpmSolverMultistepScheduler(config, steps, size);
    case 'EulerDiscreteScheduler':
    case 'LMSDiscreteScheduler':
      return new EulerDiscreteScheduler(config, steps);
    case 'DDIMScheduler':
    case 'PNDMScheduler':
    case undefined:
      return new DdimScheduler(config, steps);
    default:
      throw new Error(
        `unsupported scheduler "${config._class_name}" (supported: ${SCHEDULER_CLASSES.join(', ')})`,
      );
  }
}
