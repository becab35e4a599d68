import { bmffMimeType, type C2paReader, type C2paReport, nativeC2paReader } from './c2pa/index.js';
import { ClipUndecodable, type DecodeLimits, decodeFrames } from './decode.js';
import type { RegistryRecord } from './registry.js';
import {
  MIN_DETECT_SIDE,
  WATERMARK_ALGORITHM,
  WatermarkDetector,
  type WatermarkKey,
} from './watermark/index.js';

/**
 * What verifying a clip needs, all passed in so each caller (the CLI, the bot's /verify, the web page, a
 * test) brings its own: ffmpeg to decode frames, the watermark key, a C2PA reader, and the registry.
 */
export interface VerifyDeps {
  /** The ffmpeg binary (src/engine's findFfmpeg finds one). */
  ffmpeg: string;
  /** The deployment's watermark key: deriveWatermarkKey(WATERMARK_KEY). */
  watermarkKey: WatermarkKey;
  /** Validates the C2PA manifest. Default: the native reader, no trust anchors (local signers read `untrusted`). */
  c2pa?: C2paReader;
  /** Looks a registry id up (a ProvenanceRegistry); null or absent: the report's registry is null. */
  registry?: { lookup(id: string): Promise<RegistryRecord | null> } | null;
  /** Bounds on decoding a file someone handed in (frames read, largest size, time). */
  decode?: Omit<DecodeLimits, 'ffmpeg' | 'signal'>;
  signal?: AbortSignal;
}

/** What the watermark detector found. */
export interface WatermarkReport {
  found: boolean;
  /** The payload (the registry id), 12 hex digits, when found. */
  payload?: string;
  /** How strongly the key's pattern is present, 0 to 1 (found means ≥ 0.5 and a payload that checks). */
  confidence: number;
  /** Why nothing could be read (the file is not a video, or too small). */
  reason?: string;
}

/** The provenance of one clip: its C2PA manifest, its watermark, and what the registry knows of it. */
export interface VerifyReport {
  c2pa: C2paReport;
  watermark: WatermarkReport;
  /** The registry's record for the watermark's payload (or, failing that, the manifest's soft binding). */
  registry: RegistryRecord | null;
}

/**
 * Verifies a clip: reads and validates its C2PA manifest, decodes its frames and looks for the watermark,
 * and looks the payload up in the registry. Metadata stripped or a re-encode leave the watermark (and the
 * registry) to answer; a clip from elsewhere has neither. Never throws for a bad file: the report says why.
 */
export async function verifyClip(bytes: Uint8Array, deps: VerifyDeps): Promise<VerifyReport> {
  const reader = deps.c2pa ?? nativeC2paReader();
  const mimeType = bmffMimeType(bytes);
  const [c2pa, watermark] = await Promise.all([
    mimeType
      ? reader(bytes, mimeType)
      : Promise.resolve<C2paReport>({
          state: 'absent',
          reason: 'not an MP4 (ISO BMFF) file, so it cannot carry a C2PA manifest here',
        }),
    readWatermark(bytes, deps),
  ]);
  const payload =
    watermark.payload ??
    (c2pa.state !== 'invalid' && c2pa.summary?.softBinding?.algorithm === WATERMARK_ALGORITHM
      ? c2pa.summary.softBinding.payload
      : undefined);
  const registry = payload && deps.registry ? await deps.registry.lookup(payload) : null;
  return { c2pa, watermark, registry };
}

async function readWatermark(bytes: Uint8Array, deps: VerifyDeps): Promise<WatermarkReport> {
  let detector: WatermarkDetector | undefined;
  let tooSmall = false;
  try {
    await decodeFrames(
      bytes,
      { ...deps.decode, ffmpeg: deps.ffmpeg, ...(deps.signal && { signal: deps.signal }) },
      (frame, width, height) => {
        if (Math.min(width, height) < MIN_DETECT_SIDE) {
          tooSmall = true;
          return;
        }
        detector ??= new WatermarkDetector(width, height);
        // A stream whose size changes midway: read the frames of the first size.
        if (detector.width === width && detector.height === height) detector.add(frame);
      },
    );
  } catch (error) {
    if (error instanceof ClipUndecodable) return { found: false, confidence: 0, reason: error.message };
    throw error;
  }
  if (!detector) {
    return {
      found: false,
      confidence: 0,
      reason: tooSmall ? `frames are smaller than ${MIN_DETECT_SIDE} px` : 'no frames',
    };
  }
  const detection = detector.detect(deps.watermarkKey);
  const confidence = Math.round(detection.confidence * 1000) / 1000;
  return detection.found && detection.payload
    ? { found: true, payload: Buffer.from(detection.payload).toString('hex'), confidence }
    : { found: false, confidence };
}
