import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  checkStill,
  decodeComponentId,
  describeError,
  editableAt,
  encodeComponentId,
  progressBar,
  quote,
  sniffImage,
  UserError,
  verbatimCaptions,
} from '../../src/bot/index.js';

const CDN = ['https://cdn.discordapp.com'];
const still = {
  url: 'https://cdn.discordapp.com/attachments/1/2/cat.png',
  size: 1000,
  contentType: 'image/png',
  width: 512,
  height: 512,
  name: 'cat.png',
};

describe('component ids', () => {
  it('GIVEN an encoded button id THEN it decodes to the same action, job and owner', () => {
    const id = {
      action: 'retry' as const,
      jobId: '0b7c4a9e-1111-2222-3333-444455556666',
      ownerId: '123456789012345678',
    };
    expect(encodeComponentId(id).length).toBeLessThanOrEqual(100);
    expect(decodeComponentId(encodeComponentId(id))).toEqual(id);
  });
  it('GIVEN a foreign or malformed id THEN it is not ours', () => {
    for (const bad of ['other:retry:a:b', 'zt:explode:a:b', 'zt:retry:a', 'zt:retry:a:b:c']) {
      expect(decodeComponentId(bad)).toBeUndefined();
    }
  });
  it('GIVEN a /modlog page button THEN its id carries the page edge and the opener, and only a stream id as edge', () => {
    const id = { action: 'log-older' as const, cursor: '1760000000000-3', ownerId: '123456789012345678' };
    expect(encodeComponentId(id)).toBe('zt:log-older:1760000000000-3:123456789012345678');
    expect(decodeComponentId(encodeComponentId(id))).toEqual(id);
    for (const bad of ['zt:log-older:+:1', 'zt:log-newer:abc:1', 'zt:log-older:1-2-3:1']) {
      expect(decodeComponentId(bad)).toBeUndefined();
    }
  });
});

describe('echoing member text', () => {
  it('GIVEN @everyone, @here, user and role mentions THEN the echo cannot ping', () => {
    const shown = quote('@everyone @here <@123456789012345678> <@&123456789012345678> <#123456789012345678>');
    expect(shown).not.toMatch(/@everyone|@here|<@\d|<@&\d|<#\d/);
  });
  it('GIVEN a long text THEN it is cut to the limit with an ellipsis', () => {
    expect(quote('x'.repeat(50), 10)).toHaveLength(10);
  });
  it('GIVEN a fraction THEN the bar shows it', () => {
    expect(progressBar(0.5, 10)).toBe('▰▰▰▰▰▱▱▱▱▱ 50%');
    expect(progressBar(2, 4)).toBe('▰▰▰▰ 200%');
  });
});

describe('errors → member messages', () => {
  it('GIVEN a UserError THEN its message is shown and it is not a bug', () => {
    expect(describeError(new UserError('COOLDOWN', 'wait'))).toEqual({ message: 'wait', unexpected: false });
  });
  it('GIVEN a Discord 5xx or an unknown error THEN a generic message is shown and it is logged as a bug', () => {
    const discord = new DiscordAPIError({ message: 'x', code: 0 }, 0, 502, 'POST', '/x', {
      body: undefined,
      files: undefined,
    });
    expect(describeError(discord).unexpected).toBe(true);
    expect(describeError(new Error('boom'))).toMatchObject({ unexpected: true });
    expect(describeError(new Error('boom')).message).not.toContain('boom');
  });
});

describe('stills for /animate', () => {
  it("GIVEN a PNG on Discord's CDN within limits THEN it passes", () => {
    expect(checkStill(still, CDN)).toBe('image/png');
  });
  it('GIVEN another host, a look-alike host, a wrong type, too many bytes or pixels THEN it is refused before download', () => {
    const cases = [
      { ...still, url: 'https://evil.example/cat.png' },
      { ...still, url: 'https://cdn.discordapp.com@evil.example/cat.png' },
      { ...still, url: 'https://cdn.discordapp.com.evil.example/cat.png' },
      { ...still, contentType: 'image/svg+xml' },
      { ...still, size: 9 * 1024 * 1024 },
      { ...still, width: 10_000, height: 10_000 },
    ];
    for (const c of cases) expect(() => checkStill(c, CDN)).toThrow(UserError);
  });
  it('GIVEN PNG and JPEG headers THEN their size is read without decoding', () => {
    const png = Buffer.alloc(33);
    png.writeUInt32BE(0x89504e47, 0);
    png.writeUInt32BE(0x0d0a1a0a, 4);
    png.write('IHDR', 12, 'latin1');
    png.writeUInt32BE(640, 16);
    png.writeUInt32BE(480, 20);
    expect(sniffImage(png)).toEqual({ type: 'image/png', width: 640, height: 480 });
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0, 0, 0, 0, 0,
    ]);
    expect(sniffImage(jpeg)).toEqual({ type: 'image/jpeg', width: 640, height: 480 });
    expect(sniffImage(Buffer.from('GIF89a........'))).toBeUndefined();
  });
});

describe('thread replies without an expander', () => {
  // The stand-in reads replies with src/prompt's parser, like a deployment with an expander.
  const captions = verbatimCaptions({ DEFAULT_DURATION_SECONDS: 2, MAX_DURATION_SECONDS: 8 });
  const context = {
    prompt: 'a red ball',
    caption: { text: 'a red ball moving left', expander: 'verbatim' },
    seed: 7,
  };
  const parseReply = (reply: string) => captions.intent(reply, context);
  it('GIVEN loop, extend and question replies THEN the intent is read', async () => {
    expect(await parseReply('make it loop')).toEqual({ kind: 'loop' });
    expect(await parseReply('extend it by 2 seconds')).toEqual({
      kind: 'extend',
      direction: 'forward',
      seconds: 2,
    });
    expect(await parseReply('what happened before')).toMatchObject({
      kind: 'extend',
      direction: 'backward',
    });
    const question = await parseReply('can you do sound?');
    expect(question).toMatchObject({ kind: 'question' });
    if (question.kind === 'question') expect(question.message).toContain('make it blue');
  });
  it('GIVEN a change THEN it refines, keeping the caption', async () => {
    const intent = await parseReply('make it blue');
    expect(intent).toMatchObject({ kind: 'refine' });
    if (intent.kind === 'refine') {
      expect(intent.caption.text).toContain('blue ball moving left');
      expect(intent.caption.text).not.toContain('red');
      expect(intent.prompt).toContain('make it blue');
    }
  });
});

describe("status messages and Discord's one-hour edit window", () => {
  const idAt = (ms: number) => ((BigInt(ms) - 1420070400000n) << 22n).toString();
  it('GIVEN a message id THEN it is editable until a minute before it turns one hour old', () => {
    const created = Date.UTC(2025, 5, 1, 12, 0, 0);
    expect(editableAt(idAt(created), created + 58 * 60_000)).toBe(true);
    expect(editableAt(idAt(created), created + 59 * 60_000)).toBe(false);
    expect(editableAt(idAt(created), created + 3 * 3600_000)).toBe(false);
  });
});
