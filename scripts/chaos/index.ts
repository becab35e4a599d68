// `npm run chaos [-- --only <text>]`: fault drills against real processes and a private Redis with AOF.
// Each drill starts its own Redis, fake Discord, bot and engines, injects one fault, waits for every job to
// end, and counts from what members saw (clip messages in the fake Discord) and what the queue recorded.
// Not part of `npm test`: it kills processes and takes minutes.
import { DRILLS } from './drills.js';
import { killAll } from './processes.js';
import { killServers } from './redis.js';
import { type DrillRow, LOCK_MS, World } from './world.js';

const only = (() => {
  const at = process.argv.indexOf('--only');
  return at >= 0 ? process.argv[at + 1]?.toLowerCase() : undefined;
})();
const SETTLE_MS = 150_000;

// Children run in their own process groups (so a kill reaches all of a process), which also means they
// outlive this script unless it ends them: do so on every way out.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    killServers();
    process.exit(130);
  });
}
process.once('exit', () => {
  killAll();
  killServers();
});

async function runDrill(drill: (typeof DRILLS)[number]): Promise<DrillRow> {
  const world = await World.open(drill.name.replace(/\W+/g, '-').slice(0, 20));
  const started = Date.now();
  try {
    const outcome = await drill.run(world);
    const counts = await world.settle(SETTLE_MS);
    const rerun = await world.rerun();
    const notes = [...world.notes];
    if (rerun > 0) {
      const fromStore = await world.handedOffFromStore();
      notes.push(
        `${rerun} job(s) ran again after the fault: ${fromStore} handed off from the finished clip, ${rerun - fromStore} regenerated`,
      );
    }
    notes.push(`${((Date.now() - started) / 1000).toFixed(0)} s`);
    return { drill: drill.name, ...counts, recoverSeconds: outcome.recoverSeconds, notes };
  } catch (error) {
    world.keepLogs = true;
    return {
      drill: drill.name,
      submitted: world.submissions.length,
      completed: 0,
      failed: [],
      lost: world.submissions.length,
      twice: 0,
      recoverSeconds: undefined,
      notes: [`drill error: ${(error as Error).message}`, `logs kept in ${world.dir}/logs`],
    };
  } finally {
    await world.close();
  }
}

function table(rows: DrillRow[]): string {
  const header = [
    'drill',
    'submitted',
    'completed',
    'failed (reason)',
    'lost',
    'twice',
    'recover s',
    'notes',
  ];
  const cells = rows.map((r) => [
    r.drill,
    String(r.submitted),
    String(r.completed),
    r.failed.length === 0 ? '0' : `${r.failed.length} (${summarize(r.failed)})`,
    String(r.lost),
    String(r.twice),
    r.recoverSeconds === undefined ? '-' : r.recoverSeconds.toFixed(1),
    r.notes.join('; '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

function summarize(codes: string[]): string {
  const counts = new Map<string, number>();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([c, n]) => `${n}× ${c}`).join(', ');
}

const rows: DrillRow[] = [];
for (const drill of DRILLS) {
  if (only && !drill.name.toLowerCase().includes(only)) continue;
  process.stderr.write(`chaos: ${drill.name} …\n`);
  const row = await runDrill(drill);
  process.stderr.write(
    `chaos: ${drill.name}: ${row.completed}/${row.submitted} delivered, ${row.lost} lost, ${row.twice} twice\n`,
  );
  rows.push(row);
}
console.log(table(rows));
console.log(
  `\nrecover s: engine kills — until the killed job was taken up again (target: lock ${LOCK_MS / 1000} s + 5 s); ` +
    'bot kill, Redis outages — from the fault (Redis: from its restart) until the next clip was delivered; ' +
    'storm — from the storm until the first clip got through; malformed — until every injected job had failed.',
);
const bad = rows.filter((r) => r.lost > 0 || r.twice > 0 || r.notes.some((n) => n.startsWith('drill error')));
console.log(
  JSON.stringify({
    chaos: rows.map(({ drill, lost, twice, completed, submitted }) => ({
      drill,
      submitted,
      completed,
      lost,
      twice,
    })),
  }),
);
process.exit(bad.length > 0 ? 1 : 0);
