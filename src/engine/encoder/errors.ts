/** How to get a working ffmpeg, appended to every "ffmpeg missing" message so the fix is one line away. */
export const FFMPEG_INSTALL_HINT =
  'install ffmpeg with libx264 (Debian/Ubuntu: `apt-get install ffmpeg`), or run `npm install` to get the ' +
  'bundled @ffmpeg-installer/ffmpeg binary, or set FFMPEG_PATH to an ffmpeg executable';

/** One candidate ffmpeg that was tried and why it was rejected. */
export interface FfmpegCandidate {
  path: string;
  /** Where it came from; `given` is a path passed straight to an encode/decode call. */
  source: 'env' | 'system' | 'npm' | 'given';
  reason: string;
}

/** No usable ffmpeg (with libx264) was found, or the given one cannot be started. */
export class FfmpegMissing extends Error {
  override readonly name = 'FfmpegMissing';
  readonly code = 'FFMPEG_MISSING';
  constructor(readonly tried: readonly FfmpegCandidate[]) {
    const detail = tried.length
      ? tried.map((c) => `${c.source} ${c.path}: ${c.reason}`).join('; ')
      : 'no candidate found';
    super(`ffmpeg not found (${detail}); ${FFMPEG_INSTALL_HINT}`);
  }
}

/** ffmpeg ran but exited non-zero (or was killed by something other than our abort). */
export class FfmpegFailed extends Error {
  override readonly name = 'FfmpegFailed';
  readonly code = 'FFMPEG_FAILED';
  constructor(
    readonly exitCode: number | null,
    readonly exitSignal: NodeJS.Signals | null,
    /** The last lines ffmpeg wrote to stderr: where it says what went wrong. */
    readonly stderrTail: string,
  ) {
    const how = exitCode !== null ? `exit code ${exitCode}` : `signal ${exitSignal ?? 'unknown'}`;
    super(`ffmpeg failed (${how}): ${stderrTail.trim() || 'no output on stderr'}`);
  }
}

/** The clip could not be brought under the size limit within the allowed re-encodes. */
export class ClipTooLarge extends Error {
  override readonly name = 'ClipTooLarge';
  readonly code = 'CLIP_TOO_LARGE';
  constructor(
    /** Size of the smallest encode achieved. */
    readonly bytes: number,
    readonly maxBytes: number,
    readonly attempts: number,
  ) {
    super(`clip is ${bytes} bytes after ${attempts} encode attempts; the limit is ${maxBytes} bytes`);
  }
}

/**
 * The caller's AbortSignal fired; ffmpeg was killed. `name` is 'AbortError' so code that checks
 * `err.name === 'AbortError'` (as for the generator's DOMException) treats both alike.
 */
export class AbortError extends Error {
  override readonly name = 'AbortError';
  readonly code = 'ABORT_ERR';
  constructor(reason?: unknown) {
    super('encoder operation aborted', reason === undefined ? undefined : { cause: reason });
  }
}

/** The caller passed options or frames the encoder cannot use (a bug upstream, not an ffmpeg problem). */
export class EncoderInputError extends Error {
  override readonly name = 'EncoderInputError';
  readonly code = 'ENCODER_INPUT';
}
