/**
 * Picks the classifier's thresholds on the held-out split of its training data, as the bot runs the model
 * (TypeScript features, ONNX Runtime), and writes them into the model card.
 *
 * The held-out split is train.py's: groups whose CRC-32 mod 1000 is under 150. A category's threshold is the
 * lowest score at which at most `--fp` of the held-out harmless prompts are flagged, and at least `--min`.
 * With `--weight groups` every group weighs the same (each row 1 / its group's size) instead of every row.
 *
 * `npx tsx scripts/moderation/thresholds.ts [--dir models/moderation-text] [--fp 0.002] [--min 0.5]
 *   [--weight rows|groups] [--write]`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { crc32 } from 'node:zlib';
import { defaultClassifierDir, TextClassifier } from '../../src/moderation/index.js';
import type { ModerationCategory } from '../../src/queue/index.js';

interface Row {
  text: string;
  labels: Record<string, string>;
  group: string;
}

const here = new URL('.', import.meta.url).pathname;
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    dir: { type: 'string' },
    data: { type: 'string' },
    fp: { type: 'string' },
    min: { type: 'string' },
    write: { type: 'boolean' },
    weight: { type: 'string' },
  },
});
const dir = values.dir ?? defaultClassifierDir();
const fp = Number(values.fp ?? 0.002);
const min = Number(values.min ?? 0.5);
const byGroup = (values.weight ?? 'rows') === 'groups';
const rows = readFileSync(join(values.data ?? join(here, 'data'), 'raw.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.length > 0)
  .map((l) => JSON.parse(l) as Row)
  .filter((r) => crc32(Buffer.from(r.group)) % 1000 < 150);
const harmless = (r: Row) => {
  const keys = Object.keys(r.labels);
  return keys.length === 0 || (keys.length === 1 && r.labels.violence === 'mild');
};
const positive = (r: Row, c: ModerationCategory) =>
  c === 'violence' ? r.labels.violence === 'explicit' : r.labels[c] !== undefined;

const classifier = await TextClassifier.load({ dir });
const scores: Array<Partial<Record<ModerationCategory, number>>> = [];
for (let i = 0; i < rows.length; i += 256) {
  scores.push(...(await classifier.scores(rows.slice(i, i + 256).map((r) => r.text))));
}
const size = new Map<string, number>();
for (const r of rows) if (harmless(r)) size.set(r.group, (size.get(r.group) ?? 0) + 1);
const groups = size.size;
const harmlessRows = rows.filter(harmless).length;

const thresholds: Partial<Record<ModerationCategory, number>> = {};
const report: Record<string, unknown> = {};
for (const c of classifier.card.categories) {
  const safe = rows
    .map((r, i) => [r, scores[i]![c]!] as const)
    .filter(([r]) => harmless(r))
    .map(([r, s]) => ({ s, w: byGroup ? 1 / size.get(r.group)! / groups : 1 / harmlessRows }))
    .sort((a, b) => b.s - a.s);
  // Walk down from the highest harmless score while the flagged weight stays within the budget.
  let weight = 0;
  let t = 0.99;
  for (const { s, w } of safe) {
    if (weight + w > fp) {
      t = Math.min(0.99, s + 1e-4);
      break;
    }
    weight += w;
  }
  t = Math.round(Math.max(min, t) * 1e4) / 1e4;
  thresholds[c] = t;
  const pos = rows.map((r, i) => [r, scores[i]![c]!] as const).filter(([r]) => positive(r, c));
  report[c] = {
    threshold: t,
    heldout_positives: pos.length,
    recall: Number((pos.filter(([, s]) => s >= t).length / pos.length).toFixed(4)),
    fp_harmless_rows: Number((safe.filter(({ s }) => s >= t).length / safe.length).toFixed(4)),
  };
}
const flagged = (i: number) => classifier.card.categories.some((c) => scores[i]![c]! >= thresholds[c]!);
const idx = rows.map((_, i) => i);
const harmful = idx.filter((i) => !harmless(rows[i]!));
const safeRows = idx.filter((i) => harmless(rows[i]!));
const overall = {
  heldout_rows: rows.length,
  heldout_harmless: safeRows.length,
  heldout_harmless_groups: groups,
  recall_any: Number((harmful.filter(flagged).length / harmful.length).toFixed(4)),
  fp_rate: Number((safeRows.filter(flagged).length / safeRows.length).toFixed(4)),
};
console.log(JSON.stringify({ fp, min, per_category: report, overall }, null, 1));
await classifier.release();

if (values.write) {
  const path = join(dir, 'model.json');
  const card = JSON.parse(readFileSync(path, 'utf8'));
  card.thresholds = thresholds;
  card.training.threshold_rule = `per category: the lowest score at which at most ${fp * 100}% of the held-out harmless ${byGroup ? "groups' weight" : 'prompts'} is flagged, at least ${min} (scripts/moderation/thresholds.ts)`;
  card.training.heldout_per_category = report;
  card.training.heldout_overall = overall;
  writeFileSync(path, `${JSON.stringify(card, null, 2)}\n`);
  console.log(`wrote thresholds into ${path}`);
}
