import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { type Engine, startEngine } from '../../src/engine/index.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../helpers/redis.js';

const prefix = uniquePrefix('stalled');
let engine: Engine | undefined;

afterAll(async () => {
  await engine?.close(0);
  await cleanPrefix(prefix);
});

// `npm run chaos` found a killed engine's job taking about twice the lock to restart (the stalled check ran
// once per lock period); the target is the lock plus 5 s.
describe('stalled-job check', () => {
  it('GIVEN the default 30 s lock THEN engines look for a dead engine’s job every 2.5 s, so it restarts well within lock + 5 s', async () => {
    engine = await startEngine({
      config: loadConfig({
        REDIS_URL: TEST_REDIS_URL,
        ZOETROPE_PREFIX: prefix,
        ENGINE_BACKEND: 'test-pattern',
        MODERATION_FRAMES: 'false',
        LOG_LEVEL: 'silent',
      }),
      redisUrl: TEST_REDIS_URL,
      log: pino({ level: 'silent' }),
    });
    expect(engine.worker.opts.lockDuration).toBe(30_000);
    expect(engine.worker.opts.stalledInterval).toBe(2500);
  });
});
