import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initSync, WasmReader } from '@contentauth/c2pa-wasm';
import { type C2paReader, reportFromError, reportFromStore } from '../../src/provenance/index.js';

let ready = false;

/** The wasm build of c2pa-rs, loaded once: the validator our native signer did not come with. */
function init(): void {
  if (ready) return;
  const require = createRequire(import.meta.url);
  initSync({ module: readFileSync(require.resolve('@contentauth/c2pa-wasm/c2pa.wasm')) });
  ready = true;
}

/** The parts of a c2pa-rs manifest store the tests look at. */
export interface ManifestStoreJson {
  active_manifest: string;
  manifests: Record<
    string,
    {
      assertions: Array<{ label: string; data: unknown }>;
      ingredients?: Array<{
        title?: string;
        relationship?: string;
        instance_id?: string;
        active_manifest?: string;
      }>;
    }
  >;
  validation_state?: string;
}

/** The manifest store JSON the wasm reader sees in `bytes` (throws when there is none). */
export async function wasmManifestStore(
  bytes: Uint8Array,
  trustAnchors?: string,
): Promise<ManifestStoreJson> {
  init();
  const reader = await WasmReader.fromBytes('video/mp4', new Uint8Array(bytes), settings(trustAnchors));
  try {
    return JSON.parse(reader.json()) as ManifestStoreJson;
  } finally {
    reader.free();
  }
}

/** A C2paReader on the wasm build, for verifyClip: the independent judge of what the engine signed. */
export function wasmC2paReader(trustAnchors?: string): C2paReader {
  return async (bytes) => {
    try {
      return reportFromStore(await wasmManifestStore(bytes, trustAnchors));
    } catch (error) {
      return reportFromError(error);
    }
  };
}

function settings(trustAnchors: string | undefined): string {
  return JSON.stringify({
    ...(trustAnchors && { trust: { trust_anchors: trustAnchors } }),
    verify: { verify_trust: true },
  });
}
