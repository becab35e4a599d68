import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';

/** Bytes in a registry id: the payload the watermark carries (48 bits). */
export const REGISTRY_ID_BYTES = 6;

// Tries before allocation gives up: a 48-bit id collides once in ~10^7 clips, sixteen in a row never.
const MAX_ALLOCATION_TRIES = 16;
// A reservation whose job never finished (refused, failed) frees its id after a day, not after the TTL.
const RESERVATION_SECONDS = 24 * 3600;

/**
 * What the registry remembers about a clip, looked up by the id its watermark carries. `userId` and
 * `prompt` are here so the requester's own server can be shown them; whoever displays a record decides who
 * may see which field (the manifest in the file never carries them unless the server turned that on).
 */
export const registryRecordSchema = z.object({
  /** The registry id (the watermark payload), 12 hex digits. */
  id: z.string().regex(/^[0-9a-f]{12}$/),
  jobId: z.string().min(1),
  kind: z.string().min(1),
  source: z.enum(['discord', 'cli']),
  guildId: z.string().nullable(),
  channelId: z.string().nullable(),
  userId: z.string().nullable(),
  model: z.string(),
  version: z.string(),
  seed: z.number().int(),
  prompt: z.string(),
  caption: z.string(),
  /** The clip this one extends, loops or animates: its job id and, while known, its registry id. */
  parent: z.object({ jobId: z.string().min(1), id: z.string().nullable() }).nullable(),
  /** When the clip was made, epoch milliseconds. */
  createdAt: z.number().int(),
});
export type RegistryRecord = z.infer<typeof registryRecordSchema>;

/** A held id whose clip is still being made (or whose job failed): never reported as a clip. */
const reservationSchema = z.object({ jobId: z.string(), pending: z.literal(true) });

/** A registry id as 12 lowercase hex digits. */
export function registryIdHex(id: Uint8Array): string {
  return Buffer.from(id).toString('hex');
}

/** Parses 12 hex digits (any case) into a registry id; undefined when it is not one. */
export function parseRegistryId(hex: string): Uint8Array | undefined {
  if (!/^[0-9a-fA-F]{12}$/.test(hex)) return undefined;
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

/** The `n`th candidate id of a job: deterministic, so a job run again gets the id it had. */
export function candidateId(jobId: string, n: number): Uint8Array {
  const digest = createHash('sha256').update(`zoetrope registry id\0${jobId}\0${n}`).digest();
  return Uint8Array.from(digest.subarray(0, REGISTRY_ID_BYTES));
}

/** The registry could not find a free id for a job (it is nearly full, or something writes garbage). */
export class RegistryFull extends Error {
  override readonly name = 'RegistryFull';
  readonly code = 'REGISTRY_FULL';
}

/**
 * The provenance registry in Redis: registry id (the watermark's payload) → what the clip is, with a TTL.
 * One string key per clip (JSON), so a lookup is one GET and the memory per clip is one small key.
 */
export class ProvenanceRegistry {
  constructor(
    private readonly redis: Redis,
    /** The Redis key of a registry id (hex), from src/queue/keys.ts. */
    private readonly keyOf: (idHex: string) => string,
    private readonly ttlSeconds: number,
  ) {}

  /**
   * The registry id for a job: the first of the job's candidate ids that is free or already held by this
   * job. A free one is reserved for a day (never reported by {@link lookup}) until {@link put} writes the
   * record with the registry's TTL.
   */
  async allocate(jobId: string): Promise<Uint8Array> {
    for (let n = 0; n < MAX_ALLOCATION_TRIES; n++) {
      const id = candidateId(jobId, n);
      const key = this.keyOf(registryIdHex(id));
      const reserved = await this.redis.set(
        key,
        JSON.stringify({ jobId, pending: true }),
        'EX',
        Math.min(this.ttlSeconds, RESERVATION_SECONDS),
        'NX',
      );
      if (reserved === 'OK') return id;
      const held = await this.redis.get(key);
      if (held !== null && holderOf(held) === jobId) return id;
    }
    throw new RegistryFull(`no free registry id for job ${jobId} after ${MAX_ALLOCATION_TRIES} tries`);
  }

  /** Writes a clip's record under its id (replacing the reservation), with the registry's TTL. */
  async put(record: RegistryRecord): Promise<void> {
    const parsed = registryRecordSchema.parse(record);
    await this.redis.set(this.keyOf(parsed.id), JSON.stringify(parsed), 'EX', this.ttlSeconds);
  }

  /** The record of a registry id (bytes or hex); null when unknown, expired, or still being made. */
  async lookup(id: Uint8Array | string): Promise<RegistryRecord | null> {
    const hex = typeof id === 'string' ? id.toLowerCase() : registryIdHex(id);
    if (!/^[0-9a-f]{12}$/.test(hex)) return null;
    const stored = await this.redis.get(this.keyOf(hex));
    if (stored === null) return null;
    const parsed = registryRecordSchema.safeParse(safeJson(stored));
    return parsed.success ? parsed.data : null;
  }

  /** The registry id a job's clip carries, if its record (or reservation) still exists. */
  async idOf(jobId: string): Promise<string | null> {
    for (let n = 0; n < MAX_ALLOCATION_TRIES; n++) {
      const hex = registryIdHex(candidateId(jobId, n));
      const held = await this.redis.get(this.keyOf(hex));
      if (held === null) return null;
      if (holderOf(held) === jobId) return hex;
    }
    return null;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The job a stored record or reservation belongs to. */
function holderOf(stored: string): string | undefined {
  const value = safeJson(stored);
  const reservation = reservationSchema.safeParse(value);
  if (reservation.success) return reservation.data.jobId;
  const record = registryRecordSchema.safeParse(value);
  return record.success ? record.data.jobId : undefined;
}
