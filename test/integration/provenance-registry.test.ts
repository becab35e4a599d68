import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  candidateId,
  ProvenanceRegistry,
  type RegistryRecord,
  registryIdHex,
} from '../../src/provenance/index.js';
import { connectRedis, createKeys } from '../../src/queue/index.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../helpers/redis.js';

const prefix = uniquePrefix('registry');
const keys = createKeys(prefix);
const YEAR = 365 * 24 * 3600;
let redis: Redis;
let registry: ProvenanceRegistry;

const record = (id: Uint8Array, jobId: string, extra: Partial<RegistryRecord> = {}): RegistryRecord => ({
  id: registryIdHex(id),
  jobId,
  kind: 'generate',
  source: 'discord',
  guildId: '300000000000000001',
  channelId: '200000000000000001',
  userId: '100000000000000001',
  model: 'zoetrope-tiny',
  version: '2.2.0',
  seed: 1234567890,
  prompt: 'a red fox running through snow at dawn',
  caption:
    'A red fox runs left to right through fresh snow at dawn, low golden light, long blue shadows, ' +
    'steady side-on camera, fine powder kicked up behind it.',
  parent: null,
  createdAt: Date.now(),
  ...extra,
});

beforeAll(() => {
  redis = connectRedis(TEST_REDIS_URL);
  registry = new ProvenanceRegistry(redis, keys.provenance, YEAR);
});

afterAll(async () => {
  redis.disconnect();
  await cleanPrefix(prefix);
});

describe('the provenance registry', () => {
  it('GIVEN a job run twice THEN it gets the same id; a reserved id is not a clip until its record is written', async () => {
    const first = await registry.allocate('job-a');
    expect(registryIdHex(first)).toBe(registryIdHex(candidateId('job-a', 0)));
    expect(registryIdHex(await registry.allocate('job-a'))).toBe(registryIdHex(first));
    expect(await registry.lookup(first)).toBeNull();
    expect(await registry.idOf('job-a')).toBe(registryIdHex(first));
    // A reservation whose job never finishes frees its id after a day, not after a year.
    expect(await redis.ttl(keys.provenance(registryIdHex(first)))).toBeLessThanOrEqual(24 * 3600);

    const written = record(first, 'job-a');
    await registry.put(written);
    expect(await registry.lookup(first)).toEqual(written);
    expect(await registry.lookup(registryIdHex(first).toUpperCase())).toEqual(written);
    // After the record is written, a re-run still lands on the same id.
    expect(registryIdHex(await registry.allocate('job-a'))).toBe(registryIdHex(first));
  });

  it("GIVEN another job already holding a job's first candidate THEN the job takes its next candidate", async () => {
    const taken = candidateId('job-b', 0);
    await registry.put(record(taken, 'someone-else'));
    const id = await registry.allocate('job-b');
    expect(registryIdHex(id)).toBe(registryIdHex(candidateId('job-b', 1)));
    expect(await registry.idOf('job-b')).toBe(registryIdHex(id));
    expect((await registry.lookup(taken))?.jobId).toBe('someone-else');
  });

  it('GIVEN a record THEN it lives for the configured TTL under the prefix, and unknown or malformed ids are null', async () => {
    const id = await registry.allocate('job-c');
    await registry.put(record(id, 'job-c'));
    const key = keys.provenance(registryIdHex(id));
    expect(key.startsWith(`{${prefix}}:provenance:`)).toBe(true);
    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThan(YEAR - 60);
    expect(ttl).toBeLessThanOrEqual(YEAR);
    expect(await registry.lookup('000000000000')).toBeNull();
    expect(await registry.lookup('not hex')).toBeNull();
    await redis.set(keys.provenance('abcdefabcdef'), '{not json');
    expect(await registry.lookup('abcdefabcdef')).toBeNull();
  });

  it('GIVEN a typical record THEN it costs a few hundred bytes of Redis memory (the README figure)', async () => {
    const id = await registry.allocate('1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed');
    await registry.put(record(id, '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed'));
    const bytes = Number(
      await redis.call('MEMORY', 'USAGE', keys.provenance(registryIdHex(id)), 'SAMPLES', '0'),
    );
    console.info(`registry record: ${bytes} bytes (MEMORY USAGE)`);
    expect(bytes).toBeGreaterThan(200);
    expect(bytes).toBeLessThan(1024);
  });
});
