/**
 * A job the engine cannot run as asked (parent clip expired, conditioning the model lacks …). It fails the
 * job at once with this message for the requester; retrying would not help.
 */
export class JobRejected extends Error {
  override readonly name = 'JobRejected';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
