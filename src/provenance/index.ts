// Provenance's door: the C2PA manifest and signer, the invisible watermark, the registry, and verification.
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import { type C2paReader, type ClipSigner, nativeC2paReader, openC2paSigner } from './c2pa/index.js';
import { type KeySources, loadSigningCredentials, loadWatermarkSecret } from './keys/index.js';
import { ProvenanceRegistry } from './registry.js';
import type { VerifyDeps } from './verify.js';
import { zoetropeVersion } from './version.js';
import { deriveWatermarkKey, type WatermarkKey } from './watermark/index.js';

export {
  bmffMimeType,
  type C2paReader,
  type C2paReport,
  type C2paState,
  type C2paSummary,
  C2paUnavailable,
  type ClipManifestInput,
  type ClipSigner,
  clipManifest,
  type IngredientRelationship,
  type ManifestDefinition,
  nativeC2paReader,
  openC2paSigner,
  type ParentClip,
  reportFromError,
  reportFromStore,
  TRAINED_ALGORITHMIC_MEDIA,
} from './c2pa/index.js';
export { ClipUndecodable, type DecodeLimits, decodeFrames } from './decode.js';
export {
  createCertificateAuthority,
  issueSigningCertificate,
  type KeySources,
  loadSigningCredentials,
  loadWatermarkSecret,
  ProvenanceKeyError,
  provenanceDir,
  SigningCredentials,
} from './keys/index.js';
export {
  candidateId,
  ProvenanceRegistry,
  parseRegistryId,
  REGISTRY_ID_BYTES,
  RegistryFull,
  type RegistryRecord,
  registryIdHex,
  registryRecordSchema,
} from './registry.js';
export { type VerifyDeps, type VerifyReport, verifyClip, type WatermarkReport } from './verify.js';
export { zoetropeVersion } from './version.js';
export {
  deriveWatermarkKey,
  detectWatermark,
  embedWatermark,
  MIN_DETECT_SIDE,
  MIN_EMBED_SIDE,
  mergePattern,
  PAYLOAD_BYTES,
  WATERMARK_ALGORITHM,
  type WatermarkDetection,
  WatermarkDetector,
  WatermarkInputError,
  type WatermarkKey,
  type WatermarkPattern,
  watermarkPattern,
} from './watermark/index.js';

/** The settings provenance reads. */
export type ProvenanceConfig = Pick<
  Config,
  'DATA_DIR' | 'C2PA_CERT' | 'C2PA_KEY' | 'C2PA_TRUST_ANCHORS' | 'WATERMARK_KEY' | 'PROVENANCE_TTL_SECONDS'
>;

/** What an engine signs and marks clips with, opened once at start. */
export interface Provenance {
  /** The claim generator: zoetrope and its version. */
  readonly generator: { name: string; version: string };
  readonly watermarkKey: WatermarkKey;
  readonly signer: ClipSigner;
  readonly registry: ProvenanceRegistry;
}

/** The Redis key of a registry id (src/queue/keys.ts's `provenance`). */
export type RegistryKeyOf = (idHex: string) => string;

const keySources = (config: ProvenanceConfig): KeySources => ({
  dataDir: config.DATA_DIR,
  c2paCert: config.C2PA_CERT,
  c2paKey: config.C2PA_KEY,
  watermarkKey: config.WATERMARK_KEY,
});

/**
 * Opens provenance for an engine: the signing credentials (C2PA_CERT/C2PA_KEY, or a local CA made under
 * DATA_DIR, logged once), the watermark key (WATERMARK_KEY, or a secret made under DATA_DIR), the native
 * C2PA signer, and the registry.
 */
export async function openProvenance(
  config: ProvenanceConfig,
  services: { redis: Redis; registryKey: RegistryKeyOf; log: Logger },
): Promise<Provenance> {
  const sources = keySources(config);
  const [credentials, { secret }] = await Promise.all([
    loadSigningCredentials(sources, services.log),
    loadWatermarkSecret(sources, services.log),
  ]);
  const watermarkKey = deriveWatermarkKey(secret);
  const signer = await openC2paSigner(credentials);
  services.log.info({ watermark: watermarkKey.fingerprint, c2pa: credentials }, 'provenance ready');
  return {
    generator: { name: 'zoetrope', version: zoetropeVersion() },
    watermarkKey,
    signer,
    registry: new ProvenanceRegistry(services.redis, services.registryKey, config.PROVENANCE_TTL_SECONDS),
  };
}

/**
 * What verifyClip needs, from the settings: the watermark key (the same one the engines use), a C2PA reader
 * trusting C2PA_TRUST_ANCHORS, and the registry when a Redis is given. The caller adds ffmpeg.
 */
export async function openVerifier(
  config: ProvenanceConfig,
  services: {
    ffmpeg: string;
    log: Logger;
    redis?: Redis | undefined;
    registryKey?: RegistryKeyOf | undefined;
  },
): Promise<VerifyDeps> {
  const { secret } = await loadWatermarkSecret(keySources(config), services.log);
  const trustAnchors = config.C2PA_TRUST_ANCHORS
    ? await trustAnchorsText(config.C2PA_TRUST_ANCHORS)
    : undefined;
  const c2pa: C2paReader = nativeC2paReader({ trustAnchors });
  return {
    ffmpeg: services.ffmpeg,
    watermarkKey: deriveWatermarkKey(secret),
    c2pa,
    registry:
      services.redis && services.registryKey
        ? new ProvenanceRegistry(services.redis, services.registryKey, config.PROVENANCE_TTL_SECONDS)
        : null,
  };
}

async function trustAnchorsText(value: string): Promise<string> {
  if (value.includes('-----BEGIN')) return value.replace(/\\n/g, '\n');
  const { readFile } = await import('node:fs/promises');
  return readFile(value, 'utf8');
}
