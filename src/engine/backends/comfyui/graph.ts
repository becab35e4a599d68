import type { ApiGraph, Binding, LoadedGraph } from './workflow.js';

/** The values one run sets in its graph. */
export type RunValues = Partial<Record<Binding, string | number>>;

/**
 * A copy of the graph with each value set on the inputs the descriptor names. Values are set as JSON values
 * on the node's input (never spliced into text), so numbers stay numbers and prompts need no escaping; a
 * binding the descriptor leaves out keeps the graph's own value.
 */
export function buildGraph(loaded: LoadedGraph, values: RunValues): ApiGraph {
  const graph = structuredClone(loaded.graph);
  for (const [binding, value] of Object.entries(values) as [Binding, string | number | undefined][]) {
    if (value === undefined) continue;
    for (const target of loaded.set[binding] ?? []) graph[target.node]!.inputs[target.input] = value;
  }
  return graph;
}

/** A video file among a node's outputs: core SaveVideo/SaveWEBM report `images`, VideoHelperSuite `gifs`. */
export function videoOutput(
  output: Record<string, unknown> | undefined,
): { filename: string; subfolder: string; type: string } | undefined {
  if (!output) return undefined;
  for (const key of ['images', 'gifs', 'videos']) {
    const list = output[key];
    if (!Array.isArray(list)) continue;
    for (const item of list as Record<string, unknown>[]) {
      if (typeof item?.filename !== 'string') continue;
      const isVideo =
        /\.(mp4|webm|mov|mkv|gif|webp)$/i.test(item.filename) ||
        key !== 'images' ||
        Array.isArray(output.animated);
      if (!isVideo) continue;
      return {
        filename: item.filename,
        subfolder: typeof item.subfolder === 'string' ? item.subfolder : '',
        type: typeof item.type === 'string' ? item.type : 'output',
      };
    }
  }
  return undefined;
}
