/** Machine-readable reasons a request cannot be generated as asked. */
export type GenerationErrorCode = 'UNSUPPORTED_REQUEST';

/**
 * A request the loaded model cannot honour (a size it was not trained for, known frames on a latent model
 * without an encoder, a loop shorter than its window allows): the user's input, not a bug.
 */
export class UnsupportedRequest extends Error {
  readonly code: GenerationErrorCode = 'UNSUPPORTED_REQUEST';
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedRequest';
  }
}

/** The DOMException the engine contract asks for when `hooks.signal` fires between steps. */
export function abortError(signal: AbortSignal): DOMException {
  const reason = signal.reason;
  if (reason instanceof DOMException && reason.name === 'AbortError') return reason;
  return new DOMException(typeof reason === 'string' ? reason : 'generation cancelled', 'AbortError');
}

/** Throws the contract's AbortError when `signal` has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}
