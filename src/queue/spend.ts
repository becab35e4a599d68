// What a hosted model costs: the price list an operator configures, the estimate a member sees before a
// clip is queued, and the monthly ledger of what each server actually spent. Shared by the bot (estimate,
// budget check) and the engine (records a clip once it is billed), so it lives in the contract.

import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import type { Conditioning } from './schemas.js';

/** The kinds of request a hosted backend prices separately. */
export type PricedMode = 'text-to-video' | 'image-to-video' | 'extend';

/** US dollars per second of generated video, per mode (the operator's configuration). */
export type PriceList = Readonly<Record<PricedMode, number>>;

/** The operator's fal price list, from the configuration (kept structural: the contract reads no config). */
export function falPriceList(config: {
  FAL_TEXT_TO_VIDEO_USD_PER_SECOND: number;
  FAL_IMAGE_TO_VIDEO_USD_PER_SECOND: number;
  FAL_EXTEND_USD_PER_SECOND: number;
}): PriceList {
  return Object.freeze({
    'text-to-video': config.FAL_TEXT_TO_VIDEO_USD_PER_SECOND,
    'image-to-video': config.FAL_IMAGE_TO_VIDEO_USD_PER_SECOND,
    extend: config.FAL_EXTEND_USD_PER_SECOND,
  });
}

/** The mode a job's conditioning asks for; a loop is priced as the text-to-video clip it would be. */
export function pricedMode(conditioning: Conditioning | undefined): PricedMode {
  if (conditioning?.mode === 'first_frame') return 'image-to-video';
  if (conditioning?.mode === 'extend') return 'extend';
  return 'text-to-video';
}

/** The estimated cost of a clip in US dollars: its seconds at the mode's price, rounded up to the cent. */
export function estimateCostUsd(
  prices: PriceList,
  job: { durationSeconds: number; conditioning?: Conditioning | undefined },
): number {
  return roundUpCents(job.durationSeconds * prices[pricedMode(job.conditioning)]);
}

/** Rounds a dollar amount up to whole cents (floating-point dust first removed). */
export function roundUpCents(usd: number): number {
  return Math.ceil(Math.round(usd * 1e6) / 1e4) / 100;
}

/** Dollars as a member reads them: `$0.64`. */
export const formatUsd = (usd: number) => `$${usd.toFixed(2)}`;

/** The calendar month (UTC) a moment falls in, as the ledger names it: `2026-12`. */
export function monthOf(now: number): string {
  return new Date(now).toISOString().slice(0, 7);
}

/** The first moment of the next UTC month: when a monthly budget starts afresh. */
export function nextMonthStart(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

// A month's ledger outlives the month by a few weeks so /settings can still read last month's, then goes.
const LEDGER_TTL_SECONDS = 62 * 24 * 3600;

// Records a job's charge once: a retried or resumed job that was billed already adds nothing.
const RECORD = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('HINCRBYFLOAT', KEYS[1], 'total', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1
`;

/**
 * What each server spent on a hosted model this month, in Redis: one hash per server and month with the
 * charge of each job (so a job is counted once however often it is retried) and their total. Without a
 * server (the CLI, direct messages) the ledger is `direct`.
 */
export class SpendLedger {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Records what a job was billed; returns false when that job was recorded already. */
  async record(guildId: string | undefined, jobId: string, usd: number, now: number): Promise<boolean> {
    const added = await this.redis.eval(
      RECORD,
      1,
      this.keys.spend(guildId, monthOf(now)),
      jobId,
      String(usd),
      String(LEDGER_TTL_SECONDS),
    );
    return added === 1;
  }

  /** What a server spent in the month `now` falls in. */
  async spent(guildId: string | undefined, now: number): Promise<number> {
    const total = await this.redis.hget(this.keys.spend(guildId, monthOf(now)), 'total');
    return total === null ? 0 : Number(total);
  }
}
