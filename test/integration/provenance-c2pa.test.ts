import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ClipSigner,
  clipManifest,
  createCertificateAuthority,
  issueSigningCertificate,
  loadSigningCredentials,
  nativeC2paReader,
  openC2paSigner,
  SigningCredentials,
  WATERMARK_ALGORITHM,
} from '../../src/provenance/index.js';
import { wasmC2paReader, wasmManifestStore } from '../helpers/c2pa-wasm.js';
import { flipMdatByte, testSourceClip } from '../helpers/mp4.js';

// Signed by the native build (@contentauth/c2pa-node), judged by the wasm build (@contentauth/c2pa-wasm),
// so our own validator is never the only one to say a clip is valid.

const manifest = (payload = [1, 2, 3, 4, 5, 6]) =>
  clipManifest({
    generator: { name: 'zoetrope', version: '0.1.0' },
    model: { name: 'zoetrope-tiny', version: '2.2.0' },
    watermark: { algorithm: WATERMARK_ALGORITHM, payload: Uint8Array.from(payload) },
  });

let signer: ClipSigner;
let caPem: string;
let clip: Buffer;
let signed: Buffer;

beforeAll(async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zoetrope-c2pa-'));
  const credentials = await loadSigningCredentials({ dataDir }, pino({ level: 'silent' }));
  caPem = credentials.localCaPem!;
  signer = await openC2paSigner(credentials);
  clip = await testSourceClip();
  signed = await signer.sign(clip, manifest());
});

describe('C2PA signing (native) judged by the other build (wasm)', () => {
  it('GIVEN a clip signed with the local CA THEN it validates, as signed by an untrusted signer, and stays an MP4 a few KB larger', async () => {
    const report = await wasmC2paReader()(signed, 'video/mp4');
    expect(report.state).toBe('untrusted');
    expect(report.summary).toMatchObject({
      claimGenerator: 'zoetrope 0.1.0',
      aiGenerated: true,
      softwareAgent: 'zoetrope-tiny 2.2.0',
      actions: ['c2pa.created', 'c2pa.watermarked'],
      softBinding: { algorithm: WATERMARK_ALGORITHM, payload: '010203040506' },
    });
    // The SDK's hard binding over the MP4's boxes.
    const store = await wasmManifestStore(signed);
    const active = store.manifests[store.active_manifest];
    expect(active?.assertions.map((a) => a.label)).toContain('c2pa.hash.bmff.v3');
    expect(signed.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(signed.length - clip.length).toBeGreaterThan(5_000);
    expect(signed.length - clip.length).toBeLessThan(40_000);
    // Our native reader agrees.
    expect((await nativeC2paReader()(signed, 'video/mp4')).state).toBe('untrusted');
  });

  it('GIVEN the local CA as a trust anchor THEN both builds report the clip as trusted', async () => {
    expect((await wasmC2paReader(caPem)(signed, 'video/mp4')).state).toBe('trusted');
    expect((await nativeC2paReader({ trustAnchors: caPem })(signed, 'video/mp4')).state).toBe('trusted');
  });

  it('GIVEN one flipped byte in the media data THEN both builds call it invalid, naming the hash mismatch', async () => {
    const tampered = flipMdatByte(signed);
    for (const reader of [wasmC2paReader(caPem), nativeC2paReader({ trustAnchors: caPem })]) {
      const report = await reader(tampered, 'video/mp4');
      expect(report.state).toBe('invalid');
      expect(report.reason).toMatch(/assertion\.bmffHash\.mismatch/);
    }
  });

  it('GIVEN a clip never signed THEN both builds say absent', async () => {
    for (const reader of [wasmC2paReader(), nativeC2paReader()]) {
      expect((await reader(clip, 'video/mp4')).state).toBe('absent');
    }
  });

  it("GIVEN an operator's certificate chain THEN its signer is named and, anchored, trusted", async () => {
    const ca = createCertificateAuthority({ commonName: 'Operator Root', organization: 'Example Org' }, 365);
    const leaf = issueSigningCertificate(
      ca,
      { commonName: 'Example Clips', organization: 'Example Org' },
      365,
    );
    const operator = await openC2paSigner(
      new SigningCredentials(
        leaf.certificatePem + ca.certificatePem,
        leaf.privateKeyPem,
        'es256',
        'operator',
      ),
    );
    const report = await wasmC2paReader(ca.certificatePem)(
      await operator.sign(clip, manifest()),
      'video/mp4',
    );
    expect(report.state).toBe('trusted');
    expect(report.summary?.signer).toMatchObject({ commonName: 'Example Clips', issuer: 'Example Org' });
  });
});
