import type { REST } from 'discord.js';
import type { Metrics } from './metrics.js';

/**
 * Counts Discord's rate limiting on a REST client: every 429 answer (by its `x-ratelimit-scope`), and every
 * request the client held back to respect a limit it already knew. Neither carries a route or an id.
 */
export function countDiscordRateLimits(rest: REST, metrics: Metrics): void {
  rest.on('response', (_request, response) => {
    if (response.status !== 429) return;
    const scope = response.headers.get('x-ratelimit-scope') ?? 'unknown';
    metrics.discord429.inc({ scope: ['user', 'global', 'shared'].includes(scope) ? scope : 'unknown' });
  });
  rest.on('rateLimited', (info) => metrics.discordRateLimitWaits.inc({ global: String(info.global) }));
}
