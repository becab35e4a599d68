import { describe, expect, it } from 'vitest';
import {
  bmffMimeType,
  candidateId,
  clipManifest,
  parseRegistryId,
  registryIdHex,
  reportFromError,
  reportFromStore,
  TRAINED_ALGORITHMIC_MEDIA,
  WATERMARK_ALGORITHM,
} from '../../src/provenance/index.js';

const base = {
  generator: { name: 'zoetrope', version: '1.2.3' },
  model: { name: 'zoetrope-tiny', version: '2.2.0' },
  watermark: {
    algorithm: WATERMARK_ALGORITHM,
    payload: Uint8Array.from([0xa1, 0xb2, 0xc3, 0xd4, 0xe5, 0xf6]),
  },
};

// biome-ignore lint/suspicious/noExplicitAny: assertion data is free-form JSON; the tests compare it whole
type Assertion = { label: string; data: any };

describe('the clip manifest', () => {
  it('GIVEN a new clip THEN it is created by the model as trained algorithmic media, watermarked, and names the watermark as soft binding', () => {
    const { manifest, ingredients } = clipManifest(base);
    expect(manifest.claim_generator_info).toEqual([{ name: 'zoetrope', version: '1.2.3' }]);
    expect(manifest.format).toBe('video/mp4');
    const assertions = manifest.assertions as Assertion[];
    const actions = assertions.find((a) => a.label === 'c2pa.actions')!.data.actions;
    expect(actions[0]).toEqual({
      action: 'c2pa.created',
      digitalSourceType: TRAINED_ALGORITHMIC_MEDIA,
      softwareAgent: { name: 'zoetrope-tiny', version: '2.2.0' },
    });
    expect(actions[1].action).toBe('c2pa.watermarked');
    expect(assertions.find((a) => a.label === 'c2pa.soft-binding')!.data).toEqual({
      alg: WATERMARK_ALGORITHM,
      blocks: [{ scope: {}, value: Buffer.from('a1b2c3d4e5f6', 'hex').toString('base64') }],
    });
    expect(ingredients).toEqual([]);
  });

  it('GIVEN a server that did not turn it on THEN no prompt, caption or member id is anywhere in the manifest', () => {
    const secretPrompt = 'my very private prompt';
    const without = JSON.stringify(clipManifest(base));
    expect(without).not.toContain(secretPrompt);
    expect(without).not.toContain('100000000000000001');
    const withIt = clipManifest({
      ...base,
      generation: {
        prompt: secretPrompt,
        caption: 'a caption',
        requester: { source: 'discord', userId: '100000000000000001' },
      },
    });
    const generation = (withIt.manifest.assertions as Assertion[]).find(
      (a) => a.label === 'io.zoetrope.generation',
    );
    expect(generation?.data).toEqual({
      prompt: secretPrompt,
      caption: 'a caption',
      requester: { source: 'discord', userId: '100000000000000001' },
    });
  });

  it('GIVEN an extended clip THEN the created action points at the parent ingredient, named by job and registry id, with its MP4 when stored', () => {
    const mp4 = Buffer.from('parent bytes');
    const { manifest, ingredients } = clipManifest({
      ...base,
      parent: { jobId: 'job-7', registryId: '0123456789ab', relationship: 'parentOf', mp4 },
    });
    const created = (manifest.assertions as Assertion[])[0]!.data.actions[0];
    expect(created.parameters).toEqual({ ingredientIds: ['parent-clip'] });
    expect(ingredients).toEqual([
      {
        json: {
          title: 'zoetrope clip 0123456789ab',
          format: 'video/mp4',
          relationship: 'parentOf',
          label: 'parent-clip',
          instance_id: 'zoetrope:job:job-7',
          description: 'zoetrope registry id 0123456789ab',
        },
        asset: { bytes: mp4, mimeType: 'video/mp4' },
      },
    ]);
  });
});

