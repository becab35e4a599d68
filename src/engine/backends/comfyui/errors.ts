import type { JobFailure } from '../../../queue/index.js';

/**
 * A server that could not be reached or lost the prompt (connection refused, a 5xx, the websocket closed
 * and the prompt gone from its queue): the run is tried again on another server, or on this one later.
 */
export class ServerUnavailable extends Error {
  override readonly name = 'ServerUnavailable';
  readonly code = 'COMFYUI_UNAVAILABLE';
  constructor(
    readonly server: string,
    reason: string,
  ) {
    super(`${server}: ${reason}`);
  }
}

/** One entry of ComfyUI's `node_errors` in a 400 from `/prompt`. */
export interface NodeError {
  node: string;
  classType: string;
  /** `type: message (details)` of each error the server listed, for the log. */
  errors: string[];
}

/**
 * `/prompt` answered 400: the graph failed validation (a model file not on the server, a missing node
 * class). Never retried: the same graph fails the same way everywhere it is sent.
 */
export class WorkflowRejected extends Error {
  override readonly name = 'WorkflowRejected';
  readonly code = 'COMFYUI_REJECTED';
  constructor(
    readonly server: string,
    /** The server's `error.type`, such as `prompt_outputs_failed_validation`. */
    readonly type: string,
    readonly nodes: NodeError[],
    message: string,
  ) {
    super(`${server} rejected the workflow (${type}): ${message}`);
  }

  /** The failure the requester gets: engine error naming the first node that failed. */
  failure(): JobFailure {
    const first = this.nodes[0];
    const node = first ? `${first.node} (${first.classType})` : undefined;
    return {
      code: 'ENGINE_ERROR',
      message: node
        ? `The ComfyUI server rejected the workflow at node ${node}.`
        : 'The ComfyUI server rejected the workflow.',
      ...(node && { node: node.slice(0, 160) }),
    };
  }
}

/** The prompt ran and a node raised (`execution_error`): out of memory, a bad tensor. Not retried. */
export class ExecutionFailed extends Error {
  override readonly name = 'ExecutionFailed';
  readonly code = 'COMFYUI_EXECUTION_ERROR';
  constructor(
    readonly server: string,
    readonly node: string,
    readonly classType: string,
    exception: string,
  ) {
    super(`${server}: node ${node} (${classType}) failed: ${exception}`);
  }

  failure(): JobFailure {
    const node = `${this.node} (${this.classType})`.slice(0, 160);
    return { code: 'ENGINE_ERROR', message: `The ComfyUI workflow failed at node ${node}.`, node };
  }
}

/** A server answered something the protocol does not allow (a 401, no video among the outputs). */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  readonly code = 'COMFYUI_PROTOCOL';
}

/** Every server stayed down for COMFYUI_RETRY_SECONDS. */
export function unavailableFailure(servers: number): JobFailure {
  return {
    code: 'ENGINE_ERROR',
    message:
      servers === 1
        ? 'The ComfyUI server could not be reached.'
        : `None of the ${servers} ComfyUI servers could be reached.`,
  };
}
