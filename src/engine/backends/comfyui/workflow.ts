// Workflows: API-format ComfyUI graphs exported by the operator, each with a small descriptor saying which
// node inputs receive the clip's values. Everything is checked when the engine starts, so a typo in a node id
// is one clear line at start, not a 400 from the server on the first member's clip.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { ModelCard } from '../../../queue/model-card/index.js';

/** One input of one node: `{ node: "3", input: "seed" }`. */
const targetSchema = z.object({ node: z.string().min(1), input: z.string().min(1) }).strict();
/** A value may go to several inputs (fps to the conditioning and to the video node, say). */
const targetsSchema = z
  .union([targetSchema, z.array(targetSchema).min(1)])
  .transform((t) => (Array.isArray(t) ? t : [t]));
export type InputTarget = z.infer<typeof targetSchema>;

/** What the engine sets in a graph, by node id and input name; never by string substitution. */
const bindingsSchema = z
  .object({
    prompt: targetsSchema,
    negative: targetsSchema.optional(),
    seed: targetsSchema,
    steps: targetsSchema.optional(),
    cfg: targetsSchema.optional(),
    width: targetsSchema,
    height: targetsSchema,
    frames: targetsSchema,
    fps: targetsSchema,
    startImage: targetsSchema.optional(),
    endImage: targetsSchema.optional(),
  })
  .strict();
export type Binding = keyof z.infer<typeof bindingsSchema>;

