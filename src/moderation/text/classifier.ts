import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EngineLogger, ModelLoadError, OnnxBackend, type OnnxSession, toLog } from '../../onnx/index.js';
import { MODERATION_CATEGORIES, type ModerationCategory } from '../../queue/index.js';
import type { Finding } from '../decision.js';
import { normalise } from '../normalise.js';
import { featureIds, type TextFeatureSpec } from './features.js';

/** The model card (`model.json`) fields the classifier relies on; the rest documents training. */
export interface TextClassifierCard {
  name: string;
  version: string;
  /** The output columns, in order. */
  categories: ModerationCategory[];
  /** Per category: a score at or above it is a finding. Chosen on held-out training data, never on eval sets. */
  thresholds: Partial<Record<ModerationCategory, number>>;
  features: TextFeatureSpec;
  input: { name: string };
  output: { name: string };
}

/** What the classifier may be given: its folder (model.onnx + model.json), a backend, a logger. */
export interface TextClassifierOptions {
  /** Folder with `model.onnx` and `model.json`; the shipped `models/moderation-text/` by default. */
  dir?: string;
  /** The ONNX door to use; by default a CPU backend with one thread (a text check is far too small for more). */
  backend?: OnnxBackend;
  log?: EngineLogger;
}

/** The shipped classifier's folder: `models/moderation-text/` at the repository root (from src/ or dist/src/). */
export function defaultClassifierDir(): string {
  const candidates = ['../../../models/moderation-text', '../../../../models/moderation-text'].map((p) =>
    fileURLToPath(new URL(p, import.meta.url)),
  );
  return candidates.find((dir) => existsSync(join(dir, 'model.json'))) ?? candidates[0]!;
}

function checkCard(card: TextClassifierCard, path: string): void {
  const known = new Set<string>(MODERATION_CATEGORIES);
  const bad = (why: string) => new ModelLoadError(`${path}: ${why}`, path);
  if (!Array.isArray(card.categories) || card.categories.length === 0) throw bad('no categories');
  for (const c of card.categories) {
    if (!known.has(c)) throw bad(`unknown category ${c}`);
    const t = card.thresholds?.[c];
    if (typeof t !== 'number' || !(t > 0 && t < 1)) throw bad(`no threshold in (0, 1) for ${c}`);
  }
  const f = card.features;
  if (f?.name !== 'hashed-ngrams-v1' || !(f.buckets > 1) || !(f.minN >= 1) || !(f.maxN >= f.minN)) {
    throw bad(`feature spec ${JSON.stringify(f)} is not one this code computes`);
  }
}

/**
 * The offline text classifier (layer `classifier`): a small model over hashed n-grams of the normalised text,
 * trained in this repository (`scripts/moderation/`), run through the project's ONNX door on CPU. It reaches
 * phrasings the lexicons do not list; the rules stay in front of it for names, IP and context exemptions.
 */
export class TextClassifier {
  readonly card: TextClassifierCard;
  readonly #session: OnnxSession;
  readonly #input: string;
  readonly #output: string;

  private constructor(card: TextClassifierCard, session: OnnxSession) {
    this.card = card;
    this.#session = session;
    this.#input = card.input.name;
    this.#output = card.output.name;
  }

  /** Reads the model card and opens the session; throws `ModelLoadError` when either is missing or wrong. */
  static async load(options: TextClassifierOptions = {}): Promise<TextClassifier> {
    const dir = options.dir ?? defaultClassifierDir();
    const cardPath = join(dir, 'model.json');
    let card: TextClassifierCard;
    try {
      card = JSON.parse(await readFile(cardPath, 'utf8')) as TextClassifierCard;
    } catch (cause) {
      throw new ModelLoadError(
        `cannot read the text classifier's card ${cardPath}: ${(cause as Error).message}`,
        cardPath,
        {
          cause,
        },
      );
    }
    checkCard(card, cardPath);
    const backend =
      options.backend ?? new OnnxBackend({ device: 'cpu', threads: 1, log: toLog(options.log) });
    const session = await backend.open(join(dir, 'model.onnx'), 'moderation-text');
    if (!session.input(card.input.name) || !session.outputNames.includes(card.output.name)) {
      await session.release();
      throw new ModelLoadError(
        `${dir}: model.onnx has inputs [${session.inputNames}] and outputs [${session.outputNames}], the card names ${card.input.name} → ${card.output.name}`,
        dir,
      );
    }
    return new TextClassifier(card, session);
  }

