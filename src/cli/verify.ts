// `npm run verify -- <file.mp4> [--json]`: the provenance of a clip: C2PA manifest, watermark, registry.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Redis } from 'ioredis';
import { ConfigError, createLogger, loadConfig, readEnv } from '../config/index.js';
import { findFfmpeg } from '../engine/encoder/index.js';
import { RedisLink } from '../ops/index.js';
import { openVerifier, type VerifyReport, verifyClip } from '../provenance/index.js';
import { connectRedis, createKeys } from '../queue/index.js';
import { obtainRedis, type RedisHandle } from './redis-server.js';
import { exitWith } from './runtime.js';

const USAGE = `usage: npm run verify -- [--json] [--no-registry] <file.mp4>

Reads a clip's provenance: its C2PA manifest (trusted, valid, untrusted signer, invalid with the reason,
or absent), the invisible watermark (found or not, with its payload and confidence), and what the
registry knows of that payload. --json prints one line:
{"c2pa":{"state":…},"watermark":{"found":…,"payload":"…","confidence":…},"registry":{…}|null}.
Uses WATERMARK_KEY (or DATA_DIR's watermark key), C2PA_TRUST_ANCHORS and REDIS_URL (or the private Redis
under DATA_DIR). --no-registry skips Redis. Exit codes: 0 report printed, 1 file unreadable, 2 usage.`;

async function main(argv: string[]): Promise<void> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    exitWith(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) exitWith(`give exactly one clip file\n\n${USAGE}`, 2);
  const file = positionals[0]!;
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) =>
    exitWith(`cannot read ${file}: ${error.code ?? error.message}`, 1),
  );

  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(readEnv());
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message, 2);
    throw error;
  }
  // Logs go to stderr and stay quiet: stdout is the report.
  const log = createLogger({ LOG_LEVEL: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL });
  const ffmpeg = await findFfmpeg(config.FFMPEG_PATH ? { ffmpegPath: config.FFMPEG_PATH } : {});

  let handle: RedisHandle | undefined;
  let redis: Redis | undefined;
  if (!values['no-registry']) {
    try {
      handle = await obtainRedis(config.REDIS_URL, config.DATA_DIR);
      redis = new RedisLink(log).watch(connectRedis(handle.url), 'verify registry');
    } catch (error) {
      process.stderr.write(`zoetrope: no registry lookup: ${(error as Error).message}\n`);
    }
  }
  try {
    const deps = await openVerifier(config, {
      ffmpeg: ffmpeg.path,
      log,
      redis,
      registryKey: createKeys(config.ZOETROPE_PREFIX).provenance,
    });
    const report = await verifyClip(bytes, deps);
    process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : humanReport(report));
  } finally {
    redis?.disconnect();
    await handle?.stop();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'no-registry': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

const C2PA_WORDS: Record<VerifyReport['c2pa']['state'], string> = {
  trusted: 'valid, signed by a trusted signer',
  valid: 'valid (signer trust not checked)',
  untrusted: 'valid, but the signer is not on a trust list',
  invalid: 'INVALID',
  absent: 'absent',
};

/** The report as a person reads it. */
function humanReport(report: VerifyReport): string {
  const lines: string[] = [];
  const { c2pa, watermark, registry } = report;
  lines.push(`C2PA:      ${C2PA_WORDS[c2pa.state]}${c2pa.reason ? ` (${c2pa.reason})` : ''}`);
  const s = c2pa.summary;
  if (s) {
    const signer = s.signer && [s.signer.commonName, s.signer.issuer].filter(Boolean).join(', ');
    if (signer) lines.push(`           signed by ${signer}${s.signer?.time ? ` at ${s.signer.time}` : ''}`);
    if (s.claimGenerator) lines.push(`           made with ${s.claimGenerator}`);
    if (s.aiGenerated)
      lines.push(`           AI-generated${s.softwareAgent ? ` by ${s.softwareAgent}` : ''}`);
    if (s.actions.length > 0) lines.push(`           actions: ${s.actions.join(', ')}`);
    if (s.softBinding)
      lines.push(`           watermark named: ${s.softBinding.algorithm}, payload ${s.softBinding.payload}`);
    for (const i of s.ingredients) {
      lines.push(
        `           ingredient: ${i.title} (${i.relationship}${i.signed ? ', with its own manifest' : ''})`,
      );
    }
    if (s.generation?.prompt) lines.push(`           prompt: ${s.generation.prompt}`);
  }
  lines.push(
    watermark.found
      ? `Watermark: found, payload ${watermark.payload}, confidence ${watermark.confidence}`
      : `Watermark: not found (confidence ${watermark.confidence}${watermark.reason ? `; ${watermark.reason}` : ''})`,
  );
  if (registry) {
    const where = registry.guildId
      ? `server ${registry.guildId}, channel ${registry.channelId}`
      : registry.source;
    lines.push(
      `Registry:  made by zoetrope on ${new Date(registry.createdAt).toISOString()} with ${registry.model} ${registry.version}`,
      `           job ${registry.jobId} (${registry.kind}), seed ${registry.seed}, ${where}`,
      `           caption: ${registry.caption}`,
    );
    if (registry.parent)
      lines.push(
        `           parent: job ${registry.parent.jobId}${registry.parent.id ? `, id ${registry.parent.id}` : ''}`,
      );
  } else {
    lines.push('Registry:  no record');
  }
  return `${lines.join('\n')}\n`;
}

await main(process.argv.slice(2)).catch((error: unknown) =>
  exitWith((error as Error).message ?? String(error), 1),
);
