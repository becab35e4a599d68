import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { type ModerationCategory, moderationCategorySchema } from '../queue/index.js';
import type { ModerationLayer } from './decision.js';
import type { TextKind } from './types.js';

/** What was refused: a text of the request, output frames, or the still a clip was to start from. */
export type AuditKind = TextKind | 'frames' | 'image';

/** How refused text is kept in the audit trail: as written, or only its SHA-256 (a server's choice). */
export type AuditTextMode = 'text' | 'hash';

/**
 * One refusal, as the audit trail keeps it. The caller says where it happened (ids only: this module knows
 * nothing of Discord) and what was refused; the text is either the text or its hash, never both.
 */
export interface AuditEntry {
  /** When it was refused (ms since the epoch). */
  at: number;
  guildId?: string;
  channelId?: string;
  userId: string;
  categories: ModerationCategory[];
  layer: ModerationLayer;
  kind: AuditKind;
  text?: string;
  sha256?: string;
  /** The job refused, when one existed (the engine's frame check). */
  jobId?: string;
}

/** An entry read back, with its stream id (which orders entries and pages through them). */
export interface AuditRecord extends AuditEntry {
  id: string;
}

/** One page of the trail, newest first, and whether there is anything newer or older than it. */
export interface AuditPage {
  entries: AuditRecord[];
  newer: boolean;
  older: boolean;
}

/** The longest text an entry keeps; captions are at most 2,000 characters, prompts 1,000. */
const TEXT_MAX = 4000;

/** The text of a refusal as the audit keeps it under `mode`. */
export function auditedText(text: string, mode: AuditTextMode): { text: string } | { sha256: string } {
  return mode === 'text'
    ? { text: text.slice(0, TEXT_MAX) }
    : { sha256: createHash('sha256').update(text, 'utf8').digest('hex') };
}

/**
 * Appends a refusal to the stream at `key`, trimmed to about `maxLen` entries (`MAXLEN ~`: Redis trims whole
 * nodes, so a few more may stay). Returns the entry's stream id.
 */
export async function appendAudit(
  redis: Redis,
  key: string,
  entry: AuditEntry,
  maxLen: number,
): Promise<string> {
  const fields: string[] = [
    'at',
    String(entry.at),
    'user',
    entry.userId,
    'categories',
    entry.categories.join(','),
    'layer',
    entry.layer,
    'kind',
    entry.kind,
  ];
  const optional: [string, string | undefined][] = [
    ['guild', entry.guildId],
    ['channel', entry.channelId],
    ['text', entry.text],
    ['sha256', entry.sha256],
    ['job', entry.jobId],
  ];
  for (const [name, value] of optional) if (value !== undefined) fields.push(name, value);
  const id = await redis.xadd(key, 'MAXLEN', '~', String(maxLen), '*', ...fields);
  if (id === null) throw new Error('XADD returned no id');
  return id;
}

const STREAM_ID = /^\d{1,20}-\d{1,20}$/;

/** Whether a string is a stream id (`<ms>-<seq>`), as the pages' cursors are. */
export const isAuditId = (value: string): boolean => STREAM_ID.test(value);

/**
 * Reads one page of the stream at `key`, newest first: the newest `count` entries, or those just older
 * than `older` (the last id of the page shown), or just newer than `newer` (its first id). A page of newer
 * entries that comes out short is the newest page instead, so "Previous" always shows a full page.
 */
export async function readAudit(
  redis: Redis,
  key: string,
  page: { count: number; older?: string; newer?: string },
): Promise<AuditPage> {
  let raw: [string, string[]][];
  if (page.newer !== undefined) {
    raw = (await redis.xrange(key, `(${page.newer}`, '+', 'COUNT', page.count)).reverse();
    if (raw.length < page.count) raw = await redis.xrevrange(key, '+', '-', 'COUNT', page.count);
  } else if (page.older !== undefined) {
    raw = await redis.xrevrange(key, `(${page.older}`, '-', 'COUNT', page.count);
  } else {
    raw = await redis.xrevrange(key, '+', '-', 'COUNT', page.count);
  }
  const entries = raw.flatMap(([id, fields]) => {
    const record = parseRecord(id, fields);
    return record ? [record] : [];
  });
  const first = raw[0]?.[0] ?? page.older;
  const last = raw.at(-1)?.[0] ?? page.newer;
  const [newer, older] = await Promise.all([
    first === undefined ? false : redis.xrange(key, `(${first}`, '+', 'COUNT', 1).then((r) => r.length > 0),
    last === undefined ? false : redis.xrevrange(key, `(${last}`, '-', 'COUNT', 1).then((r) => r.length > 0),
  ]);
  return { entries, newer, older };
}

const recordSchema = z.object({
  at: z.coerce.number().int().nonnegative(),
  user: z.string().min(1),
  categories: z
    .string()
    .transform((s) => (s === '' ? [] : s.split(',')))
    .pipe(z.array(moderationCategorySchema)),
  layer: z.string().min(1),
  kind: z.string().min(1),
  guild: z.string().optional(),
  channel: z.string().optional(),
  text: z.string().optional(),
  sha256: z.string().optional(),
  job: z.string().optional(),
});

/** An entry from its stream fields; one this version cannot read (written by a newer one) is skipped. */
function parseRecord(id: string, fields: string[]): AuditRecord | undefined {
  const object: Record<string, string> = {};
  for (let i = 0; i + 1 < fields.length; i += 2) object[fields[i]!] = fields[i + 1]!;
  const parsed = recordSchema.safeParse(object);
  if (!parsed.success) return undefined;
  const r = parsed.data;
  return {
    id,
    at: r.at,
    userId: r.user,
    categories: r.categories,
    // Written by appendAudit from the same types; a layer or kind added later still reads as its name.
    layer: r.layer as ModerationLayer,
    kind: r.kind as AuditKind,
    ...(r.guild !== undefined ? { guildId: r.guild } : {}),
    ...(r.channel !== undefined ? { channelId: r.channel } : {}),
    ...(r.text !== undefined ? { text: r.text } : {}),
    ...(r.sha256 !== undefined ? { sha256: r.sha256 } : {}),
    ...(r.job !== undefined ? { jobId: r.job } : {}),
  };
}
