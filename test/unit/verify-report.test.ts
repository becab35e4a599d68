import { describe, expect, it } from 'vitest';
import { isVideo, messageMenuDefinitions, messageMenuHandlers, verifyEmbed } from '../../src/bot/index.js';
import type { RegistryRecord, VerifyReport } from '../../src/provenance/index.js';
import { publicReport, unreadableVideo } from '../../src/verify-web/index.js';

// How a verify report is worded for members and cut down for the public: pure logic, no services.

const record: RegistryRecord = {
  id: '0123456789ab',
  jobId: 'job-1',
  kind: 'extend',
  source: 'discord',
  guildId: '300000000000000001',
  channelId: '200000000000000001',
  userId: '100000000000000001',
  model: 'zoetrope-tiny',
  version: '2.2.0',
  seed: 7,
  prompt: 'a @everyone lighthouse',
  caption: 'a lighthouse at dusk, slow pan',
  parent: { jobId: 'job-0', id: null },
  createdAt: Date.UTC(2026, 0, 2, 3, 4),
};

const report = (overrides: Partial<VerifyReport> = {}): VerifyReport => ({
  c2pa: { state: 'untrusted', summary: { aiGenerated: true, actions: ['c2pa.created'], ingredients: [] } },
  watermark: { found: true, payload: record.id, confidence: 0.91 },
  registry: record,
  ...overrides,
});

const fieldsOf = (embed: ReturnType<typeof verifyEmbed>) =>
  Object.fromEntries((embed.fields ?? []).map((f) => [f.name, f.value]));

describe('verify report for members', () => {
  it("GIVEN the clip's own server THEN prompt (mentions neutralised), caption, author, channel and parent are shown", () => {
    const embed = verifyEmbed(report(), { filename: 'a_b.mp4', sameServer: true });
    expect(embed.title).toBe('Provenance of a\\_b.mp4');
    expect(embed.description).toBe(
      '**Made by zoetrope on this server on <t:1767323040:D> with zoetrope-tiny 2.2.0.**',
    );
    const registry = fieldsOf(embed).Registry!;
    expect(registry).toContain('prompt: a @\u200beveryone lighthouse');
    expect(registry).toContain('caption: a lighthouse at dusk, slow pan');
    expect(registry).toContain('asked by <@100000000000000001>');
    expect(registry).toContain('in <#200000000000000001>');
    expect(registry).toContain('made from the clip of job `job-0`');
  });

  it('GIVEN another server THEN the record says where it was made only as "another server" and hides prompt, caption, author', () => {
    const embed = verifyEmbed(report(), { filename: 'x.mp4', sameServer: false });
    expect(embed.description).toMatch(/^\*\*Made by zoetrope on another server on/);
    const registry = fieldsOf(embed).Registry!;
    for (const hidden of ['lighthouse', '100000000000000001', '200000000000000001', 'prompt', 'asked by'])
      expect(registry).not.toContain(hidden);
  });

  it('GIVEN a CLI clip, a watermark without a record, an invalid manifest THEN each verdict says so', () => {
    const cli = verifyEmbed(report({ registry: { ...record, source: 'cli', guildId: null } }), {
      filename: 'x.mp4',
      sameServer: false,
    });
    expect(cli.description).toMatch(/^\*\*Made by zoetrope from the command line on/);
    const expired = verifyEmbed(report({ registry: null }), { filename: 'x.mp4', sameServer: false });
    expect(expired.description).toMatch(
      /watermark is in this clip\*\*, but the registry no longer has a record/,
    );
    const invalid = verifyEmbed(
      report({
        c2pa: { state: 'invalid', reason: 'assertion.bmffHash.mismatch' },
        registry: null,
        watermark: { found: false, confidence: 0.1 },
      }),
      { filename: 'x.mp4', sameServer: false, note: 'a note' },
    );
    expect(fieldsOf(invalid).C2PA).toBe('❌ invalid — assertion.bmffHash.mismatch');
    expect(fieldsOf(invalid).Watermark).toBe('not found (confidence 0.1)');
    expect(invalid.description).toMatch(/^\*\*No sign of zoetrope:\*\*.*\n\na note$/s);
    expect(invalid.color).toBe(0xed4245);
  });
});

describe('public report and input checks', () => {
  it('GIVEN a report THEN the public view keeps who-made-it-when and drops prompt, caption, author, channel, seed', () => {
    const view = publicReport(report());
    expect(view.registry).toEqual({
      id: record.id,
      jobId: 'job-1',
      kind: 'extend',
      source: 'discord',
      guildId: record.guildId,
      model: 'zoetrope-tiny',
      version: '2.2.0',
      createdAt: record.createdAt,
      parent: record.parent,
    });
    expect(publicReport(report({ registry: null })).registry).toBeNull();
  });

  it('GIVEN reports THEN only a file that is neither BMFF nor decodable is "not a video"', () => {
    const absent = { state: 'absent' as const, reason: 'not an MP4' };
    expect(
      unreadableVideo(
        report({
          c2pa: absent,
          watermark: { found: false, confidence: 0, reason: 'not a video ffmpeg can read (x)' },
        }),
      ),
    ).toMatch(/not a video/);
    expect(
      unreadableVideo(
        report({
          c2pa: absent,
          watermark: { found: false, confidence: 0, reason: 'frames are smaller than 96 px' },
        }),
      ),
    ).toBeUndefined();
    expect(
      unreadableVideo(report({ c2pa: absent, watermark: { found: false, confidence: 0.2 } })),
    ).toBeUndefined();
  });

  it('GIVEN attachment descriptions THEN videos are told apart by type, or by name when the type is missing', () => {
    expect(isVideo({ contentType: 'video/mp4', name: 'x.bin' })).toBe(true);
    expect(isVideo({ contentType: 'video/quicktime; codecs=x', name: 'x' })).toBe(true);
    expect(isVideo({ contentType: null, name: 'clip.MP4' })).toBe(true);
    expect(isVideo({ contentType: 'application/octet-stream', name: 'clip.webm' })).toBe(true);
    expect(isVideo({ contentType: 'image/png', name: 'clip.mp4' })).toBe(false);
    expect(isVideo({ contentType: null, name: 'notes.txt' })).toBe(false);
  });
});

describe('message menu commands', () => {
  it('GIVEN the registered menu commands THEN each is a message command with a handler, usable in servers and DMs', () => {
    const menus = messageMenuDefinitions();
    expect(menus.map((m) => m.name).sort()).toEqual(Object.keys(messageMenuHandlers).sort());
    expect(menus).toEqual([{ name: 'Verify clip', type: 3, contexts: [0, 1] }]);
  });
});
