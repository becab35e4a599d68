/**
 * Checks the exported classifier as the bot runs it (TypeScript features → ONNX Runtime, CPU, one thread)
 * against the scores train.py computed with torch for 200 held-out texts, and times one check.
 *
 * `npx tsx scripts/moderation/parity.ts [--dir models/moderation-text] [--data scripts/moderation/data]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TextClassifier } from '../../src/moderation/index.js';
import { percentile } from '../bench/stats.js';

const here = new URL('.', import.meta.url).pathname;
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { dir: { type: 'string' }, data: { type: 'string' } },
});
const probes = JSON.parse(
  readFileSync(join(values.data ?? join(here, 'data'), 'parity.json'), 'utf8'),
) as Array<{
  text: string;
  scores: number[];
}>;

const classifier = await TextClassifier.load(values.dir === undefined ? {} : { dir: values.dir });
const categories = classifier.card.categories;
let worst = 0;
for (const probe of probes) {
  const [row] = await classifier.scores([probe.text]);
  categories.forEach((c, k) => {
    worst = Math.max(worst, Math.abs((row?.[c] ?? 0) - probe.scores[k]!));
  });
}
const ms: number[] = [];
for (let pass = 0; pass < 5; pass++) {
  for (const probe of probes) {
    const t0 = performance.now();
    await classifier.findings([probe.text]);
    ms.push(performance.now() - t0);
  }
}
console.log(
  JSON.stringify({
    probes: probes.length,
    maxAbsDiff: Number(worst.toExponential(2)),
    p50Ms: Number(percentile(ms, 50).toFixed(3)),
    p99Ms: Number(percentile(ms, 99).toFixed(3)),
  }),
);
await classifier.release();
if (worst > 1e-3) process.exitCode = 1;