  /** The score of every category for each text, in the card's category order. */
  async scores(texts: readonly string[]): Promise<Array<Partial<Record<ModerationCategory, number>>>> {
    const rows = texts.map((t) => featureIds(normalise(t), this.card.features));
    const out: Array<Partial<Record<ModerationCategory, number>>> = rows.map(() => ({}));
    const live = rows.map((r, i) => [r, i] as const).filter(([r]) => r.length > 0);
    if (live.length === 0) return out;
    const width = Math.max(...live.map(([r]) => r.length));
    const ids = new Int32Array(live.length * width);
    live.forEach(([r], j) => {
      ids.set(r, j * width);
    });
    const result = await this.#session.run({ [this.#input]: { data: ids, dims: [live.length, width] } });
    const scores = result[this.#output]!.data;
    const { categories } = this.card;
    live.forEach(([, i], j) => {
      const row = out[i]!;
      categories.forEach((c, k) => {
        row[c] = scores[j * categories.length + k]!;
      });
    });
    return out;
  }

  /**
   * Findings for the texts of one request: a category whose score reaches its threshold is an `explicit`
   * finding (the classifier does not tell mild from explicit; its violence output was trained on explicit
   * violence only, so mild fights stay below it). A minors finding brings a sexual one, as in the rules.
   */
  async findings(texts: readonly string[]): Promise<Finding[]> {
    return this.findingsFrom(await this.scores(texts));
  }

  /** The categories of one text's scores that reach their thresholds. */
  flagged(row: Partial<Record<ModerationCategory, number>>): ModerationCategory[] {
    return (Object.entries(row) as Array<[ModerationCategory, number]>)
      .filter(([c, s]) => s >= this.card.thresholds[c]!)
      .map(([c]) => c);
  }

  /** {@link findings} from scores already computed (and possibly reviewed: `stack.ts`). */
  findingsFrom(rows: ReadonlyArray<Partial<Record<ModerationCategory, number>>>): Finding[] {
    const best = new Map<ModerationCategory, number>();
    for (const row of rows) {
      for (const [c, s] of Object.entries(row) as Array<[ModerationCategory, number]>) {
        if (s >= this.card.thresholds[c]! && s > (best.get(c) ?? -1)) best.set(c, s);
      }
    }
    const minors = best.get('minors');
    if (minors !== undefined && !best.has('sexual')) best.set('sexual', minors);
    return [...best].map(([category, score]) => ({
      category,
      severity: 'explicit',
      score,
      layer: 'classifier',
      evidence: `classifier ${score.toFixed(3)}`,
    }));
  }

  /** Frees the native session. */
  async release(): Promise<void> {
    await this.#session.release();
  }
}

const loaded = new Map<string, Promise<TextClassifier>>();

/**
 * The process's one classifier per folder: loading takes a few tens of milliseconds and the session is
 * read-only, so every moderator shares it. A failed load is forgotten, so a later call can try again.
 */
export function sharedTextClassifier(
  options: Omit<TextClassifierOptions, 'backend'> = {},
): Promise<TextClassifier> {
  const dir = options.dir ?? defaultClassifierDir();
  let promise = loaded.get(dir);
  if (promise === undefined) {
    promise = TextClassifier.load({ ...options, dir });
    loaded.set(dir, promise);
    promise.catch(() => loaded.delete(dir));
  }
  return promise;
}
