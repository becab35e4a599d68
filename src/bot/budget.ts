import {
  type Conditioning,
  estimateCostUsd,
  falPriceList,
  nextMonthStart,
  SpendLedger,
} from '../queue/index.js';
import type { BotContext } from './context.js';
import { UserError } from './errors.js';
import { text } from './messages.js';

/** What a clip on a paid (hosted) model costs before it is queued, and where its server's budget stands. */
export interface CostCheck {
  estimateUsd: number;
  spentUsd: number;
  budgetUsd: number | undefined;
}

/**
 * Estimates a clip's cost when the engines run a hosted model (ENGINE_BACKEND=fal), from the operator's
 * price list, and refuses it with `BUDGET_SPENT` when it would take the server past its monthly budget.
 * Runs before anything is expanded or queued; local models cost nothing here and get `undefined`.
 * Jobs already queued count once the engine records what they were billed, so a burst can overrun a
 * budget by the clips in flight.
 */
export async function checkCost(
  ctx: BotContext,
  guildId: string | null,
  clip: { durationSeconds: number; conditioning?: Conditioning | undefined },
): Promise<CostCheck | undefined> {
  if (ctx.config.ENGINE_BACKEND !== 'fal') return undefined;
  const estimateUsd = estimateCostUsd(falPriceList(ctx.config), clip);
  const [settings, spentUsd] = await Promise.all([
    ctx.state.settings(guildId),
    new SpendLedger(ctx.redis, ctx.keys).spent(guildId ?? undefined, ctx.clock()),
  ]);
  const budgetUsd = settings.monthlyBudgetUsd;
  if (budgetUsd !== undefined && spentUsd + estimateUsd > budgetUsd) {
    const resetUnix = Math.floor(nextMonthStart(ctx.clock()) / 1000);
    throw new UserError('BUDGET_SPENT', text.budgetSpent(budgetUsd, spentUsd, estimateUsd, resetUnix));
  }
  return { estimateUsd, spentUsd, budgetUsd };
}