describe('reading a validator’s verdict', () => {
  const manifest = {
    claim_generator_info: [{ name: 'zoetrope', version: '1.2.3' }],
    title: 'zoetrope clip a1b2c3d4e5f6',
    signature_info: { issuer: 'zoetrope', common_name: 'zoetrope clip signer' },
    assertions: [
      {
        label: 'c2pa.actions.v2',
        data: {
          actions: [
            {
              action: 'c2pa.created',
              digitalSourceType: TRAINED_ALGORITHMIC_MEDIA,
              softwareAgent: { name: 'zoetrope-tiny', version: '2.2.0' },
            },
            { action: 'c2pa.watermarked' },
          ],
        },
      },
      {
        label: 'c2pa.soft-binding',
        data: { alg: WATERMARK_ALGORITHM, blocks: [{ scope: {}, value: 'obLD1OX2' }] },
      },
    ],
    ingredients: [
      { title: 'zoetrope clip 0123456789ab', relationship: 'parentOf', active_manifest: 'urn:x' },
    ],
  };
  const store = (state: string, failure: Array<{ code: string; explanation?: string }> = []) => ({
    active_manifest: 'urn:a',
    manifests: { 'urn:a': manifest },
    validation_results: { activeManifest: { success: [], informational: [], failure } },
    validation_state: state,
  });
  const untrusted = { code: 'signingCredential.untrusted', explanation: 'signing certificate untrusted' };

  it('GIVEN each validation state THEN the five states come out right', () => {
    expect(reportFromStore(store('Trusted')).state).toBe('trusted');
    expect(reportFromStore(store('Valid')).state).toBe('valid');
    expect(reportFromStore(store('Valid', [untrusted])).state).toBe('untrusted');
    const invalid = reportFromStore(
      store('Invalid', [untrusted, { code: 'assertion.bmffHash.mismatch', explanation: 'asset hash error' }]),
    );
    expect(invalid.state).toBe('invalid');
    expect(invalid.reason).toBe('assertion.bmffHash.mismatch (asset hash error)');
    expect(reportFromStore({}).state).toBe('absent');
    expect(reportFromError(new Error('C2pa(JumbfNotFound)')).state).toBe('absent');
    expect(reportFromError('C2pa(BmffError(InvalidFileSignature { … }))').state).toBe('absent');
    expect(
      reportFromError(new Error('C2pa(InvalidAsset("Box size extends beyond asset bounds"))')).state,
    ).toBe('invalid');
  });

  it('GIVEN a zoetrope manifest THEN the summary names generator, model, AI source, actions, soft binding and parent', () => {
    expect(reportFromStore(store('Valid', [untrusted])).summary).toEqual({
      title: 'zoetrope clip a1b2c3d4e5f6',
      claimGenerator: 'zoetrope 1.2.3',
      signer: { issuer: 'zoetrope', commonName: 'zoetrope clip signer' },
      aiGenerated: true,
      softwareAgent: 'zoetrope-tiny 2.2.0',
      actions: ['c2pa.created', 'c2pa.watermarked'],
      softBinding: { algorithm: WATERMARK_ALGORITHM, payload: 'a1b2c3d4e5f6' },
      ingredients: [{ title: 'zoetrope clip 0123456789ab', relationship: 'parentOf', signed: true }],
    });
  });

  it('GIVEN file heads THEN only ISO BMFF files are handed to C2PA', () => {
    const head = (box: string, brand: string) =>
      Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from(box + brand)]);
    expect(bmffMimeType(head('ftyp', 'isom'))).toBe('video/mp4');
    expect(bmffMimeType(head('ftyp', 'qt  '))).toBe('video/quicktime');
    expect(bmffMimeType(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeUndefined();
    expect(bmffMimeType(Buffer.from('GIF89a'))).toBeUndefined();
  });
});

describe('registry ids', () => {
  it('GIVEN a job id THEN its candidate ids are fixed, 48 bits, different per job and per try', () => {
    expect(registryIdHex(candidateId('job-1', 0))).toBe(registryIdHex(candidateId('job-1', 0)));
    expect(candidateId('job-1', 0)).toHaveLength(6);
    expect(registryIdHex(candidateId('job-1', 0))).not.toBe(registryIdHex(candidateId('job-2', 0)));
    expect(registryIdHex(candidateId('job-1', 0))).not.toBe(registryIdHex(candidateId('job-1', 1)));
    expect(parseRegistryId('A1B2C3D4E5F6')).toEqual(Uint8Array.from([0xa1, 0xb2, 0xc3, 0xd4, 0xe5, 0xf6]));
    expect(parseRegistryId('a1b2')).toBeUndefined();
  });
});
