import type { SigningCredentials } from '../keys/index.js';
import type { ManifestDefinition } from './manifest.js';
import { type C2paReader, reportFromError, reportFromStore } from './report.js';

// The native c2pa-rs build (@contentauth/c2pa-node, a 48 MB Node-API binary shipped in its npm tarball) is
// loaded on first use, so a process that never signs or reads a manifest never maps it.
type Native = typeof import('@contentauth/c2pa-node');
let native: Promise<Native> | undefined;

/** The C2PA library could not be loaded (a platform without its prebuilt binary). */
export class C2paUnavailable extends Error {
  override readonly name = 'C2paUnavailable';
  readonly code = 'C2PA_UNAVAILABLE';
}

function loadNative(): Promise<Native> {
  native ??= import('@contentauth/c2pa-node').catch((error: unknown) => {
    native = undefined;
    throw new C2paUnavailable(
      `@contentauth/c2pa-node could not load its native binary (${String((error as Error)?.message ?? error).slice(0, 200)}); ` +
        'it ships for linux-x64 glibc: see docs/provenance.md',
    );
  });
  return native;
}

/** Signs MP4 bytes with a C2PA manifest and returns the signed file. */
export interface ClipSigner {
  /** Facts about the signer that are safe to show (never the key). */
  readonly credentials: SigningCredentials;
  sign(mp4: Buffer, definition: ManifestDefinition): Promise<Buffer>;
}

/** Opens a signer on the native C2PA library with these credentials (loads the library once). */
export async function openC2paSigner(credentials: SigningCredentials): Promise<ClipSigner> {
  const { Builder, LocalSigner } = await loadNative();
  const signer = LocalSigner.newSigner(
    Buffer.from(credentials.chainPem),
    Buffer.from(credentials.privateKeyPem()),
    credentials.algorithm,
  );
  return {
    credentials,
    async sign(mp4, definition) {
      const builder = Builder.withJson(definition.manifest as never);
      for (const ingredient of definition.ingredients) {
        const json = JSON.stringify(ingredient.json);
        if (ingredient.asset) {
          await builder.addIngredient(json, {
            buffer: ingredient.asset.bytes,
            mimeType: ingredient.asset.mimeType,
          });
        } else {
          await builder.addIngredient(json);
        }
      }
      const output: { buffer: Buffer | null } = { buffer: null };
      builder.sign(signer, { buffer: mp4, mimeType: 'video/mp4' }, output);
      if (!output.buffer) throw new Error('C2PA signing returned no file');
      return output.buffer;
    },
  };
}

/**
 * A reader on the native C2PA library. `trustAnchors` (PEM) are the certificates whose signers count as
 * trusted; without any, every valid manifest reads as `untrusted` (or `valid` when `verifyTrust` is off).
 */
export function nativeC2paReader(
  options: { trustAnchors?: string | undefined; verifyTrust?: boolean } = {},
): C2paReader {
  const settings = JSON.stringify({
    ...(options.trustAnchors && { trust: { trust_anchors: options.trustAnchors } }),
    verify: { verify_trust: options.verifyTrust ?? true },
  });
  return async (bytes, mimeType) => {
    const { Reader } = await loadNative();
    try {
      const reader = await Reader.fromAsset({ buffer: Buffer.from(bytes), mimeType }, settings);
      if (reader === null) return { state: 'absent', reason: 'the file carries no C2PA manifest' };
      return reportFromStore(reader.json());
    } catch (error) {
      return reportFromError(error);
    }
  };
}
