import { join } from 'node:path';
import { type Feed, type Log, ModelLoadError, type OnnxBackend, type OnnxSession } from '../../onnx/index.js';
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
import { frameSize, planarToRgb, rgbToPlanar, type WindowShape, writeFrame } from './frames.js';
import { componentModel, readJson } from './model-index.js';
import { SamplerBuffers, sampleWindow } from './sampler.js';
import { createScheduler, type SchedulerConfig } from './schedulers/index.js';
import { renderSequence, type WindowJob, type WindowModel } from './sequence.js';
import { resolveSampling, Serial, sessionMs } from './shared.js';
import { WordTokenizer } from './tokenizers/index.js';
import { Vae } from './vae.js';

/** Captions whose encodings are kept: a job's shots and the empty caption, plus a few recent ones. */
const TEXT_CACHE = 16;

/** A caption encoded for guidance: conditional half then the empty caption, `[2, L, D]` and mask `[2, L]`. */
interface TextCondition {
  hidden: Feed;
  mask: Feed;
}

/** Per-shape buffers: the sampler's, plus the conditioning inputs, reused across jobs of the same size. */
interface ShapeState {
  shape: WindowShape;
  buffers: SamplerBuffers;
  condFrames: Float32Array;
  condMask: Float32Array;
  timestep: Float32Array;
  dims: number[];
}

const REQUIRED = ['sample', 'timestep', 'encoder_hidden_states'];

/**
 * The built-in model's pipeline (docs/model-format.md): word tokenizer, text encoder, a spacetime diffusion
 * transformer predicting the clean clip, rectified-flow Euler sampling with classifier-free guidance in one
 * batch, conditioning frames through `cond_frames`/`cond_mask` and inference-time replacement, and an
 * optional VAE when the transformer works in a latent space.
 */
export class ZoetropeDiTPipeline implements VideoGenerator {
  readonly info: GeneratorInfo;
  readonly #card: ModelCard;
  readonly #tokenizer: WordTokenizer;
  readonly #textEncoder: OnnxSession;
  readonly #transformer: OnnxSession;
  readonly #vae: Vae | undefined;
  readonly #scheduler: SchedulerConfig;
  readonly #log: Log;
  readonly #text = new Map<string, TextCondition>();
  readonly #serial = new Serial();
  #state: ShapeState | undefined;

  private constructor(fields: {
    card: ModelCard;
    tokenizer: WordTokenizer;
    textEncoder: OnnxSession;
    transformer: OnnxSession;
    vae: Vae | undefined;
    scheduler: SchedulerConfig;
    log: Log;
  }) {
    this.#card = fields.card;
    this.#tokenizer = fields.tokenizer;
    this.#textEncoder = fields.textEncoder;
    this.#transformer = fields.transformer;
    this.#vae = fields.vae;
    this.#scheduler = fields.scheduler;
    this.#log = fields.log;
    this.info = {
      generator: 'onnx:ZoetropeDiTPipeline',
      card: fields.card,
      device: fields.transformer.device,
    };
  }

  /** Loads a ZoetropeDiTPipeline folder on `backend`. */
  static async load(
    dir: string,
    card: ModelCard,
    backend: OnnxBackend,
    log: Log,
  ): Promise<ZoetropeDiTPipeline> {
    const tokenizer = await WordTokenizer.load(join(dir, 'tokenizer', 'tokenizer.json'));
    const scheduler = (await readJson(join(dir, 'scheduler', 'scheduler_config.json'))) as SchedulerConfig;
    scheduler._class_name ??= 'FlowMatchEulerDiscreteScheduler';
    const textEncoder = await backend.open((await componentModel(dir, 'text_encoder'))!, 'text_encoder');
    const transformer = await backend.open((await componentModel(dir, 'transformer'))!, 'transformer');
    for (const name of REQUIRED) {
      if (transformer.input(name) === undefined) {
        throw new ModelLoadError(
          `transformer/model.onnx has no "${name}" input (inputs: ${transformer.inputNames.join(', ')})`,
          join(dir, 'transformer', 'model.onnx'),
        );
      }
    }
    const vae = await Vae.load(dir, backend, 1);
    log.info('model: ZoetropeDiTPipeline loaded', {
      model: card.name,
      version: card.version,
      inputs: transformer.inputNames,
      latent: vae !== undefined,
    });
    return new ZoetropeDiTPipeline({ card, tokenizer, textEncoder, transformer, vae, scheduler, log });
  }

  /** The window shape in x0 space for a request size; fixed graph dimensions win over the card. */
  #shapeFor(width: number, height: number): WindowShape {
    const dims = this.#transformer.input('sample')!.shape;
    const factor = this.#vae?.latent.factor ?? 1;
    if (width % factor !== 0 || height % factor !== 0) {
      throw new UnsupportedRequest(
        `${width}×${height} is not a multiple of the model's ${factor}-pixel latent cell`,
      );
    }
    const shape: WindowShape = {
      channels: typeof dims[1] === 'number' ? dims[1] : (this.#vae?.latent.channels ?? 3),
      frames: typeof dims[2] === 'number' ? dims[2] : this.#card.limits.frames,
      height: height / factor,
      width: width / factor,
    };
    const fixedH = dims[3];
    const fixedW = dims[4];
    if (
      (typeof fixedH === 'number' && fixedH !== shape.height) ||
      (typeof fixedW === 'number' && fixedW !== shape.width)
    ) {
      const sizes = this.#card.limits.sizes.map(([w, h]) => `${w}×${h}`).join(', ');
      throw new UnsupportedRequest(`this model generates ${sizes}, not ${width}×${height}`);
    }
    return shape;
  }

