import { GENERATION_ASSERTION } from './manifest.js';

/**
 * What a C2PA validator concluded: `trusted` (valid, signer chains to a trust anchor), `valid` (valid, trust
 * not checked), `untrusted` (valid, but the signer is not on any trust list: our local CA), `invalid` (the
 * manifest is broken or the file changed since signing; `reason` says how), `absent` (no manifest).
 */
export type C2paState = 'trusted' | 'valid' | 'untrusted' | 'invalid' | 'absent';

/** The parts of a manifest a person verifying a clip wants to see. */
export interface C2paSummary {
  title?: string;
  /** The claim generator, e.g. `zoetrope 0.1.0`. */
  claimGenerator?: string;
  /** Who signed: the certificate's organisation and common name, and when (if the signature says). */
  signer?: { issuer?: string; commonName?: string; time?: string };
  /** True when an action declares trained-algorithmic (AI) media. */
  aiGenerated: boolean;
  /** The `c2pa.created` action's software agent, e.g. `zoetrope-tiny 2.2.0`. */
  softwareAgent?: string;
  actions: string[];
  /** The soft binding (watermark) the manifest names, its payload as hex. */
  softBinding?: { algorithm: string; payload: string };
  ingredients: Array<{ title: string; relationship: string; signed: boolean }>;
  /** Prompt and caption, only in manifests of servers that turned them on. */
  generation?: { prompt?: string; caption?: string };
}

/** A C2PA verdict on one file. */
export interface C2paReport {
  state: C2paState;
  /** Why it is invalid or absent, in words (validation codes for an invalid one). */
  reason?: string;
  summary?: C2paSummary;
}

/** Reads the C2PA manifest store of a file and validates it. */
export type C2paReader = (bytes: Uint8Array, mimeType: string) => Promise<C2paReport>;

const UNTRUSTED = 'signingCredential.untrusted';

interface StatusEntry {
  code?: string;
  explanation?: string;
}

type Json = Record<string, unknown>;

const asRecord = (v: unknown): Json | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The verdict from a c2pa-rs manifest store (the JSON both the native and the wasm reader return): the
 * validation state, the failure codes of the active manifest, and its summary.
 */
export function reportFromStore(store: unknown): C2paReport {
  const root = asRecord(store) ?? {};
  const activeLabel = asString(root.active_manifest);
  const manifests = asRecord(root.manifests) ?? {};
  const active = activeLabel ? asRecord(manifests[activeLabel]) : undefined;
  if (!active) return { state: 'absent', reason: 'no active manifest' };
  const results = asRecord(asRecord(root.validation_results)?.activeManifest);
  const failures = (results ? asArray(results.failure) : asArray(root.validation_status)) as StatusEntry[];
  const state = asString(root.validation_state);
  const summary = summarise(active);
  if (state === 'Trusted') return { state: 'trusted', summary };
  if (state === 'Valid') {
    return { state: failures.some((f) => f.code === UNTRUSTED) ? 'untrusted' : 'valid', summary };
  }
  const reasons = failures.filter((f) => f.code !== UNTRUSTED);
  const reason =
    reasons.length > 0
      ? reasons
          .slice(0, 3)
          .map((f) => `${f.code ?? 'unknown'}${f.explanation ? ` (${f.explanation})` : ''}`)
          .join('; ')
      : 'the manifest did not validate';
  return { state: 'invalid', reason, summary };
}

function summarise(manifest: Json): C2paSummary {
  const info = asRecord(asArray(manifest.claim_generator_info)[0]);
  const claimGenerator =
    info && asString(info.name)
      ? `${asString(info.name)}${asString(info.version) ? ` ${asString(info.version)}` : ''}`
      : asString(manifest.claim_generator);
  const signature = asRecord(manifest.signature_info);
  const assertions = asArray(manifest.assertions)
    .map(asRecord)
    .filter((a): a is Json => a !== undefined);
  const actions = assertions
    .filter((a) => asString(a.label)?.startsWith('c2pa.actions'))
    .flatMap((a) => asArray(asRecord(a.data)?.actions))
    .map(asRecord)
    .filter((a): a is Json => a !== undefined);
  const created = actions.find((a) => a.action === 'c2pa.created');
  const agent = asRecord(created?.softwareAgent);
  const softwareAgent = agent
    ? `${asString(agent.name) ?? ''}${asString(agent.version) ? ` ${asString(agent.version)}` : ''}`.trim()
    : asString(created?.softwareAgent);
  const binding = asRecord(assertions.find((a) => a.label === 'c2pa.soft-binding')?.data);
  const bindingValue = asString(asRecord(asArray(binding?.blocks)[0])?.value);
  const generation = asRecord(assertions.find((a) => a.label === GENERATION_ASSERTION)?.data);
  const summary: C2paSummary = {
    aiGenerated: actions.some((a) => asString(a.digitalSourceType)?.endsWith('/trainedAlgorithmicMedia')),
    actions: actions.map((a) => asString(a.action) ?? 'unknown'),
    ingredients: asArray(manifest.ingredients)
      .map(asRecord)
      .filter((i): i is Json => i !== undefined)
      .map((i) => ({
        title: asString(i.title) ?? 'untitled',
        relationship: asString(i.relationship) ?? 'componentOf',
        signed: typeof i.active_manifest === 'string',
      })),
  };
  const title = asString(manifest.title);
  if (title) summary.title = title;
  if (claimGenerator) summary.claimGenerator = claimGenerator;
  if (signature)
    summary.signer = defined({
      issuer: signature.issuer,
      commonName: signature.common_name,
      time: signature.time,
    });
  if (softwareAgent) summary.softwareAgent = softwareAgent;
  if (binding && asString(binding.alg) && bindingValue) {
    summary.softBinding = {
      algorithm: asString(binding.alg)!,
      payload: Buffer.from(bindingValue, 'base64').toString('hex'),
    };
  }
  if (generation) summary.generation = defined({ prompt: generation.prompt, caption: generation.caption });
  return summary;
}

/** The string fields of `fields`, the others left out. */
function defined<K extends string>(fields: Record<K, unknown>): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [k, v] of Object.entries(fields) as Array<[K, unknown]>) if (typeof v === 'string') out[k] = v;
  return out;
}

/** The verdict for a reader's error: no manifest, a format C2PA cannot carry, or a broken file. */
export function reportFromError(error: unknown): C2paReport {
  const text = String((error as Error)?.message ?? error);
  if (/JumbfNotFound|ProvenanceMissing|no JUMBF|not found/i.test(text)) {
    return { state: 'absent', reason: 'the file carries no C2PA manifest' };
  }
  if (/UnsupportedType|InvalidFileSignature|expected box type/i.test(text)) {
    return { state: 'absent', reason: 'not an MP4 (ISO BMFF) file, so it cannot carry a C2PA manifest here' };
  }
  return { state: 'invalid', reason: `the manifest could not be read: ${text.slice(0, 200)}` };
}

/** The MIME type C2PA should parse `bytes` as, from the file's first box; undefined when not ISO BMFF. */
export function bmffMimeType(bytes: Uint8Array): string | undefined {
  if (bytes.length < 12) return undefined;
  const type = Buffer.from(bytes.subarray(4, 8)).toString('latin1');
  if (type !== 'ftyp') return undefined;
  const brand = Buffer.from(bytes.subarray(8, 12)).toString('latin1');
  return brand === 'qt  ' ? 'video/quicktime' : 'video/mp4';
}
