/**
 * Text moderation against labelled prompt sets (issue 14): per set, recall of prompts that must be
 * blocked (overall and per category), false-positive rate on prompts that must be allowed, precision, F1,
 * per-prompt latency p50/p99 (wall clock, CPU time, and each prompt's best pass), and the same per form (plain, obfuscated, injection, tricky_allowed,
 * borderline). Sets are `scripts/eval/moderation/*.jsonl` with lines
 * `{"prompt","label":"allow"|"block","categories":[…],"form":"…"}`; each is reported apart. The policy is
 * the default one the labels were written for, and the moderator is the one that ships (rules, then the
 * text classifier at its shipped thresholds): no threshold is tuned here. `--layers rules` scores the rules
 * alone, for comparison. Prints a table per set and one JSON line.
 *
 * `npm run eval:moderation [-- --sets set-a,dev] [--errors set-a] [--passes 3] [--layers rules|all]`
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  loadTextModerator,
  type ModerationDecision,
  type TextModerator,
} from '../../src/moderation/index.js';
import { DEFAULT_POLICY, MODERATION_CATEGORIES, type ModerationCategory } from '../../src/queue/index.js';
import { percentile, printTable } from '../bench/stats.js';

const FORMS = ['plain', 'obfuscated', 'injection', 'tricky_allowed', 'borderline'] as const;

interface Row {
  prompt: string;
  label: 'allow' | 'block';
  categories: ModerationCategory[];
  form: string;
}

interface Scored extends Row {
  decision: ModerationDecision;
  /** Wall-clock time per check, one sample per pass. */
  ms: number[];
  /** CPU time of this process per check: the same, less the time other processes held the CPU. */
  cpuMs: number[];
}

const root = new URL('../../', import.meta.url).pathname;
const folder = join(root, 'scripts/eval/moderation');

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    sets: { type: 'string' },
    errors: { type: 'string' },
    passes: { type: 'string' },
    layers: { type: 'string' },
  },
});

const layers = values.layers ?? 'all';
if (layers !== 'all' && layers !== 'rules') throw new Error(`--layers is rules or all, not ${layers}`);

function readSet(file: string): Row[] {
  const rows: Row[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((raw, i) => {
    if (raw.trim().length === 0) return;
    let row: Row;
    try {
      row = JSON.parse(raw) as Row;
    } catch {
      throw new Error(`${basename(file)}:${i + 1}: not a JSON line`);
    }
    if (typeof row.prompt !== 'string' || (row.label !== 'allow' && row.label !== 'block')) {
      throw new Error(`${basename(file)}:${i + 1}: needs "prompt" and "label": "allow"|"block"`);
    }
    row.categories = Array.isArray(row.categories) ? row.categories : [];
    row.form = typeof row.form === 'string' ? row.form : 'plain';
    rows.push(row);
  });
  return rows;
}

/** The sets to score: every `*.jsonl` in the folder (set-a first), or the ones named with --sets. */
function setNames(): string[] {
  if (!existsSync(folder)) return [];
  const all = readdirSync(folder)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => f.slice(0, -'.jsonl'.length))
    .sort((a, b) => {
      const rank = (n: string) => (n.startsWith('set-') ? 0 : 1);
      return rank(a) - rank(b) || a.localeCompare(b);
    });
  if (!values.sets) return all;
  const wanted = values.sets.split(',').map((s) => s.trim());
  for (const name of wanted) if (!all.includes(name)) throw new Error(`no set ${name}.jsonl in ${folder}`);
  return wanted;
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
const pct = (x: number) => (Number.isNaN(x) ? '-' : `${(100 * x).toFixed(1)}%`);

interface Metrics {
  n: number;
  block: number;
  allow: number;
  recall: number;
  fpRate: number;
  precision: number;
  f1: number;
  p50Ms: number;
  p99Ms: number;
  p99CpuMs: number;
  /** p99 over prompts of each prompt's fastest pass: what the code costs, without a busy machine's noise. */
  p99BestMs: number;
}

function metrics(rows: Scored[]): Metrics {
  const block = rows.filter((r) => r.label === 'block');
  const allow = rows.filter((r) => r.label === 'allow');
  const tp = block.filter((r) => r.decision.decision === 'block').length;
  const fp = allow.filter((r) => r.decision.decision === 'block').length;
  const recall = ratio(tp, block.length);
  const precision = ratio(tp, tp + fp);
  const ms = rows.flatMap((r) => r.ms);
  const cpu = rows.flatMap((r) => r.cpuMs);
  return {
    n: rows.length,
    block: block.length,
    allow: allow.length,
    recall,
    fpRate: ratio(fp, allow.length),
    precision,
    f1: 2 * ratio(precision * recall, precision + recall),
    p50Ms: percentile(ms, 50),
    p99Ms: percentile(ms, 99),
    p99CpuMs: percentile(cpu, 99),
    p99BestMs: percentile(
      rows.map((r) => Math.min(...r.ms)),
      99,
    ),
  };
}

async function score(moderator: TextModerator, rows: Row[], passes: number): Promise<Scored[]> {
  const check = (prompt: string) => moderator.check([{ text: prompt, kind: 'prompt' }], DEFAULT_POLICY);
  // One unmeasured pass warms the JIT, as a running bot would be.
  for (const row of rows) await check(row.prompt);
  const scored: Scored[] = [];
  for (const row of rows) scored.push({ ...row, decision: await check(row.prompt), ms: [], cpuMs: [] });
  for (let pass = 0; pass < passes; pass++) {
    for (const r of scored) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      await check(r.prompt);
      r.ms.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      r.cpuMs.push((used.user + used.system) / 1000);
    }
  }
  return scored;
}

