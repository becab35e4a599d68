/** The longest prompt the contract carries, in characters (Discord's own limit for a slash option). */
export const PROMPT_MAX_CHARS = 1000;

// What draws nothing on its own: whitespace, control and format characters (zero-width space and joiners,
// word joiner, byte-order mark, bidi and tag characters), combining marks with nothing to combine with,
// lone surrogates, and the letters and symbols fonts draw blank (Hangul fillers, the braille blank).
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/**
 * True when a prompt shows nothing a reader could see: empty, or only whitespace, zero-width and other
 * invisible characters. Every entry point (the bot, the CLI, the contract itself) refuses such a prompt
 * as it refuses an empty one.
 */
export function isVisiblyEmpty(text: string): boolean {
  return text.replace(INVISIBLE, '').length === 0;
}
