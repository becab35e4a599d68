// The bot's own metrics, counted through the fake Discord: clips delivered, Discord's 429s, text refusals.
// (The engine's metrics and the scrape endpoint are in ops-metrics.test.ts.)
import parsePrometheusTextFormat, { type MetricFamily, type Sample } from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metrics } from '../../src/ops/index.js';
import { BotHarness, jobIdOf } from '../fake-discord/harness.js';
import type { FakeUser, RecordedRequest } from '../fake-discord/index.js';

const PREFIX = `zt-ops-bot-metrics-${process.pid}`;
const GORE = 'a gory decapitation with blood spraying everywhere';

let h: BotHarness;
let alice: FakeUser;
const metrics = new Metrics({ defaultMetrics: false });

const isUpload = (r: RecordedRequest) => r.files.some((f) => f.filename.endsWith('.mp4'));

/** The bot's registry as a scrape would read it, through a Prometheus text-format parser. */
async function families(): Promise<Map<string, MetricFamily>> {
  const text = await metrics.registry.metrics();
  return new Map(parsePrometheusTextFormat(text).map((f) => [f.name, f]));
}

function value(family: MetricFamily | undefined, labels: Record<string, string> = {}): number {
  const found = family?.metrics.find((m) =>
    Object.entries(labels).every(([k, v]) => (m as Sample).labels?.[k] === v),
  ) as Sample | undefined;
  return Number(found?.value ?? 0);
}

describe('bot metrics', () => {
  beforeAll(async () => {
    h = await BotHarness.start(PREFIX);
    alice = h.fake.addUser('alice');
    await h.startBot({ metrics });
    await h.startEngine(5);
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  it('GIVEN a clip whose upload first meets a 429 THEN the scrape counts one 429, one clip delivered and a last success', async () => {
    const before = Date.now() / 1000;
    // The first upload of the clip (the edit of the status message carrying the MP4) is rate limited.
    h.fake.inject({
      method: 'PATCH',
      path: /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/,
      status: 429,
      retryAfterSeconds: 0.3,
      uploadsOnly: true,
    });
    const interaction = h.fake.slash(alice, 'generate', [{ name: 'prompt', type: 3, value: 'a red kite' }]);
    const upload = await h.fake.waitForRequest(
      (r) => isUpload(r) && r.status < 300 && r.path.includes(interaction.token),
      60_000,
    );
    await h.delivered(jobIdOf(upload.body)!);
    expect(h.fake.requests.filter((r) => isUpload(r) && r.status === 429)).toHaveLength(1);

    const scraped = await families();
    expect(scraped.get('zoetrope_clips_delivered_total')?.type).toBe('COUNTER');
    expect(value(scraped.get('zoetrope_clips_delivered_total'), { via: 'edit' })).toBe(1);
    expect(value(scraped.get('zoetrope_discord_429_total'), { scope: 'user' })).toBe(1);
    expect(value(scraped.get('zoetrope_last_success_timestamp_seconds'))).toBeGreaterThanOrEqual(
      Math.floor(before),
    );
  });

  it('GIVEN a prompt the content policy refuses THEN the text block is counted by category, with no member id anywhere', async () => {
    const interaction = h.fake.slash(alice, 'generate', [{ name: 'prompt', type: 3, value: GORE }]);
    // The refusal the member reads (private), then the count behind it.
    const refusal = await h.fake.waitForRequest(
      (r) =>
        (r.path.startsWith(`/interactions/${interaction.id}/`) || r.path.includes(interaction.token)) &&
        /content policy/i.test(JSON.stringify(r.body ?? '')),
    );
    expect(JSON.stringify(refusal.body)).not.toContain('blood');
    const blocks = (await families()).get('zoetrope_moderation_blocks_total');
    expect(value(blocks, { source: 'text', category: 'violence' })).toBe(1);
    const text = await metrics.registry.metrics();
    expect(text).not.toContain(alice.id);
    expect(text).not.toContain(h.fake.guildId);
  });
});
