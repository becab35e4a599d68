import { performance } from 'node:perf_hooks';
import ort from 'onnxruntime-node';
import {
  chooseDevice,
  DEVICE_PROFILES,
  type Device,
  type DeviceProbe,
  type DeviceRequest,
  probeDevice,
} from './device.js';
import { DeviceUnavailable, ModelLoadError, ModelRunError } from './errors.js';
import { fromFloat16, toFloat16 } from './float16.js';
import type { Log } from './log.js';

/** Element types the pipelines feed; a session converts to the type its graph declares. */
export type FeedData = Float32Array | Int32Array | BigInt64Array;

/** One input value: data plus its shape. */
export interface Feed {
  data: FeedData;
  dims: readonly number[];
}

/** One float output, converted to float32 when the graph produces float16. */
export interface Output {
  data: Float32Array;
  dims: readonly number[];
}

/** An input or output as declared by the graph: element type and shape (symbolic dims are strings). */
export interface TensorSpec {
  name: string;
  type: string;
  shape: ReadonlyArray<number | string>;
}

function specs(meta: readonly ort.InferenceSession.ValueMetadata[]): TensorSpec[] {
  return meta.map((m) =>
    m.isTensor
      ? { name: m.name, type: m.type, shape: m.shape }
      : { name: m.name, type: 'non-tensor', shape: [] },
  );
}

/** Element values as plain numbers; only used for small tensors (ids, timesteps) whose types differ. */
function numbers(data: FeedData): number[] {
  return Array.from(data as ArrayLike<number | bigint>, (v) => Number(v));
}

function convert(feed: Feed, type: string): ort.Tensor {
  const dims = feed.dims as number[];
  const { data } = feed;
  switch (type) {
    case 'float32':
      if (data instanceof Float32Array) return new ort.Tensor('float32', data, dims);
      return new ort.Tensor('float32', Float32Array.from(numbers(data)), dims);
    case 'float16': {
      const f = data instanceof Float32Array ? data : Float32Array.from(numbers(data));
      return new ort.Tensor('float16', toFloat16(f), dims);
    }
    case 'int64':
      if (data instanceof BigInt64Array) return new ort.Tensor('int64', data, dims);
      return new ort.Tensor(
        'int64',
        BigInt64Array.from(numbers(data), (v) => BigInt(Math.round(v))),
        dims,
      );
    case 'int32':
      if (data instanceof Int32Array) return new ort.Tensor('int32', data, dims);
      return new ort.Tensor(
        'int32',
        Int32Array.from(numbers(data), (v) => Math.round(v)),
        dims,
      );
    default:
      throw new Error(`unsupported input element type ${type}`);
  }
}

/**
 * One ONNX Runtime session: inputs and outputs as the graph declares them, type conversion at the boundary,
 * reused output buffers, and the time spent inside the runtime (for the engine's "outside the model" share).
 */
export class OnnxSession {
  /** The component this session runs (`text_encoder`, `transformer`, …), for errors and logs. */
  readonly name: string;
  readonly device: Device;
  readonly inputs: readonly TensorSpec[];
  readonly outputs: readonly TensorSpec[];
  /** Milliseconds spent inside `run`, accumulated since creation or the last {@link resetTime}. */
  ms = 0;
  readonly #session: ort.InferenceSession;

  constructor(name: string, device: Device, session: ort.InferenceSession) {
    this.name = name;
    this.device = device;
    this.#session = session;
    this.inputs = specs(session.inputMetadata);
    this.outputs = specs(session.outputMetadata);
  }

  /** Input names in graph order. */
  get inputNames(): string[] {
    return this.inputs.map((s) => s.name);
  }

  /** Output names in graph order. */
  get outputNames(): string[] {
    return this.outputs.map((s) => s.name);
  }

  /** The declared input, if the graph has one by that name. */
  input(name: string): TensorSpec | undefined {
    return this.inputs.find((s) => s.name === name);
  }

  /** Resets the accumulated runtime counter. */
  resetTime(): void {
    this.ms = 0;
  }

