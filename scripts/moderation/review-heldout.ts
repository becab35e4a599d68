/**
 * The rules' review of the classifier (`reviewedFindings` in src/moderation/text/stack.ts) on the held-out
 * split of the generated data (train.py's: groups whose CRC-32 mod 1000 is under 150), not on an eval set:
 * per category, how many held-out harmful rows the stack (rules + classifier) blocks with and without the
 * review, and how many harmless rows it blocks. Default policy. Run `generate.py` first.
 *
 * `npx tsx scripts/moderation/review-heldout.ts [--data scripts/moderation/data]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { crc32 } from 'node:zlib';
import { loadTextModerator, TextClassifier } from '../../src/moderation/index.js';
import { DEFAULT_POLICY, MODERATION_CATEGORIES } from '../../src/queue/index.js';

interface Row {
  text: string;
  labels: Record<string, string>;
  group: string;
}

const here = new URL('.', import.meta.url).pathname;
const { values } = parseArgs({ args: process.argv.slice(2), options: { data: { type: 'string' } } });
const rows = readFileSync(join(values.data ?? join(here, 'data'), 'raw.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.length > 0)
  .map((l) => JSON.parse(l) as Row)
  .filter((r) => crc32(Buffer.from(r.group)) % 1000 < 150);
// Allowed under the default policy: no label, or mild violence only (violence is `standard`).
const harmless = (r: Row) => Object.entries(r.labels).every(([c, s]) => c === 'violence' && s === 'mild');

const classifier = await TextClassifier.load();
const variants = {
  raw: await loadTextModerator({ classifier, review: false }),
  reviewed: await loadTextModerator({ classifier }),
};
const report: Record<string, unknown> = {};
for (const [name, moderator] of Object.entries(variants)) {
  const per: Record<string, { n: number; blocked: number }> = {};
  let fp = 0;
  let allowed = 0;
  let blocked = 0;
  let harmful = 0;
  for (const r of rows) {
    const decision = await moderator.check([{ kind: 'prompt', text: r.text }], DEFAULT_POLICY);
    const block = decision.decision === 'block';
    if (harmless(r)) {
      allowed++;
      if (block) fp++;
      continue;
    }
    harmful++;
    if (block) blocked++;
    for (const c of MODERATION_CATEGORIES) {
      if (r.labels[c] === undefined || (c === 'violence' && r.labels[c] === 'mild')) continue;
      per[c] ??= { n: 0, blocked: 0 };
      per[c].n++;
      if (block) per[c].blocked++;
    }
  }
  report[name] = {
    recall: +(blocked / harmful).toFixed(4),
    fp_rate: +(fp / allowed).toFixed(4),
    fp,
    harmless: allowed,
    harmful,
    per_category: Object.fromEntries(
      Object.entries(per).map(([c, v]) => [c, { n: v.n, recall: +(v.blocked / v.n).toFixed(4) }]),
    ),
  };
}
console.log(JSON.stringify(report, null, 1));
