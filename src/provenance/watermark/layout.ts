// The watermark's geometry and channel sizes, shared by embed and detect.

/** Cells along the frame's short side: the cell size is relative, so any resize keeps the cell grid. */
export const CELLS_PER_SHORT_SIDE = 64;
/** The pattern repeats every TILE×TILE cells, so any crop that keeps one tile's worth of cells keeps it all. */
export const TILE = 18;
export const TILE_CELLS = TILE * TILE;

export const PAYLOAD_BYTES = 6;
export const PAYLOAD_BITS = PAYLOAD_BYTES * 8;
/** Keyed check bits appended to the payload (truncated HMAC-SHA256). */
export const CHECK_BITS = 24;
export const INFO_BITS = PAYLOAD_BITS + CHECK_BITS;
/** Convolutional code: constraint length 7, rate 1/3 (LTE's generators 133, 171, 165 octal), zero tail. */
export const CONSTRAINT = 7;
export const GENERATORS = [0o133, 0o171, 0o165] as const;
export const CODED_BITS = GENERATORS.length * (INFO_BITS + CONSTRAINT - 1);
/** Tile cells that carry no data: keyed ±1 chips the detector correlates against to find scale and shift. */
export const PILOT_CELLS = TILE_CELLS - CODED_BITS;

/**
 * Smallest short side (pixels) embedWatermark accepts: 4 px cells, which a 0.5× downscale leaves at 2 px,
 * the least the evaluation shows surviving. The engine embeds at display size (256 by default).
 */
export const MIN_EMBED_SIDE = 256;
/** Smallest short side (pixels) the detector reads: 1.5 px per cell at the pattern's native scale. */
export const MIN_DETECT_SIDE = 96;

/**
 * Nominal peak luma amplitude of a cell (8-bit levels; the field's RMS is 0.75× this for random chips, about
 * 41 dB PSNR). embedWatermark calibrates each clip's amplitude from here to TARGET_PSNR.
 */
export const AMPLITUDE = 3.0;
/** PSNR (dB, the lower of luma and RGB) each clip's amplitude is calibrated to: the limit is 40. */
export const TARGET_PSNR = 40.5;
/**
 * Most a clip's amplitude may exceed AMPLITUDE: clips whose black or white areas clip part of the pattern
 * away, and dark clips, whose dark areas take the pattern at STRENGTH.floor and leave the budget to the rest.
 */
export const MAX_GAIN = 2.0;

/**
 * How much of the pattern a pixel takes, by its own level (per channel, 0–255): `floor` at or below `dark`,
 * all of it from `full` up, linear between. Near black, a clip darkened by a tenth (about −26 levels) clips
 * the mark away whatever its height, so the budget goes where it survives: the calibration spends what dark
 * areas save on brighter ones. Both the JS merge (mergePattern) and the encoder's ffmpeg merge read these
 * numbers, with the same arithmetic, so they produce the same pixels.
 */
export const STRENGTH = { floor: 0.5, dark: 24, full: 48 } as const;
/**
 * Frames, spread over the clip, that the amplitude is calibrated on. The engine's path (watermarkPattern)
 * has no later check over the whole clip, so the sample must stand for it: 16 keep the clip's PSNR within a
 * few tenths of a dB of the target on the eval's clips.
 */
export const CALIBRATION_FRAMES = 16;
/** Levels of amplitude the calibration's bisection stops within (offsets are whole levels anyway). */
export const CALIBRATION_PRECISION = 0.05;

/**
 * The raised-cosine interpolation weight of the nearer cell centre at fractional position `frac` ∈ [0, 1)
 * between two centres; the farther one gets 1 − w. The two sum to one, so a run of equal chips is a flat
 * plateau with no seams at cell edges, and a change of sign is a smooth half-cosine.
 */
export function kernelWeight(frac: number): number {
  const c = Math.cos((Math.PI * frac) / 2);
  return c * c;
}
