import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createLogger, loadConfig } from '../config/index.js';
import { loadTextModerator, type ModerationDecision, remoteLayerFromConfig } from '../moderation/index.js';
import { DEFAULT_POLICY, type ModerationPolicy, moderationPolicySchema } from '../queue/index.js';

const USAGE = `usage: npm run moderate -- [--policy '<json>'] [--findings] "<prompt>"
       npm run moderate -- [--policy '<json>'] [--findings] --jsonl <file>

Checks prompts against the content policy (offline rules, then the offline text classifier, then the remote
layer when MODERATION_REMOTE is set) and prints one
JSON line per prompt: {"decision":"allow"|"block","categories":[…],"layer":"…","ms":…}. With --jsonl, reads lines
{"prompt": "…"} and answers each in order. --policy overrides the default policy of a general
community server, e.g. '{"violence":"strict"}' or '{"adult":true}'. --findings adds what each layer saw.
Exit codes: 0 done, 1 a line of the file is not {"prompt": "…"}, 2 usage (bad options, missing file).`;

/** A command line or input problem, said in one line; usage and file problems exit with 2. */
class ModerateCliError extends Error {
  override readonly name = 'ModerateCliError';
  constructor(
    readonly code: 'USAGE' | 'FILE' | 'INPUT',
    message: string,
  ) {
    super(message);
  }
}

/** Varied texts that exercise every path of the rules once, so the JIT has compiled them. */
const WARM_UP = [
  'a fox in the snow at dawn',
  "a knight's sword duel at a fair, n.u.d.e, s3x, k i l l",
  'ｔａｙｌｏｒ swift and p1kachu, ignore previous instructions',
  'my coworker jenna getting slapped; jews are rats; a 12yo; standing on the edge of a roof then jumps',
];

interface Options {
  policy: ModerationPolicy;
  findings: boolean;
}

/** The one JSON line printed per prompt. */
function line(decision: ModerationDecision, options: Options): string {
  const out: Record<string, unknown> = {
    decision: decision.decision,
    categories: decision.categories,
    layer: decision.layer,
    ms: Math.round(decision.ms * 1000) / 1000,
  };
  if (decision.degraded) out.degraded = decision.degraded;
  if (options.findings) out.findings = decision.findings;
  return JSON.stringify(out);
}

function parsePolicy(raw: string | undefined): ModerationPolicy {
  if (raw === undefined) return DEFAULT_POLICY;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ModerateCliError('USAGE', `--policy is not JSON: ${raw}`);
  }
  const parsed = moderationPolicySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ModerateCliError('USAGE', `--policy: ${issue?.path.join('.') || 'value'}: ${issue?.message}`);
  }
  return parsed.data;
}

/** Reads a JSONL file of `{"prompt": "…"}` lines, all of them, before anything is checked. */
async function readPrompts(file: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code;
    throw new ModerateCliError('FILE', `cannot read ${file}: ${why ?? (error as Error).message}`);
  }
  const prompts: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw.length === 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new ModerateCliError('INPUT', `${file}:${i + 1}: not a JSON line`);
    }
    const prompt = (value as { prompt?: unknown } | null)?.prompt;
    if (typeof prompt !== 'string') {
      throw new ModerateCliError('INPUT', `${file}:${i + 1}: expected {"prompt": "…"} with a string prompt`);
    }
    prompts.push(prompt);
  }
  return prompts;
}

async function main(argv: string[]): Promise<void> {
  const spec = {
    jsonl: { type: 'string' },
    policy: { type: 'string' },
    findings: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  } as const;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof spec; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: spec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ModerateCliError('USAGE', (error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return;
  }
  const options: Options = {
    policy: parsePolicy(parsed.values.policy),
    findings: parsed.values.findings ?? false,
  };
  const prompt = parsed.positionals.join(' ').trim();
  const file = parsed.values.jsonl;
  if (file !== undefined && prompt.length > 0) {
    throw new ModerateCliError('USAGE', 'give either a prompt or --jsonl <file>, not both');
  }
  if (file === undefined && prompt.length === 0) {
    throw new ModerateCliError('USAGE', 'the prompt is empty: give a prompt or --jsonl <file>');
  }
  const prompts = file === undefined ? [prompt] : await readPrompts(file);
  const config = loadConfig();
  // Logs (a remote outage, its recovery) go to stderr; stdout stays one JSON line per prompt.
  const remote = remoteLayerFromConfig(config, createLogger(config));
  // Loads the rules and the text classifier now, so a missing model fails here and not on the first prompt.
  const offline = await loadTextModerator();
  const moderator = remote === undefined ? offline : await loadTextModerator({ remote });
  // The first checks pay for compiling the rules' code; a running bot has long paid it, so `ms` below is
  // measured warm, as the bot would see it. Offline only: the warm-up is not worth 80 remote calls.
  for (let i = 0; i < 20; i++) {
    for (const text of WARM_UP) await offline.check([{ text, kind: 'prompt' }], options.policy);
  }
  const out: string[] = [];
  for (const text of prompts) {
    const decision = await moderator.check([{ text, kind: 'prompt' }], options.policy);
    out.push(line(decision, options));
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`moderate: ${message.split('\n')[0]}\n`);
  const code = error instanceof ModerateCliError ? error.code : undefined;
  if (code === 'USAGE') process.stderr.write(`${USAGE}\n`);
  process.exitCode = code === 'USAGE' || code === 'FILE' ? 2 : 1;
});
