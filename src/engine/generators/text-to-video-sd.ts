import { join } from 'node:path';
import {
  type Feed,
  type Log,
  ModelLoadError,
  type OnnxBackend,
  type OnnxSession,
  type TensorSpec,
} from '../../onnx/index.js';
import type { ModelCard } from '../../queue/model-card/index.js';
import type {
  GeneratedClip,
  GenerationHooks,
  GenerationRequest,
  GeneratorInfo,
  VideoGenerator,
} from '../generator.js';
import { defaultOverlap } from '../generator.js';
import { UnsupportedRequest } from './errors.js';
import { frameSize, type WindowShape } from './frames.js';
import { componentModel, readJson } from './model-index.js';
import { SamplerBuffers, sampleWindow } from './sampler.js';
import { createScheduler, type SchedulerConfig } from './schedulers/index.js';
import { renderSequence, type WindowJob, type WindowModel } from './sequence.js';
import { resolveSampling, Serial, sessionMs } from './shared.js';
import { ClipTokenizer } from './tokenizers/index.js';
import { Vae } from './vae.js';

/** Stable Diffusion's VAE scaling factor, used when `vae_decoder/config.json` does not give one. */
export const SD_SCALING_FACTOR = 0.18215;
/** ModelScope's own defaults: 25 DPM-Solver/DDIM steps, guidance 9. */
const SD_DEFAULTS = { steps: 25, guidance: 9 };

/** Finds an input by its diffusers name, else by position: exports differ in naming, not in order. */
function pick(session: OnnxSession, name: string, position: number): TensorSpec {
  const spec = session.input(name) ?? session.inputs[position];
  if (spec === undefined) throw new ModelLoadError(`${session.name} has no "${name}" input`, session.name);
  return spec;
}

/**
 * diffusers' TextToVideoSDPipeline (ModelScope text-to-video-ms-1.7b, zeroscope, potat1 and fine-tunes) over
 * ONNX: CLIP BPE tokenizer and text encoder, a UNet3D over latents `[B, 4, F, H/8, W/8]` with classifier-free
 * guidance, DDIM / DPM-Solver++ / Euler from the scheduler config, and per-frame VAE decoding.
 */
export class TextToVideoSDPipeline implements VideoGenerator {
  readonly info: GeneratorInfo;
  readonly #card: ModelCard;
  readonly #tokenizer: ClipTokenizer;
  readonly #textEncoder: OnnxSession;
  readonly #unet: OnnxSession;
  readonly #vae: Vae;
  readonly #scheduler: SchedulerConfig;
  readonly #log: Log;
  readonly #text = new Map<string, Float32Array>();
  readonly #serial = new Serial();
  readonly #names: { sample: TensorSpec; timestep: TensorSpec; hidden: TensorSpec; out: string };
  #buffers: SamplerBuffers | undefined;

