/** A payload that does not satisfy the job contract; `reason` says which field and why, for a human. */
export class InvalidPayload extends Error {
  override readonly name = 'InvalidPayload';
  readonly code = 'INVALID_PAYLOAD';
  constructor(readonly reason: string) {
    super(`invalid job payload: ${reason}`);
  }
}