const graphSchema = z
  .object({
    /** The API-format graph ("Export (API)" in ComfyUI), relative to the descriptor. */
    file: z.string().min(1),
    set: bindingsSchema,
    /** The node whose output holds the video (SaveVideo, SaveWEBM, VHS_VideoCombine). */
    output: z.string().min(1),
    /** Nodes whose `progress` messages are denoising steps; default: the nodes receiving `steps`. */
    progress: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

/** The descriptor (`workflow.json` in the workflow's folder). */
export const descriptorSchema = z
  .object({
    name: z.string().min(1).max(60),
    version: z.string().min(1).max(40),
    description: z.string().optional(),
    /** Model files the graphs load, by ComfyUI models folder: documentation for the operator. */
    models: z.record(z.string(), z.array(z.string().min(1))).optional(),
    fps: z.number().positive().max(120),
    /** Frame counts the model makes: `step·k + 1`, at most `max` per run (Wan: step 4; LTX: step 8). */
    frames: z.object({ max: z.number().int().positive(), step: z.number().int().positive() }).strict(),
    /** Sizes offered to the engine's planner (the first is the default); any multiple of `sizeStep` is accepted. */
    sizes: z.array(z.tuple([z.number().int().positive(), z.number().int().positive()])).min(1),
    sizeStep: z.number().int().positive().default(16),
    maxSide: z.number().int().positive().default(2048),
    defaultSteps: z.number().int().positive(),
    negativePrompt: z.string().optional(),
    caption: z
      .object({
        guide: z.string().min(1),
        examples: z.array(z.string().min(1)).min(1),
        maxWords: z.number().int().positive().optional(),
      })
      .strict(),
    graphs: z
      .object({
        /** Text to video. */
        text: graphSchema,
        /** Image to video: `set.startImage` names the LoadImage input. Enables image-to-video and extend. */
        image: graphSchema.optional(),
        /** First and last frame: `set.startImage` and `set.endImage`. Enables loops. */
        firstLast: graphSchema.optional(),
      })
      .strict(),
  })
  .strict();
export type Descriptor = z.infer<typeof descriptorSchema>;
export type GraphMode = keyof Descriptor['graphs'];

/** A node of an API-format graph; links are `[sourceNodeId, outputIndex]`. */
export interface ApiNode {
  class_type: string;
  inputs: Record<string, unknown>;
  _meta?: { title?: string };
}
export type ApiGraph = Record<string, ApiNode>;

/** One graph ready to use: the bindings and the graph as exported. */
export interface LoadedGraph {
  mode: GraphMode;
  graph: ApiGraph;
  set: z.infer<typeof bindingsSchema>;
  output: string;
  progress: string[];
}

/** A workflow read and checked: the descriptor and its graphs. */
export interface Workflow {
  dir: string;
  descriptor: Descriptor;
  graphs: Partial<Record<GraphMode, LoadedGraph>>;
}

/** A workflow folder that cannot be used; the message is one line naming the file and the fix. */
export class WorkflowInvalid extends Error {
  override readonly name = 'WorkflowInvalid';
  readonly code = 'COMFYUI_WORKFLOW_INVALID';
}

const apiGraphSchema = z.record(
  z.string(),
  z.object({ class_type: z.string().min(1), inputs: z.record(z.string(), z.unknown()) }).passthrough(),
);

// Bindings a graph must have for its mode, beyond those every graph has.
const IMAGES_BY_MODE: Record<GraphMode, Binding[]> = {
  text: [],
  image: ['startImage'],
  firstLast: ['startImage', 'endImage'],
};

/** The folder of the workflows shipped with zoetrope. */
export const SHIPPED_WORKFLOWS = resolve(import.meta.dirname, '..', '..', '..', '..', 'workflows', 'comfyui');
/** The workflow used when COMFYUI_WORKFLOW is not set. */
export const DEFAULT_WORKFLOW = 'wan2.2-ti2v-5b';

/** Reads and checks `<root>/<name>/workflow.json` and its graphs. */
export async function loadWorkflow(root: string, name: string): Promise<Workflow> {
  const dir = join(root, name);
  const descriptorPath = join(dir, 'workflow.json');
  const raw = await readJson(descriptorPath, async () => {
    const available = await readdir(root).catch(() => [] as string[]);
    return `no workflow "${name}" in ${root} (found: ${available.join(', ') || 'none'}); set COMFYUI_WORKFLOW or COMFYUI_WORKFLOWS`;
  });
  const parsed = descriptorSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new WorkflowInvalid(`${descriptorPath}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const descriptor = parsed.data;
  const graphs: Workflow['graphs'] = {};
  for (const mode of Object.keys(descriptor.graphs) as GraphMode[]) {
    const spec = descriptor.graphs[mode];
    if (!spec) continue;
    const where = `${descriptorPath}: graphs.${mode}`;
    const file = join(dir, spec.file);
    const graphParsed = apiGraphSchema.safeParse(
      await readJson(file, async () => `${where}.file: ${file} is missing`),
    );
    if (!graphParsed.success) {
      throw new WorkflowInvalid(
        `${file} is not an API-format graph (export it with "Export (API)"): ${graphParsed.error.issues[0]?.message}`,
      );
    }
    const graph = graphParsed.data as ApiGraph;
    for (const needed of IMAGES_BY_MODE[mode]) {
      if (!spec.set[needed])
        throw new WorkflowInvalid(`${where}.set.${needed} is required for a ${mode} graph`);
    }
    for (const [binding, targets] of Object.entries(spec.set) as [Binding, InputTarget[] | undefined][]) {
      for (const target of targets ?? []) checkTarget(graph, target, `${where}.set.${binding}`, spec.file);
    }
    if (!graph[spec.output])
      throw new WorkflowInvalid(`${where}.output: node "${spec.output}" is not in ${spec.file}`);
    const progress = spec.progress ?? (spec.set.steps ?? spec.set.seed).map((t) => t.node);
    for (const node of progress) {
      if (!graph[node]) throw new WorkflowInvalid(`${where}.progress: node "${node}" is not in ${spec.file}`);
    }
    graphs[mode] = { mode, graph, set: spec.set, output: spec.output, progress };
  }
  const { max, step } = descriptor.frames;
  if ((max - 1) % step !== 0) {
    throw new WorkflowInvalid(
      `${descriptorPath}: frames.max must be step·k + 1 (such as ${step * 4 + 1}), got ${max}`,
    );
  }
  if (descriptor.sizes.some(([w, h]) => w % descriptor.sizeStep || h % descriptor.sizeStep)) {
    throw new WorkflowInvalid(
      `${descriptorPath}: sizes: every size must be a multiple of sizeStep (${descriptor.sizeStep})`,
    );
  }
  return { dir, descriptor, graphs };
}

function checkTarget(graph: ApiGraph, target: InputTarget, where: string, file: string): void {
  const node = graph[target.node];
  if (!node) throw new WorkflowInvalid(`${where}: node "${target.node}" is not in ${file}`);
  if (!(target.input in node.inputs)) {
    throw new WorkflowInvalid(
      `${where}: node "${target.node}" (${node.class_type}) has no input "${target.input}" in ${file}; its inputs are ${Object.keys(node.inputs).join(', ')}`,
    );
  }
}

async function readJson(path: string, missing: () => Promise<string>): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new WorkflowInvalid(await missing());
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new WorkflowInvalid(`${path} is not JSON: ${(error as Error).message}`);
  }
}

/** The model card a workflow presents to the engine: its sizes, frame rate, window and what it can condition on. */
export function workflowCard(workflow: Workflow): ModelCard {
  const d = workflow.descriptor;
  const conditioning: ModelCard['limits']['conditioning'] = [];
  // Extend forward uses the parent's last frame as the start image; loops tie a first and a last frame.
  if (workflow.graphs.image) conditioning.push('first_frame', 'first_frames');
  if (workflow.graphs.firstLast) conditioning.push('loop');
  return {
    name: d.name,
    version: d.version,
    ...(d.description && { description: d.description }),
    limits: {
      frames: d.frames.max,
      fps: d.fps,
      sizes: d.sizes,
      conditioning,
      default_steps: d.defaultSteps,
    },
    caption_language: {
      style: 'prose',
      guide: d.caption.guide,
      examples: d.caption.examples,
      ...(d.caption.maxWords && { maxWords: d.caption.maxWords }),
    },
  };
}
