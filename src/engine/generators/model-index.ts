import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ModelLoadError } from '../../onnx/index.js';

/** A parsed `model_index.json`: the pipeline class and the raw object (components, card). */
export interface ModelIndex {
  className: string;
  raw: Record<string, unknown>;
}

/** Whether a file-system error says the path is not there (as opposed to unreadable). */
function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ModelLoadError(`${path} is not valid JSON: ${(cause as Error).message}`, path, { cause });
  }
}

/** Reads and parses a JSON file, turning any failure into a {@link ModelLoadError} that names the file. */
export async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new ModelLoadError(`cannot read ${path}: ${(cause as Error).message}`, path, { cause });
  }
  return parseJson(text, path);
}

/**
 * Reads an optional JSON file: `undefined` only when it does not exist. A file that is there but unreadable
 * or not valid JSON is a {@link ModelLoadError} naming it, never a silent fall back to defaults.
 */
export async function readOptionalJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    if (isMissing(cause)) return undefined;
    throw new ModelLoadError(`cannot read ${path}: ${(cause as Error).message}`, path, { cause });
  }
  return parseJson(text, path);
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

/**
 * Whether a file exists (used for optional components such as `vae_decoder/`). Only "not there" is false: a
 * file that is there but cannot be read is a {@link ModelLoadError}, so a permissions slip never loads the
 * model without its encoder or with default VAE settings.
 */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.R_OK);
    return true;
  } catch (cause) {
    if (isMissing(cause)) return false;
    throw new ModelLoadError(`cannot read ${path}: ${(cause as Error).message}`, path, { cause });
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
