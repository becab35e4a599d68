/** IPTC's digital source type for media made by a trained model (C2PA's `c2pa.created` action). */
export const TRAINED_ALGORITHMIC_MEDIA =
  'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';

/** The assertion label our optional generation details go under (off unless the server turns it on). */
export const GENERATION_ASSERTION = 'io.zoetrope.generation';

/** How a derived clip relates to the clip it came from, in C2PA's ingredient terms. */
export type IngredientRelationship = 'parentOf' | 'componentOf' | 'inputTo';

/** The clip a derived clip (extend, loop, animate) names as its ingredient. */
export interface ParentClip {
  jobId: string;
  /** Its registry id (hex), when still known. */
  registryId?: string | undefined;
  relationship: IngredientRelationship;
  /** Its signed MP4, while the artifact store still has it: its manifest then travels as the ingredient's. */
  mp4?: Buffer | undefined;
}

/** What a clip's manifest says. Everything here ends up in a file anyone can read. */
export interface ClipManifestInput {
  /** The claim generator: zoetrope and its version. */
  generator: { name: string; version: string };
  /** The model that made the frames: the `c2pa.created` action's software agent. */
  model: { name: string; version: string };
  /** The watermark in the frames: the soft-binding assertion's algorithm and its payload. */
  watermark: { algorithm: string; payload: Uint8Array };
  parent?: ParentClip | undefined;
  /** Only when the server turned it on: the prompt, the caption and who asked. */
  generation?:
    | { prompt: string; caption: string; requester?: { source: string; userId: string } }
    | undefined;
}

/** One ingredient for the builder: its JSON, and the asset its manifest is read from (when there is one). */
export interface IngredientInput {
  json: Record<string, unknown>;
  asset?: { bytes: Buffer; mimeType: string } | undefined;
}

/** A manifest definition as c2pa-rs's Builder takes it, and the ingredients to add to it. */
export interface ManifestDefinition {
  manifest: Record<string, unknown>;
  ingredients: IngredientInput[];
}

const PARENT_LABEL = 'parent-clip';

/**
 * The manifest of a generated clip: the claim generator; `c2pa.actions` with `c2pa.created` (trained
 * algorithmic media, the model as software agent; for a derived clip it names the parent ingredient) and
 * `c2pa.watermarked`; a `c2pa.soft-binding` naming the watermark algorithm and its payload (base64). The
 * SDK adds the hard binding (`c2pa.hash.bmff`) when signing. Pure: the same input, the same definition.
 */
export function clipManifest(input: ClipManifestInput): ManifestDefinition {
  const payloadHex = Buffer.from(input.watermark.payload).toString('hex');
  const created: Record<string, unknown> = {
    action: 'c2pa.created',
    digitalSourceType: TRAINED_ALGORITHMIC_MEDIA,
    softwareAgent: { name: input.model.name, version: input.model.version },
  };
  if (input.parent) created.parameters = { ingredientIds: [PARENT_LABEL] };
  const assertions: Array<{ label: string; data: unknown }> = [
    {
      label: 'c2pa.actions',
      data: {
        actions: [
          created,
          {
            action: 'c2pa.watermarked',
            softwareAgent: { name: input.generator.name, version: input.generator.version },
            parameters: { description: `invisible watermark ${input.watermark.algorithm}` },
          },
        ],
      },
    },
    {
      label: 'c2pa.soft-binding',
      data: {
        alg: input.watermark.algorithm,
        blocks: [{ scope: {}, value: Buffer.from(input.watermark.payload).toString('base64') }],
      },
    },
  ];
  if (input.generation) {
    assertions.push({
      label: GENERATION_ASSERTION,
      data: {
        prompt: input.generation.prompt,
        caption: input.generation.caption,
        ...(input.generation.requester && { requester: input.generation.requester }),
      },
    });
  }
  const ingredients: IngredientInput[] = [];
  if (input.parent) {
    const { parent } = input;
    ingredients.push({
      json: {
        title: `zoetrope clip ${parent.registryId ?? parent.jobId}`,
        format: 'video/mp4',
        relationship: parent.relationship,
        label: PARENT_LABEL,
        instance_id: `zoetrope:job:${parent.jobId}`,
        ...(parent.registryId && { description: `zoetrope registry id ${parent.registryId}` }),
      },
      ...(parent.mp4 && { asset: { bytes: parent.mp4, mimeType: 'video/mp4' } }),
    });
  }
  return {
    manifest: {
      claim_generator_info: [{ name: input.generator.name, version: input.generator.version }],
      format: 'video/mp4',
      title: `zoetrope clip ${payloadHex}`,
      assertions,
    },
    ingredients,
  };
}
