import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assertModelFits,
  chooseDevice,
  DEVICE_PROFILES,
  DeviceUnavailable,
  fromFloat16,
  ModelLoadError,
  ModelTooLarge,
  OnnxBackend,
  probeDevice,
  toFloat16,
  toLog,
} from '../../src/onnx/index.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'models');
const quiet = toLog(undefined);
// The fallback tests pretend the CUDA provider is installed on a host where it is not; on a real GPU host
// CUDA would start, so they only run where it cannot.
const noCuda = !probeDevice().cudaProviderInstalled;

describe('device → execution provider table', () => {
  it('GIVEN auto without the CUDA provider THEN CPU, and the reason says how to get CUDA', () => {
    const c = chooseDevice('auto', { cudaProviderInstalled: false });
    expect(c.device).toBe('cpu');
    expect(c.providers).toEqual(['cpu']);
    expect(c.reason).toMatch(/not installed.*docs\/gpu\.md/);
  });

  it('GIVEN auto or cuda with the provider installed THEN CUDA first, CPU as the fallback for missing kernels', () => {
    for (const request of ['auto', 'cuda'] as const) {
      const c = chooseDevice(request, { cudaProviderInstalled: true });
      expect(c.device).toBe('cuda');
      expect(c.providers).toEqual(['cuda', 'cpu']);
    }
  });

  it('GIVEN cpu THEN CPU even where CUDA exists; the table is frozen', () => {
    expect(chooseDevice('cpu', { cudaProviderInstalled: true }).device).toBe('cpu');
    expect(Object.isFrozen(DEVICE_PROFILES)).toBe(true);
    expect(Object.isFrozen(DEVICE_PROFILES.cuda.providers)).toBe(true);
  });

  it('GIVEN the backend starts THEN one log line names the device and why', () => {
    const lines: string[] = [];
    new OnnxBackend({
      device: 'auto',
      log: toLog((msg) => lines.push(msg)),
      probe: { cudaProviderInstalled: false },
    });
    expect(lines).toEqual([expect.stringMatching(/^onnx: using cpu \(ENGINE_DEVICE=auto/)]);
  });

  it.runIf(noCuda)(
    'GIVEN ENGINE_DEVICE=cuda on a host where CUDA cannot start THEN DeviceUnavailable, not a silent CPU run',
    async () => {
      const backend = new OnnxBackend({ device: 'cuda', log: quiet, probe: { cudaProviderInstalled: true } });
      const path = join(FIXTURES, 'zoetrope-dit-tiny', 'text_encoder', 'model.onnx');
      await expect(backend.open(path, 'text_encoder')).rejects.toBeInstanceOf(DeviceUnavailable);
    },
  );

  it.runIf(noCuda)(
    'GIVEN ENGINE_DEVICE=auto and a CUDA start failure THEN it warns and falls back to CPU',
    async () => {
      const warnings: string[] = [];
      const log = { info: () => {}, warn: (msg: string) => warnings.push(msg) };
      const backend = new OnnxBackend({ device: 'auto', log, probe: { cudaProviderInstalled: true } });
      const path = join(FIXTURES, 'zoetrope-dit-tiny', 'text_encoder', 'model.onnx');
      const session = await backend.open(path, 'text_encoder');
      expect(session.device).toBe('cpu');
      expect(backend.device).toBe('cpu');
      expect(warnings[0]).toMatch(/falling back to CPU/);
    },
  );
});

describe('loggers', () => {
  it('GIVEN pino-style, msg-first and callback loggers THEN each receives message and fields', () => {
    const got: unknown[] = [];
    toLog({
      child: () => null,
      info: (a: unknown, b: unknown) => got.push(['pino', a, b]),
      warn: () => {},
    } as never).info('hi', { x: 1 });
    toLog({ info: (a: unknown, b: unknown) => got.push(['obj', a, b]), warn: () => {} } as never).info('hi', {
      x: 1,
    });
    toLog((msg, fields) => got.push(['fn', msg, fields])).info('hi', { x: 1 });
    expect(got).toEqual([
      ['pino', { x: 1 }, 'hi'],
      ['obj', 'hi', { x: 1 }],
      ['fn', 'hi', { x: 1 }],
    ]);
  });
});

describe('sessions', () => {
  it('GIVEN a graph THEN names and types come from the session, and int64 ids can be fed to an int32 input', async () => {
    const backend = new OnnxBackend({ device: 'cpu', threads: 1, log: quiet });
    const te = await backend.open(
      join(FIXTURES, 'text-to-video-sd-tiny', 'text_encoder', 'model.onnx'),
      'text_encoder',
    );
    expect(te.inputs).toEqual([{ name: 'input_ids', type: 'int32', shape: ['batch', 77] }]);
    expect(te.outputNames).toEqual(['last_hidden_state', 'pooler_output']);
    const out = await te.run({ input_ids: { data: new BigInt64Array(77), dims: [1, 77] } });
    expect(out.last_hidden_state!.dims).toEqual([1, 77, 16]);
    expect(te.ms).toBeGreaterThan(0);
    await te.release();
  });

  it('GIVEN a caller-owned output buffer THEN ONNX Runtime writes into it (no per-step allocation)', async () => {
    const backend = new OnnxBackend({ device: 'cpu', threads: 1, log: quiet });
    const vae = await backend.open(
      join(FIXTURES, 'text-to-video-sd-tiny', 'vae_decoder', 'model.onnx'),
      'vae',
    );
    const into = new Float32Array(3 * 16 * 16);
    const out = await vae.run(
      { latent_sample: { data: Float32Array.from({ length: 16 }, (_, i) => i / 8), dims: [1, 4, 2, 2] } },
      { sample: { data: into, dims: [1, 3, 16, 16] } },
    );
    expect(out.sample!.data).toBe(into);
    expect(into.some((v) => v !== 0)).toBe(true);
    await vae.release();
  });

  it('GIVEN a missing input or a broken file THEN typed errors name the component', async () => {
    const backend = new OnnxBackend({ device: 'cpu', log: quiet });
    const te = await backend.open(
      join(FIXTURES, 'zoetrope-dit-tiny', 'text_encoder', 'model.onnx'),
      'text_encoder',
    );
    await expect(te.run({})).rejects.toMatchObject({ code: 'MODEL_RUN', session: 'text_encoder' });
    await expect(backend.open(join(FIXTURES, 'nope.onnx'), 'unet')).rejects.toBeInstanceOf(ModelLoadError);
  });
});

describe('memory check', () => {
  it('GIVEN weights larger than the memory available THEN ModelTooLarge with a clear message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zoetrope-onnx-'));
    try {
      await writeFile(join(dir, 'model.onnx'), new Uint8Array(1000));
      await writeFile(join(dir, 'model.onnx_data'), new Uint8Array(9000));
      await writeFile(join(dir, 'notes.txt'), new Uint8Array(50_000));
      await expect(
        assertModelFits(dir, { device: 'cpu', availableBytes: 1_000_000, log: quiet }),
      ).resolves.toBe(10_000);
      const refused = assertModelFits(dir, { device: 'cuda', availableBytes: 10_000, log: quiet });
      await expect(refused).rejects.toBeInstanceOf(ModelTooLarge);
      await expect(refused).rejects.toMatchObject({
        code: 'MODEL_TOO_LARGE',
        modelBytes: 10_000,
        device: 'cuda',
      });
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('GIVEN CUDA with no stated memory THEN the check is skipped with a warning', async () => {
    const warnings: string[] = [];
    const log = { info: () => {}, warn: (m: string) => warnings.push(m) };
    await assertModelFits(join(FIXTURES, 'zoetrope-dit-tiny'), { device: 'cuda', log });
    expect(warnings[0]).toMatch(/ENGINE_DEVICE_MEMORY_MB/);
  });
});

describe('float16 conversion', () => {
  it('GIVEN float32 values THEN half precision round-trips within its precision', () => {
    const src = Float32Array.from([0, 1, -2, 0.333, 65504, 1e-5, -0.0001, 1e6]);
    const back = fromFloat16(toFloat16(src));
    expect(Array.from(back.slice(0, 5))).toEqual([0, 1, -2, expect.closeTo(0.333, 3), 65504]);
    expect(back[5]).toBeCloseTo(1e-5, 6);
    expect(back[7]).toBe(Number.POSITIVE_INFINITY);
  });
});
