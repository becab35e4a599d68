import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ModelLoadError } from '../onnx/index.js';

/** A parsed `model_index.json`: the pipeline class and the raw object (components, card). */
export interface ModelIndex {
  className: string;
  raw: Record<string, unknown>;
}

/** Reads and parses a JSON file, turning any failure into a {@link ModelLoadError} that names the file. */
export async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new ModelLoadError(`cannot read ${path}: ${(cause as Error).message}`, path, { cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ModelLoadError(`${path} is not valid JSON: ${(cause as Error).message}`, path, { cause });
  }
}

/** Reads a model folder's `model_index.json` (diffusers layout). */
export async function readModelIndex(dir: string): Promise<ModelIndex> {
  const path = join(dir, 'model_index.json');
  const raw = await readJson(path);
  if (
    raw === null ||
    typeof raw !== 'object' ||
    typeof (raw as { _class_name?: unknown })._class_name !== 'string'
  ) {
    throw new ModelLoadError(`${path} has no "_class_name" naming the pipeline`, path);
  }
  return { className: (raw as { _class_name: string })._class_name, raw: raw as Record<string, unknown> };
}

/** Whether a file exists (used for optional components such as `vae_decoder/`). */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Path of a component's ONNX graph; refuses a folder that lacks it with the component named. */
export async function componentModel(
  dir: string,
  component: string,
  optional = false,
): Promise<string | undefined> {
  const path = join(dir, component, 'model.onnx');
  if (await exists(path)) return path;
  if (optional) return undefined;
  throw new ModelLoadError(`the model folder ${dir} has no ${component}/model.onnx`, path);
}
