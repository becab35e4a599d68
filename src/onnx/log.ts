/** Structured log fields attached to a message. */
export type LogFields = Record<string, unknown>;

/** A logger object: either pino (fields first) or a plain `{ info(msg, fields), warn(msg, fields) }`. */
export interface LoggerObject {
  info(first: string | LogFields, second?: string | LogFields): void;
  warn(first: string | LogFields, second?: string | LogFields): void;
}

/** A `log(msg, fields)` callback, a `{ info(msg, fields), warn(msg, fields) }` object, or a pino logger. */
export type EngineLogger = ((msg: string, fields?: LogFields) => void) | LoggerObject;

/** Normalised logger used inside the ONNX backend and the pipelines. */
export interface Log {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
}

/** Adapts any {@link EngineLogger} (or none) to {@link Log}; without one, messages are dropped. */
export function toLog(logger: EngineLogger | undefined): Log {
  if (logger === undefined) return { info: () => {}, warn: () => {} };
  if (typeof logger === 'function') {
    return {
      info: (msg, fields) => logger(msg, fields),
      warn: (msg, fields) => logger(msg, { level: 'warn', ...fields }),
    };
  }
  // pino takes (fields, msg); it is recognised by its `child` method, which plain objects do not have.
  if (typeof (logger as { child?: unknown }).child === 'function') {
    return {
      info: (msg, fields) => logger.info(fields ?? {}, msg),
      warn: (msg, fields) => logger.warn(fields ?? {}, msg),
    };
  }
  return {
    info: (msg, fields) => (fields === undefined ? logger.info(msg) : logger.info(msg, fields)),
    warn: (msg, fields) => (fields === undefined ? logger.warn(msg) : logger.warn(msg, fields)),
  };
}