function report(name: string, scored: Scored[]): Record<string, unknown> {
  const all = metrics(scored);
  console.log(`\n== ${name}: ${all.n} prompts (${all.block} block, ${all.allow} allow)`);
  printTable([
    {
      recall: pct(all.recall),
      'FP rate': pct(all.fpRate),
      precision: pct(all.precision),
      F1: pct(all.f1),
      'p50 ms': all.p50Ms.toFixed(3),
      'p99 ms': all.p99Ms.toFixed(3),
      'p99 cpu ms': all.p99CpuMs.toFixed(3),
      'p99 best ms': all.p99BestMs.toFixed(3),
    },
  ]);
  const perCategory: Record<string, unknown> = {};
  const categoryRows: Array<Record<string, string | number>> = [];
  for (const category of MODERATION_CATEGORIES) {
    const rows = scored.filter((r) => r.label === 'block' && r.categories.includes(category));
    if (rows.length === 0) continue;
    const blocked = rows.filter((r) => r.decision.decision === 'block').length;
    const named = rows.filter((r) => r.decision.categories.includes(category)).length;
    perCategory[category] = {
      n: rows.length,
      recall: ratio(blocked, rows.length),
      named: ratio(named, rows.length),
    };
    categoryRows.push({
      category,
      n: rows.length,
      recall: pct(ratio(blocked, rows.length)),
      'named it': pct(ratio(named, rows.length)),
    });
  }
  console.log('');
  printTable(categoryRows);
  const perForm: Record<string, unknown> = {};
  const formRows: Array<Record<string, string | number>> = [];
  const forms = [...new Set([...FORMS, ...scored.map((r) => r.form)])];
  for (const form of forms) {
    const rows = scored.filter((r) => r.form === form);
    if (rows.length === 0) continue;
    const m = metrics(rows);
    perForm[form] = m;
    formRows.push({
      form,
      n: m.n,
      block: m.block,
      allow: m.allow,
      recall: pct(m.recall),
      'FP rate': pct(m.fpRate),
      F1: pct(m.f1),
      'p99 ms': m.p99Ms.toFixed(3),
      'p99 cpu ms': m.p99CpuMs.toFixed(3),
    });
  }
  console.log('');
  printTable(formRows);
  return { ...all, perCategory, perForm };
}

function listErrors(name: string, scored: Scored[]): void {
  const wrong = scored.filter((r) => r.decision.decision !== r.label);
  const misnamed = scored.filter(
    (r) =>
      r.label === 'block' &&
      r.decision.decision === 'block' &&
      r.categories.some((c) => !r.decision.categories.includes(c)),
  );
  console.log(
    `\n== ${name}: ${wrong.length} misclassified, ${misnamed.length} blocked under other categories`,
  );
  for (const r of [...wrong, ...misnamed]) {
    const kind = r.decision.decision !== r.label ? (r.label === 'block' ? 'MISSED' : 'FALSE+') : 'CATEGORY';
    const seen = r.decision.findings.map((f) => `${f.category}/${f.severity}:${f.evidence ?? ''}`).join(', ');
    console.log(
      `${kind.padEnd(8)} ${r.form.padEnd(14)} want [${r.categories.join(',')}] got [${r.decision.categories.join(',')}] ${JSON.stringify(r.prompt)}${seen ? `  (${seen})` : ''}`,
    );
  }
}

async function main(): Promise<void> {
  const passes = Math.max(1, Number(values.passes ?? 3));
  const names = values.errors ? [values.errors] : setNames();
  if (names.length === 0) {
    console.log(`no labelled sets in ${folder}`);
    return;
  }
  const moderator = await loadTextModerator(layers === 'rules' ? { classifier: false } : {});
  console.log(`layers: ${layers === 'rules' ? 'rules' : 'rules + classifier'}`);
  const summary: Record<string, unknown> = {};
  for (const name of names) {
    const file = join(folder, `${name}.jsonl`);
    if (!existsSync(file)) throw new Error(`no set ${name}.jsonl in ${folder}`);
    const scored = await score(moderator, readSet(file), values.errors ? 1 : passes);
    if (values.errors) listErrors(name, scored);
    else summary[name] = report(name, scored);
  }
  if (!values.errors) {
    console.log('');
    console.log(
      JSON.stringify({
        eval: 'moderation',
        layers: layers === 'rules' ? 'rules' : 'rules+classifier',
        policy: 'default',
        sets: summary,
      }),
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`eval:moderation: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
