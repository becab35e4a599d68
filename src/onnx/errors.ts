/** Machine-readable reasons an ONNX model could not be loaded or run. */
export type OnnxErrorCode = 'MODEL_LOAD' | 'MODEL_TOO_LARGE' | 'DEVICE_UNAVAILABLE' | 'MODEL_RUN';

/** A model folder or ONNX file that cannot be used: missing, malformed, or with an unexpected signature. */
export class ModelLoadError extends Error {
  readonly code: OnnxErrorCode = 'MODEL_LOAD';
  /** The file or folder at fault. */
  readonly path: string;
  constructor(message: string, path: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ModelLoadError';
    this.path = path;
  }
}

/** A model whose weights do not fit the memory of the device it would run on; refused before loading. */
export class ModelTooLarge extends Error {
  readonly code: OnnxErrorCode = 'MODEL_TOO_LARGE';
  readonly modelBytes: number;
  readonly availableBytes: number;
  readonly device: string;
  constructor(message: string, fields: { modelBytes: number; availableBytes: number; device: string }) {
    super(message);
    this.name = 'ModelTooLarge';
    this.modelBytes = fields.modelBytes;
    this.availableBytes = fields.availableBytes;
    this.device = fields.device;
  }
}

/** The execution provider explicitly requested (ENGINE_DEVICE=cuda) cannot be used on this host. */
export class DeviceUnavailable extends Error {
  readonly code: OnnxErrorCode = 'DEVICE_UNAVAILABLE';
  readonly device: string;
  constructor(message: string, device: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DeviceUnavailable';
    this.device = device;
  }
}

/** ONNX Runtime rejected a run: wrong shapes or types fed to a session, or a kernel failure. */
export class ModelRunError extends Error {
  readonly code: OnnxErrorCode = 'MODEL_RUN';
  readonly session: string;
  constructor(message: string, session: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ModelRunError';
    this.session = session;
  }
}
