// The ComfyUI backend's door: opening a generator from configuration, and the parts tests and tools use.
import { isAbsolute, resolve } from 'node:path';
import type { Config } from '../../../config/index.js';
import { findFfmpeg } from '../../encoder/index.js';
import type { HostLog } from '../../model-host/index.js';
import { ComfyUIGenerator } from './generator.js';
import { ServerPool } from './pool.js';
import { loadWorkflow } from './workflow.js';

export { ComfyClient, type HistoryEntry, type QueueState, type ServerOptions } from './client.js';
export { ExecutionFailed, ProtocolError, ServerUnavailable, WorkflowRejected } from './errors.js';
export { type ComfyGeneratorOptions, ComfyUIGenerator } from './generator.js';
export { buildGraph, videoOutput } from './graph.js';
export { ServerPool } from './pool.js';
export { type ClipPlan, modelLength, planRuns, type RunPlan } from './runs.js';
export {
  type ApiGraph,
  DEFAULT_WORKFLOW,
  type Descriptor,
  descriptorSchema,
  loadWorkflow,
  SHIPPED_WORKFLOWS,
  type Workflow,
  WorkflowInvalid,
  workflowCard,
} from './workflow.js';

/** The headers every request and the websocket carry: COMFYUI_HEADERS, then COMFYUI_TOKEN as a bearer token. */
export function comfyHeaders(
  config: Pick<Config, 'COMFYUI_HEADERS' | 'COMFYUI_TOKEN'>,
): Record<string, string> {
  const headers: Record<string, string> = config.COMFYUI_HEADERS ? JSON.parse(config.COMFYUI_HEADERS) : {};
  if (config.COMFYUI_TOKEN) headers.authorization = `Bearer ${config.COMFYUI_TOKEN}`;
  return headers;
}

/**
 * Opens the ComfyUI generator: reads and checks the workflow (a bad descriptor stops the start with one
 * line), finds ffmpeg for decoding the clips that come back. Servers are not contacted here: one that is
 * down at start may be up by the first clip, and each clip picks among those that answer then.
 */
export async function openComfyUI(config: Config, log: HostLog): Promise<ComfyUIGenerator> {
  const root = isAbsolute(config.COMFYUI_WORKFLOWS)
    ? config.COMFYUI_WORKFLOWS
    : resolve(config.COMFYUI_WORKFLOWS);
  const workflow = await loadWorkflow(root, config.COMFYUI_WORKFLOW);
  const ffmpeg = await findFfmpeg(config.FFMPEG_PATH ? { ffmpegPath: config.FFMPEG_PATH } : {});
  const urls = (config.COMFYUI_URL ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  const pool = new ServerPool(urls, {
    headers: comfyHeaders(config),
    timeoutMs: config.COMFYUI_REQUEST_TIMEOUT_MS,
  });
  log.info(
    { workflow: workflow.descriptor.name, modes: Object.keys(workflow.graphs), servers: pool.urls },
    'comfyui: workflow loaded',
  );
  return new ComfyUIGenerator(workflow, pool, {
    ffmpeg: ffmpeg.path,
    log,
    pollMs: config.COMFYUI_POLL_MS,
    retryMs: config.COMFYUI_RETRY_SECONDS * 1000,
  });
}
