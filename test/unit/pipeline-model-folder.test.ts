import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGenerator, ModelLoadError } from '../../src/engine/generators/index.js';
import { exists, readOptionalJson } from '../../src/engine/generators/model-index.js';

const SD = join(import.meta.dirname, '..', 'fixtures', 'models', 'text-to-video-sd-tiny');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zoetrope-folder-'));
  dirs.push(dir);
  return dir;
}

describe('optional files of a model folder: only “not there” means absent', () => {
  it('GIVEN an optional file that is missing THEN absent; GIVEN one under a plain file THEN absent too', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    expect(await exists(join(dir, 'vae_encoder', 'model.onnx'))).toBe(false);
    expect(await exists(join(dir, 'file', 'model.onnx'))).toBe(false);
    expect(await readOptionalJson(join(dir, 'config.json'))).toBeUndefined();
  });

  it('GIVEN an optional file that is there but cannot be read THEN ModelLoadError naming it, not a model without it', async () => {
    const dir = tempDir();
    const loop = join(dir, 'model.onnx');
    symlinkSync(loop, loop);
    await expect(exists(loop)).rejects.toMatchObject({ name: 'ModelLoadError', path: loop });
    const folder = join(dir, 'config.json');
    mkdirSync(folder);
    await expect(readOptionalJson(folder)).rejects.toMatchObject({ name: 'ModelLoadError', path: folder });
  });

  it('GIVEN an optional JSON file that is not JSON THEN ModelLoadError naming it', async () => {
    const path = join(tempDir(), 'config.json');
    writeFileSync(path, '{"scaling_factor": ');
    const error = await readOptionalJson(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelLoadError);
    expect((error as Error).message).toContain(path);
  });

  it('GIVEN a model whose vae_decoder/config.json is malformed THEN loading fails naming it (no default scaling)', async () => {
    const dir = tempDir();
    cpSync(SD, dir, { recursive: true });
    const config = join(dir, 'vae_decoder', 'config.json');
    writeFileSync(config, '{"scaling_factor": 0.18215,');
    await expect(loadGenerator(dir, { device: 'cpu', threads: 1 })).rejects.toMatchObject({
      name: 'ModelLoadError',
      path: config,
    });
  });
});