  #stateFor(shape: WindowShape): ShapeState {
    const s = this.#state;
    if (
      s !== undefined &&
      s.shape.channels === shape.channels &&
      s.shape.frames === shape.frames &&
      s.shape.height === shape.height &&
      s.shape.width === shape.width
    ) {
      return s;
    }
    const size = frameSize(shape) * shape.frames;
    this.#state = {
      shape,
      buffers: new SamplerBuffers(size),
      condFrames: new Float32Array(2 * size),
      condMask: new Float32Array(2 * shape.frames),
      timestep: new Float32Array(2),
      dims: [2, shape.channels, shape.frames, shape.height, shape.width],
    };
    return this.#state;
  }

  /** Encodes a caption and the empty caption in one text-encoder run (the guidance pair). */
  async #encodeText(caption: string): Promise<TextCondition> {
    const hit = this.#text.get(caption);
    if (hit !== undefined) return hit;
    const cond = this.#tokenizer.encode(caption);
    const uncond = this.#tokenizer.encode('');
    const length = this.#tokenizer.maxLength;
    const ids = BigInt64Array.from([...cond.ids, ...uncond.ids], (v) => BigInt(v));
    const name = this.#textEncoder.inputNames[0]!;
    const out = await this.#textEncoder.run({ [name]: { data: ids, dims: [2, length] } });
    const hidden = out.last_hidden_state ?? out[this.#textEncoder.outputNames[0]!]!;
    const text: TextCondition = {
      hidden: { data: hidden.data, dims: hidden.dims },
      mask: { data: Float32Array.from([...cond.mask, ...uncond.mask]), dims: [2, length] },
    };
    if (this.#text.size >= TEXT_CACHE) this.#text.delete(this.#text.keys().next().value!);
    this.#text.set(caption, text);
    return text;
  }

  #windowModel(request: GenerationRequest, state: ShapeState): WindowModel {
    const { shape, buffers, condFrames, condMask, timestep, dims } = state;
    const size = buffers.size;
    const sampleFeed: Feed = { data: buffers.sample, dims };
    const outputs = {
      [this.#transformer.outputNames.includes('out_sample')
        ? 'out_sample'
        : this.#transformer.outputNames[0]!]: { data: buffers.out, dims },
    };
    return {
      shape,
      sampleWindow: async (job: WindowJob) => {
        const text = await this.#encodeText(job.caption);
        condFrames.fill(0);
        condMask.fill(0);
        for (let f = 0; f < shape.frames; f++) {
          const k = job.known[f];
          if (k === undefined) continue;
          writeFrame(k, shape, f, condFrames);
          condMask[f] = 1;
        }
        // Both guidance halves see the same known frames: guidance steers by the caption only.
        condFrames.copyWithin(size, 0, size);
        condMask.copyWithin(shape.frames, 0, shape.frames);
        const feeds: Record<string, Feed> = {
          sample: sampleFeed,
          timestep: { data: timestep, dims: [2] },
          encoder_hidden_states: text.hidden,
          encoder_attention_mask: text.mask,
          cond_frames: { data: condFrames, dims },
          cond_mask: { data: condMask, dims: [2, 1, shape.frames, 1, 1] },
        };
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
          // The feeds and outputs above already wrap the sampler's own sample/out buffers, so only the
          // timestep changes between steps.
          denoise: async (_sample, t, _out) => {
            timestep[0] = t;
            timestep[1] = t;
            await this.#transformer.run(feeds, outputs);
          },
        });
      },
      encodeFrame: async (rgb) => {
        if (this.#vae === undefined) return rgbToPlanar(rgb, request.width, request.height);
        if (!this.#vae.canEncode) {
          throw new UnsupportedRequest(
            'this latent model has no vae_encoder, so it cannot start from given frames',
          );
        }
        return this.#vae.encode(rgb, request.width, request.height);
      },
    };
  }

  /** Generates a clip; concurrent calls run one after another (they share the model's buffers). */
  generate(request: GenerationRequest, hooks?: GenerationHooks): Promise<GeneratedClip> {
    return this.#serial.run(() => this.#generate(request, hooks));
  }

  async #generate(request: GenerationRequest, hooks?: GenerationHooks): Promise<GeneratedClip> {
    const sessions = [this.#textEncoder, this.#transformer, ...(this.#vae?.sessions ?? [])];
    const before = sessionMs(sessions);
    const { steps, guidance } = resolveSampling(request, this.#card.limits);
    const state = this.#stateFor(this.#shapeFor(request.width, request.height));
    const frames = await renderSequence(this.#windowModel(request, state), request, {
      steps,
      guidance,
      overlap: defaultOverlap(state.shape.frames),
      hooks,
    });
    const rgb =
      this.#vae === undefined
        ? frames.map((f) => planarToRgb(f, request.width, request.height))
        : await this.#vae.decode(frames, request.width, request.height);
    return {
      width: request.width,
      height: request.height,
      fps: this.#card.limits.fps,
      frames: rgb,
      modelMs: sessionMs(sessions) - before,
    };
  }

  /** Releases every session. */
  async close(): Promise<void> {
    const sessions = [this.#textEncoder, this.#transformer, ...(this.#vae?.sessions ?? [])];
    await Promise.all(sessions.map((s) => s.release()));
    this.#log.info('model: ZoetropeDiTPipeline closed', { model: this.#card.name });
  }
}
