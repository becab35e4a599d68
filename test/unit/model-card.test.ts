import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelCardSchema, readModelCard } from '../../src/queue/index.js';

const BUILTIN = join(import.meta.dirname, '..', '..', 'models', 'zoetrope-tiny');

describe('model card sampling fields', () => {
  it('GIVEN the built-in card THEN it declares the sampler it was evaluated with (docs/builtin-model.md)', async () => {
    const { guidance_interval: interval, sampler_eta: eta } = (await readModelCard(BUILTIN)).limits;
    expect(interval).toBeDefined();
    expect(interval![0]).toBeLessThan(interval![1]);
    expect(eta).toBeGreaterThan(0);
    expect(eta).toBeLessThan(1);
  });

  it('GIVEN a reversed guidance interval or η above 1 THEN the card is refused with the field named', async () => {
    const card = await readModelCard(BUILTIN);
    const withLimits = (extra: object) =>
      modelCardSchema.safeParse({ ...card, limits: { ...card.limits, ...extra } });
    expect(withLimits({ guidance_interval: [0.2, 0.9], sampler_eta: 0.5 }).success).toBe(true);
    const reversed = withLimits({ guidance_interval: [0.9, 0.2] });
    expect(reversed.success).toBe(false);
    expect(JSON.stringify(reversed.error?.issues)).toMatch(/from ≤ to/);
    const eta = withLimits({ sampler_eta: 1.5 });
    expect(eta.success).toBe(false);
    expect(eta.error?.issues[0]?.path).toEqual(['limits', 'sampler_eta']);
  });
});
