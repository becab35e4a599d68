/** A verifier that is already at capacity; the page answers 503, the bot asks the member to retry. */
export class VerifyBusy extends Error {
  override readonly name = 'VerifyBusy';
  readonly code = 'VERIFY_BUSY';
  constructor() {
    super('too many clips are being verified at once');
  }
}
