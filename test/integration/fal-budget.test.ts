// What a member sees of a paid model: the estimated cost with the queued status, and a clear refusal once
// the server's monthly budget is spent (the bot's check against the ledger the engine writes).

import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCost } from '../../src/bot/budget.js';
import type { BotContext } from '../../src/bot/context.js';
import { queuedEmbed } from '../../src/bot/messages.js';
import { BotState } from '../../src/bot/state.js';
import { type Config, configSchema } from '../../src/config/index.js';
import { createKeys, type GenerateJob, SpendLedger } from '../../src/queue/index.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../helpers/redis.js';

const prefix = uniquePrefix('fal-budget');
const keys = createKeys(prefix);
const GUILD = '123456789012345678';
// Mid-December 2026: the budget starts afresh on 1 January.
const NOW = Date.UTC(2026, 11, 15, 12);
let redis: Redis;

beforeAll(() => {
  redis = new Redis(TEST_REDIS_URL);
});
afterAll(async () => {
  redis.disconnect();
  await cleanPrefix(prefix);
});

function context(env: Record<string, string>): BotContext {
  const config: Config = configSchema.parse({ ENGINE_BACKEND: 'fal', ZOETROPE_PREFIX: prefix, ...env });
  const state = new BotState(redis, keys, config, () => NOW);
  return { config, redis, keys, state, clock: () => NOW } as unknown as BotContext;
}

describe('fal cost and budget, as the bot sees them', () => {
  it('GIVEN a 4 s clip at $0.08 a second THEN the estimate is $0.32 and the queued status shows it', async () => {
    const ctx = context({});
    const cost = await checkCost(ctx, GUILD, { durationSeconds: 4 });
    expect(cost).toEqual({ estimateUsd: 0.32, spentUsd: 0, budgetUsd: undefined });
    const job = {
      seed: 1,
      durationSeconds: 4,
      aspect: '16:9',
      prompt: 'a corgi',
      caption: { text: 'a corgi', expander: 'offline' },
    } as GenerateJob;
    const embed = queuedEmbed(job, 'job-1', 0, 30, cost?.estimateUsd);
    expect(embed.description).toContain('Estimated cost: about $0.32');
  });

  it('GIVEN an animated still THEN it is priced at the image-to-video rate', async () => {
    const ctx = context({ FAL_IMAGE_TO_VIDEO_USD_PER_SECOND: '0.05' });
    const cost = await checkCost(ctx, GUILD, {
      durationSeconds: 3,
      conditioning: { mode: 'first_frame', image: { key: 'upload:x', contentType: 'image/png' } },
    });
    expect(cost?.estimateUsd).toBe(0.15);
  });

  it('GIVEN the server has spent its budget THEN a new clip is refused with the budget, the spend and when it resets', async () => {
    const ctx = context({ FAL_MONTHLY_BUDGET_USD: '1' });
    const ledger = new SpendLedger(redis, keys);
    expect(await ledger.record(GUILD, 'paid-1', 0.9, NOW)).toBe(true);
    // A retried job is billed once.
    expect(await ledger.record(GUILD, 'paid-1', 0.9, NOW)).toBe(false);
    expect(await ledger.spent(GUILD, NOW)).toBeCloseTo(0.9);

    const refusal = checkCost(ctx, GUILD, { durationSeconds: 2 });
    await expect(refusal).rejects.toMatchObject({ name: 'UserError', code: 'BUDGET_SPENT' });
    await expect(refusal).rejects.toThrow(
      `monthly video budget of $1.00 would be exceeded: $0.90 is spent and this clip would cost about $0.16. The budget starts afresh <t:${Date.UTC(2027, 0, 1) / 1000}:R>`,
    );
    // A clip that still fits goes ahead, and another server's ledger is its own.
    expect(await checkCost(ctx, GUILD, { durationSeconds: 1 })).toMatchObject({ estimateUsd: 0.08 });
    expect(await checkCost(ctx, '876543210987654321', { durationSeconds: 2 })).toMatchObject({ spentUsd: 0 });
  });

  it('GIVEN a server budget below the operator cap THEN the lower one applies; above it THEN the cap holds', async () => {
    const ctx = context({ FAL_MONTHLY_BUDGET_USD: '5' });
    const guild = '223456789012345678';
    await ctx.state.updateSettings(guild, (s) => ({ ...s, monthlyBudgetUsd: 0 }));
    await expect(checkCost(ctx, guild, { durationSeconds: 1 })).rejects.toMatchObject({
      code: 'BUDGET_SPENT',
    });
    await ctx.state.updateSettings(guild, (s) => ({ ...s, monthlyBudgetUsd: 50 }));
    expect((await ctx.state.settings(guild)).monthlyBudgetUsd).toBe(5);
  });

  it('GIVEN a local model THEN no estimate and no budget check', async () => {
    const ctx = context({ ENGINE_BACKEND: 'onnx', FAL_MONTHLY_BUDGET_USD: '0' });
    expect(await checkCost(ctx, GUILD, { durationSeconds: 4 })).toBeUndefined();
  });
});
