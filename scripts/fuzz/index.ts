// `npm run fuzz [-- --count N] [--seed S] [--only text]`: random inputs through every way in. Not part of
// `npm test`. Prints a table: inputs, accepted, refused with a specific message, generic or missing
// answers, crashes, hangs, p99 answer time. Exits non-zero on any crash, hang or generic answer.
import { fuzzCli } from './cli.js';
import { fuzzDiscord } from './discord.js';
import { fuzzEngine, fuzzSchema } from './payloads.js';
import { type FuzzRow, Rng } from './random.js';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const count = Number(arg('--count') ?? 10_000);
const seed = Number(arg('--seed') ?? Date.now() % 2 ** 31);
const only = arg('--only');
// The real engine takes each malformed job through BullMQ end to end; a sample keeps the run in minutes.
const engineCount = Math.min(count, Number(arg('--engine-count') ?? 200));

const rows: FuzzRow[] = [];
// `--only cli,schema,engine,discord`: a comma-separated list of targets.
const want = (name: string) => !only || only.split(',').includes(name);
if (want('cli')) rows.push(fuzzCli(new Rng(seed), count));
if (want('schema')) rows.push(fuzzSchema(new Rng(seed + 1), count));
if (want('engine')) rows.push(await fuzzEngine(new Rng(seed + 2), engineCount));
if (want('discord')) rows.push(...(await fuzzDiscord(new Rng(seed + 3), count)));

const header = [
  'target',
  'inputs',
  'accepted',
  'refused (specific)',
  'generic/none',
  'crashes',
  'hangs',
  'p99 ms',
  'notes',
];
const cells = rows.map((r) =>
  [
    r.target,
    r.inputs,
    r.accepted,
    r.refused,
    r.generic,
    r.crashes,
    r.hangs,
    r.p99Ms.toFixed(1),
    r.notes.join('; '),
  ].map(String),
);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`seed ${seed}, ${count} inputs per target`);
console.log(
  [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n'),
);
console.log(JSON.stringify({ fuzz: { seed, count, rows: rows.map(({ notes, ...r }) => r) } }));
process.exit(rows.some((r) => r.crashes + r.hangs + r.generic > 0) ? 1 : 0);
