/** What was wrong with one field of a payload, in terms a sentence can be built from. */
export interface PayloadProblem {
  /** The field's path, dot-joined (`caption.text`, `prompt`), or `payload` for the whole. */
  field: string;
  /** `too_big` / `too_small` carry the limit (characters for text, the value for numbers). */
  kind: 'too_big' | 'too_small' | 'invalid';
  limit?: number;
}

/** A payload that does not satisfy the job contract; `reason` says which field and why, for a human. */
export class InvalidPayload extends Error {
  override readonly name = 'InvalidPayload';
  readonly code = 'INVALID_PAYLOAD';
  constructor(
    readonly reason: string,
    readonly problem: PayloadProblem = { field: 'payload', kind: 'invalid' },
  ) {
    super(`invalid job payload: ${reason}`);
  }
}
