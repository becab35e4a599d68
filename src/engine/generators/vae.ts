import { join } from 'node:path';
import type { OnnxBackend, OnnxSession } from '../../onnx/index.js';
import { ModelLoadError } from '../../onnx/index.js';
import { planarToRgb, rgbToPlanar } from './frames.js';
import { componentModel, exists, readJson } from './model-index.js';

/** What `vae_decoder/config.json` says about the latent space. */
export interface LatentSpace {
  channels: number;
  /** Pixels per latent cell along each axis (8 for Stable Diffusion's VAE). */
  factor: number;
  /** Latents are multiplied by this after encoding and divided by it before decoding. */
  scalingFactor: number;
}

async function latentSpace(dir: string, session: OnnxSession, defaultScaling: number): Promise<LatentSpace> {
  const configPath = join(dir, 'vae_decoder', 'config.json');
  const config = (await exists(configPath)) ? ((await readJson(configPath)) as Record<string, unknown>) : {};
  const declared = session.inputs[0]?.shape[1];
  const channels =
    typeof declared === 'number'
      ? declared
      : typeof config.latent_channels === 'number'
        ? config.latent_channels
        : 4;
  const blocks = Array.isArray(config.block_out_channels) ? config.block_out_channels.length : 4;
  const scalingFactor = typeof config.scaling_factor === 'number' ? config.scaling_factor : defaultScaling;
  return { channels, factor: 2 ** (blocks - 1), scalingFactor };
}

/** Frames decoded per run: large enough to keep the device busy, small enough to bound activation memory. */
const DECODE_BATCH = 8;

/** The VAE decoder (and, when the folder has one, encoder) of a latent-space pipeline. */
export class Vae {
  readonly latent: LatentSpace;
  readonly #decoder: OnnxSession;
  readonly #encoder: OnnxSession | undefined;

  private constructor(latent: LatentSpace, decoder: OnnxSession, encoder: OnnxSession | undefined) {
    this.latent = latent;
    this.#decoder = decoder;
    this.#encoder = encoder;
  }

  /** Opens `vae_decoder/` (and `vae_encoder/` if present); `undefined` when the folder has no decoder. */
  static async load(dir: string, backend: OnnxBackend, defaultScaling: number): Promise<Vae | undefined> {
    const decoderPath = await componentModel(dir, 'vae_decoder', true);
    if (decoderPath === undefined) return undefined;
    const decoder = await backend.open(decoderPath, 'vae_decoder');
    if (decoder.inputs.length !== 1) {
      throw new ModelLoadError(
        `vae_decoder should take one latent input, has ${decoder.inputNames.join(', ')}`,
        dir,
      );
    }
    const encoderPath = await componentModel(dir, 'vae_encoder', true);
    const encoder = encoderPath === undefined ? undefined : await backend.open(encoderPath, 'vae_encoder');
    return new Vae(await latentSpace(dir, decoder, defaultScaling), decoder, encoder);
  }

  /** Sessions this VAE owns, for timing and release. */
  get sessions(): OnnxSession[] {
    return this.#encoder === undefined ? [this.#decoder] : [this.#decoder, this.#encoder];
  }

  /** Whether RGB frames can be brought into the latent space (needed for user-given known frames). */
  get canEncode(): boolean {
    return this.#encoder !== undefined;
  }

  /** Decodes latent frames (`[C, h, w]` each) to RGB24 at `width × height`, a few frames per run. */
  async decode(frames: Float32Array[], width: number, height: number): Promise<Uint8Array[]> {
    const { channels, scalingFactor } = this.latent;
    const per = frames[0]?.length ?? 0;
    const h = height / this.latent.factor;
    const w = width / this.latent.factor;
    const fixedBatch = this.#decoder.inputs[0]!.shape[0];
    const batch = typeof fixedBatch === 'number' ? fixedBatch : DECODE_BATCH;
    const input = new Float32Array(batch * per);
    const name = this.#decoder.inputNames[0]!;
    const outName = this.#decoder.outputNames[0]!;
    const rgb: Uint8Array[] = [];
    for (let i = 0; i < frames.length; i += batch) {
      const n = Math.min(batch, frames.length - i);
      const dims = [typeof fixedBatch === 'number' ? fixedBatch : n, channels, h, w];
      for (let j = 0; j < n; j++) {
        const f = frames[i + j]!;
        for (let e = 0; e < per; e++) input[j * per + e] = f[e]! / scalingFactor;
      }
      const data = typeof fixedBatch === 'number' ? input : input.subarray(0, n * per);
      const out = (await this.#decoder.run({ [name]: { data, dims } }))[outName];
      if (out === undefined) throw new ModelLoadError(`vae_decoder produced no "${outName}"`, name);
      const frameOut = 3 * width * height;
      for (let j = 0; j < n; j++) rgb.push(planarToRgb(out.data, width, height, j * frameOut));
    }
    return rgb;
  }

  /** Encodes one RGB24 frame into the latent space (`[C, h, w]`), scaled like the decoder expects. */
  async encode(rgb: Uint8Array, width: number, height: number): Promise<Float32Array> {
    if (this.#encoder === undefined) throw new Error('this model has no vae_encoder');
    const name = this.#encoder.inputNames[0]!;
    const out = await this.#encoder.run({
      [name]: { data: rgbToPlanar(rgb, width, height), dims: [1, 3, height, width] },
    });
    const first = out[this.#encoder.outputNames[0]!]!;
    const per = this.latent.channels * (height / this.latent.factor) * (width / this.latent.factor);
    const latent = new Float32Array(per);
    for (let e = 0; e < per; e++) latent[e] = first.data[e]! * this.latent.scalingFactor;
    return latent;
  }
}