  private constructor(fields: {
    card: ModelCard;
    tokenizer: ClipTokenizer;
    textEncoder: OnnxSession;
    unet: OnnxSession;
    vae: Vae;
    scheduler: SchedulerConfig;
    log: Log;
  }) {
    this.#card = fields.card;
    this.#tokenizer = fields.tokenizer;
    this.#textEncoder = fields.textEncoder;
    this.#unet = fields.unet;
    this.#vae = fields.vae;
    this.#scheduler = fields.scheduler;
    this.#log = fields.log;
    const unet = fields.unet;
    this.#names = {
      sample: pick(unet, 'sample', 0),
      timestep: pick(unet, 'timestep', 1),
      hidden: pick(unet, 'encoder_hidden_states', 2),
      out: unet.outputNames.includes('out_sample') ? 'out_sample' : unet.outputNames[0]!,
    };
    this.info = { generator: 'onnx:TextToVideoSDPipeline', card: fields.card, device: unet.device };
  }

  /** Loads a TextToVideoSDPipeline folder on `backend`. */
  static async load(
    dir: string,
    card: ModelCard,
    backend: OnnxBackend,
    log: Log,
  ): Promise<TextToVideoSDPipeline> {
    const tokenizer = await ClipTokenizer.load(join(dir, 'tokenizer'));
    const scheduler = (await readJson(join(dir, 'scheduler', 'scheduler_config.json'))) as SchedulerConfig;
    const textEncoder = await backend.open((await componentModel(dir, 'text_encoder'))!, 'text_encoder');
    const unet = await backend.open((await componentModel(dir, 'unet'))!, 'unet');
    if (unet.inputs.length !== 3) {
      throw new ModelLoadError(
        `unet/model.onnx should take sample, timestep, encoder_hidden_states; it takes ${unet.inputNames.join(', ')}`,
        join(dir, 'unet', 'model.onnx'),
      );
    }
    const vae = await Vae.load(dir, backend, SD_SCALING_FACTOR);
    if (vae === undefined)
      throw new ModelLoadError(`the model folder ${dir} has no vae_decoder/model.onnx`, dir);
    log.info('model: TextToVideoSDPipeline loaded', {
      model: card.name,
      scheduler: scheduler._class_name,
      prediction: scheduler.prediction_type ?? 'epsilon',
      unetInputs: unet.inputs.map((s) => `${s.name}:${s.type}`),
    });
    return new TextToVideoSDPipeline({ card, tokenizer, textEncoder, unet, vae, scheduler, log });
  }

  /** One caption's `[1, 77, D]` encoding, cached. */
  async #encode(caption: string): Promise<Float32Array> {
    const hit = this.#text.get(caption);
    if (hit !== undefined) return hit;
    const ids = BigInt64Array.from(this.#tokenizer.encode(caption), (v) => BigInt(v));
    const input = this.#textEncoder.inputNames[0]!;
    const out = await this.#textEncoder.run({ [input]: { data: ids, dims: [1, ids.length] } });
    const hidden = (out.last_hidden_state ?? out[this.#textEncoder.outputNames[0]!]!).data;
    if (this.#text.size >= 16) this.#text.delete(this.#text.keys().next().value!);
    this.#text.set(caption, hidden);
    return hidden;
  }

  #shapeFor(request: GenerationRequest): WindowShape {
    const f = this.#vae.latent.factor;
    if (request.width % f !== 0 || request.height % f !== 0) {
      throw new UnsupportedRequest(`${request.width}×${request.height} is not a multiple of ${f} pixels`);
    }
    const dims = this.#names.sample.shape;
    return {
      channels: typeof dims[1] === 'number' ? dims[1] : this.#vae.latent.channels,
      frames: typeof dims[2] === 'number' ? dims[2] : this.#card.limits.frames,
      height: request.height / f,
      width: request.width / f,
    };
  }

  #windowModel(request: GenerationRequest, shape: WindowShape): WindowModel {
    const size = frameSize(shape) * shape.frames;
    if (this.#buffers?.size !== size) this.#buffers = new SamplerBuffers(size);
    const buffers = this.#buffers;
    const { sample, timestep, hidden, out } = this.#names;
    // Exports fix the batch at 1 (run the guidance halves one after the other) or leave it free (one run).
    const oneAtATime = sample.shape[0] === 1;
    const dims = [oneAtATime ? 1 : 2, shape.channels, shape.frames, shape.height, shape.width];
    const tDims =
      timestep.shape.length === 0
        ? []
        : [typeof timestep.shape[0] === 'number' ? timestep.shape[0] : dims[0]!];
    const tData = new Float32Array(Math.max(1, tDims[0] ?? 1));
    const half = oneAtATime ? { in: new Float32Array(size), out: new Float32Array(size) } : undefined;
    return {
      shape,
      sampleWindow: async (job: WindowJob) => {
        const cond = await this.#encode(job.caption);
        const uncond = await this.#encode('');
        const d = cond.length / this.#tokenizer.maxLength;
        const textFeed: Feed = { data: concat(cond, uncond), dims: [2, this.#tokenizer.maxLength, d] };
        return sampleWindow({
          shape,
          scheduler: createScheduler(this.#scheduler, job.steps, size, {
            eta: this.#card.limits.sampler_eta,
            rng: job.rng,
          }),
          known: job.known,
          rng: job.rng,
          guidance: job.guidance,
          guidanceInterval: this.#card.limits.guidance_interval,
          buffers,
          signal: job.signal,
          onStep: job.onStep,
          denoise: async (input, t, output) => {
            tData.fill(t);
            const tFeed: Feed = { data: tData, dims: tDims };
            if (half === undefined) {
              await this.#unet.run(
                { [sample.name]: { data: input, dims }, [timestep.name]: tFeed, [hidden.name]: textFeed },
                { [out]: { data: output, dims } },
              );
              return;
            }
            for (const [k, text] of [cond, uncond].entries()) {
              half.in.set(input.subarray(k * size, (k + 1) * size));
              await this.#unet.run(
                {
                  [sample.name]: { data: half.in, dims },
                  [timestep.name]: tFeed,
                  [hidden.name]: { data: text, dims: [1, this.#tokenizer.maxLength, d] },
                },
                { [out]: { data: half.out, dims } },
              );
              output.set(half.out, k * size);
            }
          },
        });
      },
      encodeFrame: async (rgb) => {
        if (!this.#vae.canEncode) {
          throw new UnsupportedRequest(
            'this model folder has no vae_encoder/model.onnx, so it cannot start from given frames',
          );
        }
        return this.#vae.encode(rgb, request.width, request.height);
      },
    };
  }

  /** Generates a clip; concurrent calls run one after another (they share the model's buffers). */
  generate(request: GenerationRequest, hooks?: GenerationHooks): Promise<GeneratedClip> {
    return this.#serial.run(async () => {
      const sessions = [this.#textEncoder, this.#unet, ...this.#vae.sessions];
      const before = sessionMs(sessions);
      const { steps, guidance } = resolveSampling(request, this.#card.limits, SD_DEFAULTS);
      const shape = this.#shapeFor(request);
      const latents = await renderSequence(this.#windowModel(request, shape), request, {
        steps,
        guidance,
        overlap: defaultOverlap(shape.frames),
        hooks,
      });
      const frames = await this.#vae.decode(latents, request.width, request.height);
      return {
        width: request.width,
        height: request.height,
        fps: this.#card.limits.fps,
        frames,
        modelMs: sessionMs(sessions) - before,
      };
    });
  }

  /** Releases every session. */
  async close(): Promise<void> {
    await Promise.all([this.#textEncoder, this.#unet, ...this.#vae.sessions].map((s) => s.release()));
    this.#log.info('model: TextToVideoSDPipeline closed', { model: this.#card.name });
  }
}

function concat(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
