import type { Redis } from 'ioredis';

/** Metadata kept beside an artifact's bytes. */
export interface ArtifactMeta {
  contentType: string;
  /** Free-form string fields (job id, width, height …). */
  [field: string]: string;
}

/** A stored artifact. */
export interface StoredArtifact {
  data: Buffer;
  meta: ArtifactMeta;
}

/**
 * Where clips and stills live between the engine and the bot. Deliberately minimal — put, get, size, delete with
 * a lifetime — so a filesystem or S3 store can replace the Redis one without touching its callers.
 */
export interface ArtifactStore {
  put(key: string, data: Buffer, meta: ArtifactMeta, ttlSeconds?: number): Promise<void>;
  get(key: string): Promise<StoredArtifact | null>;
  /** An artifact's size in bytes without reading it; null when it is gone. */
  size(key: string): Promise<number | null>;
  delete(key: string): Promise<void>;
}

/** Stores artifacts in Redis hashes with a TTL (clips are small; Redis is already the shared state). */
export class RedisArtifactStore implements ArtifactStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyOf: (key: string) => string,
    private readonly defaultTtlSeconds: number,
  ) {}

  async put(
    key: string,
    data: Buffer,
    meta: ArtifactMeta,
    ttlSeconds = this.defaultTtlSeconds,
  ): Promise<void> {
    const redisKey = this.keyOf(key);
    // One MULTI so a reader never sees bytes without metadata, or an artifact without its TTL.
    await this.redis
      .multi()
      .del(redisKey)
      .hset(redisKey, { data, meta: JSON.stringify(meta) })
      .expire(redisKey, ttlSeconds)
      .exec();
  }

  async get(key: string): Promise<StoredArtifact | null> {
    const redisKey = this.keyOf(key);
    const [data, meta] = await Promise.all([
      this.redis.hgetBuffer(redisKey, 'data'),
      this.redis.hget(redisKey, 'meta'),
    ]);
    if (data === null || meta === null) return null;
    return { data, meta: JSON.parse(meta) as ArtifactMeta };
  }

  async size(key: string): Promise<number | null> {
    // HSTRLEN answers 0 for a missing hash; no artifact is ever stored empty.
    const bytes = await this.redis.hstrlen(this.keyOf(key), 'data');
    return bytes > 0 ? bytes : null;
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.keyOf(key));
  }
}

/** Artifact keys by convention: derived from the job id so a re-run of a job overwrites, never duplicates. */
export const artifactKeys = {
  clip: (jobId: string) => `clip:${jobId}`,
  /** The clip's frames at the model's native size (raw RGB24), for lossless extend and loop. */
  frames: (jobId: string) => `frames:${jobId}`,
  /**
   * The job's result (JSON), written just before it is handed off: a run cut off after that point (its lock
   * lost in a Redis outage) is handed off again from it instead of generating the clip a second time.
   */
  result: (jobId: string) => `result:${jobId}`,
  upload: (id: string) => `upload:${id}`,
};
