/**
 * Turns the generated training text into the classifier's input ids with the very function the bot runs
 * (`textFeatureIds`: normalisation, then hashed n-grams), so Python trains on exactly what TypeScript will
 * feed the model. Reads `raw.jsonl` (from generate.py), writes, next to it:
 *   ids.i32      every example's ids, concatenated (int32, little-endian)
 *   offsets.i32  where each example starts, plus the total at the end (int32)
 *   features.json  the feature spec and the row count, which train.py checks and copies into the model card
 *
 * `npx tsx scripts/moderation/featurise.ts [scripts/moderation/data]`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURES_V1, textFeatureIds } from '../../src/moderation/text/features.js';

const folder = process.argv[2] ?? join(new URL('.', import.meta.url).pathname, 'data');
const lines = readFileSync(join(folder, 'raw.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.length > 0);

const all: number[][] = [];
let total = 0;
for (const line of lines) {
  const { text } = JSON.parse(line) as { text: string };
  const ids = textFeatureIds(text, FEATURES_V1);
  all.push(ids);
  total += ids.length;
}
const ids = new Int32Array(total);
const offsets = new Int32Array(all.length + 1);
let at = 0;
all.forEach((row, i) => {
  offsets[i] = at;
  ids.set(row, at);
  at += row.length;
});
offsets[all.length] = at;
writeFileSync(join(folder, 'ids.i32'), ids);
writeFileSync(join(folder, 'offsets.i32'), offsets);
writeFileSync(
  join(folder, 'features.json'),
  `${JSON.stringify({ ...FEATURES_V1, rows: all.length }, null, 2)}\n`,
);
console.log(
  `featurise: ${all.length} rows, ${total} ids (${(total / all.length).toFixed(1)} per row) → ${folder}`,
);