  /**
   * Runs the graph. Feeds are converted to the declared element types; float32 outputs named in `into` are
   * written into those caller-owned buffers instead of freshly allocated ones (ONNX Runtime fills them in
   * place), which keeps the denoising loop free of per-step allocations of the big tensors.
   */
  async run(feeds: Record<string, Feed>, into?: Record<string, Output>): Promise<Record<string, Output>> {
    const ortFeeds: Record<string, ort.Tensor> = {};
    for (const spec of this.inputs) {
      const feed = feeds[spec.name];
      if (feed === undefined) {
        throw new ModelRunError(`${this.name}: no value for input "${spec.name}"`, this.name);
      }
      ortFeeds[spec.name] = convert(feed, spec.type);
    }
    let fetches: Record<string, ort.Tensor | null> | undefined;
    if (into !== undefined) {
      fetches = {};
      for (const spec of this.outputs) {
        const dst = into[spec.name];
        fetches[spec.name] =
          dst !== undefined && spec.type === 'float32'
            ? new ort.Tensor('float32', dst.data, dst.dims as number[])
            : null;
      }
    }
    const t0 = performance.now();
    let result: ort.InferenceSession.OnnxValueMapType;
    try {
      result =
        fetches === undefined
          ? await this.#session.run(ortFeeds)
          : await this.#session.run(ortFeeds, fetches as ort.InferenceSession.FetchesType);
    } catch (cause) {
      throw new ModelRunError(`${this.name}: ${(cause as Error).message}`, this.name, { cause });
    } finally {
      this.ms += performance.now() - t0;
    }
    const out: Record<string, Output> = {};
    for (const spec of this.outputs) {
      const value = result[spec.name];
      if (value === undefined) continue;
      const dims = value.dims;
      const pre = into?.[spec.name];
      if (pre !== undefined && spec.type === 'float32') {
        out[spec.name] = { data: pre.data, dims };
      } else if (value.type === 'float16') {
        out[spec.name] = { data: fromFloat16(value.data as Uint16Array), dims };
      } else if (value.type === 'float32') {
        out[spec.name] = { data: value.data as Float32Array, dims };
      }
    }
    return out;
  }

  /** Frees the native session. */
  async release(): Promise<void> {
    await this.#session.release();
  }
}

/** How the backend is set up: ENGINE_DEVICE, intra-op threads, and where its log lines go. */
export interface BackendOptions {
  device?: DeviceRequest;
  /** Intra-op threads per session; 0 or absent lets ONNX Runtime pick (one per physical core). */
  threads?: number;
  log: Log;
  /** Host capabilities; probed from the installed onnxruntime-node when absent. */
  probe?: DeviceProbe;
}

/**
 * The only door to ONNX Runtime: picks the device once, logs which and why, and opens sessions on it.
 * With ENGINE_DEVICE=auto a CUDA session that fails to start moves this backend, and every later session,
 * to CPU with a warning; with ENGINE_DEVICE=cuda the failure is an error.
 */
export class OnnxBackend {
  #device: Device;
  readonly #request: DeviceRequest;
  readonly #threads: number;
  readonly #log: Log;

  constructor(options: BackendOptions) {
    this.#request = options.device ?? 'auto';
    this.#threads = options.threads ?? 0;
    this.#log = options.log;
    const choice = chooseDevice(this.#request, options.probe ?? probeDevice());
    this.#device = choice.device;
    this.#log.info(`onnx: using ${choice.device} (${choice.reason})`, {
      device: choice.device,
      providers: choice.providers,
      threads: this.#threads || 'auto',
    });
  }

  /** The device sessions are opened on now. */
  get device(): Device {
    return this.#device;
  }

  /** Opens `path` as the session for component `name` on the backend's device. */
  async open(path: string, name: string): Promise<OnnxSession> {
    try {
      const session = new OnnxSession(name, this.#device, await this.#create(path, this.#device));
      if (!DEVICE_PROFILES[this.#device].fp16 && session.inputs.some((s) => s.type === 'float16')) {
        // CPU kernels mostly lack float16: ONNX Runtime inserts casts around them, which works but is slow.
        this.#log.warn(`onnx: ${name} is a float16 export running on ${this.#device}; expect it to be slow`, {
          component: name,
        });
      }
      return session;
    } catch (cause) {
      if (this.#device === 'cuda') {
        const message = (cause as Error).message;
        if (this.#request === 'cuda') {
          throw new DeviceUnavailable(
            `ENGINE_DEVICE=cuda but the CUDA execution provider could not start: ${message}. See docs/gpu.md.`,
            'cuda',
            { cause },
          );
        }
        this.#log.warn('onnx: CUDA session failed to start; falling back to CPU for this engine', {
          component: name,
          error: message,
        });
        this.#device = 'cpu';
        return this.open(path, name);
      }
      throw new ModelLoadError(`cannot load ${name} from ${path}: ${(cause as Error).message}`, path, {
        cause,
      });
    }
  }

  async #create(path: string, device: Device): Promise<ort.InferenceSession> {
    const options: ort.InferenceSession.SessionOptions = {
      executionProviders: [...DEVICE_PROFILES[device].providers],
      graphOptimizationLevel: 'all',
      // The engine runs one graph at a time: inter-op parallelism only adds threads competing for cores.
      executionMode: 'sequential',
      interOpNumThreads: 1,
      logSeverityLevel: 3,
    };
    if (this.#threads > 0) options.intraOpNumThreads = this.#threads;
    return ort.InferenceSession.create(path, options);
  }
}
