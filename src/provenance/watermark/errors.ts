/** Why a watermark call refused its input: a bad key, payload, frame size or frame buffer. */
export type WatermarkErrorCode =
  | 'WATERMARK_KEY_TOO_SHORT'
  | 'WATERMARK_PAYLOAD_SIZE'
  | 'WATERMARK_FRAME_TOO_SMALL'
  | 'WATERMARK_FRAME_SIZE'
  | 'WATERMARK_NO_FRAMES';

/** A caller passed something the watermark cannot work with; the message says what and the limit. */
export class WatermarkInputError extends Error {
  override readonly name = 'WatermarkInputError';
  constructor(
    readonly code: WatermarkErrorCode,
    message: string,
  ) {
    super(message);
  }
}
