import { describe, expect, it } from 'vitest';
import {
  commandDefinitions,
  commandHandlers,
  describeError,
  failureText,
  policyFor,
} from '../../src/bot/index.js';
import { deliveredEmbed, failureEmbed, text } from '../../src/bot/messages.js';
import { guildSettingsSchema } from '../../src/bot/state.js';
import {
  decodeFailure,
  FAILURE_CODES,
  failures,
  generateJobSchema,
  type JobResult,
  parsePayload,
} from '../../src/queue/index.js';
import { INTERNAL_TEXT, SAMPLE_FAILURES } from '../helpers/failures.js';

const job = generateJobSchema.parse({
  version: 1,
  kind: 'generate',
  prompt: 'a red ball',
  caption: { text: 'a red ball', expander: 'verbatim' },
  durationSeconds: 2,
  seed: 1,
  requester: { source: 'discord', userId: '123456789012345678', channelId: '123456789012345679' },
  createdAt: 0,
});
const JOB_ID = '0b7c4a9e-1111-2222-3333-444455556666';

describe('failure codes → sentences', () => {
  it("GIVEN each failure code THEN the member reads the bot's own sentence for it, never the engine's text", () => {
    const sentences = new Set<string>();
    for (const code of FAILURE_CODES) {
      const sentence = failureText(SAMPLE_FAILURES[code]);
      expect(sentence, code).not.toContain(INTERNAL_TEXT);
      expect(sentence, code).not.toContain('/srv/');
      expect(sentence.length, code).toBeGreaterThan(20);
      sentences.add(sentence);
    }
    expect(sentences.size).toBe(FAILURE_CODES.length);
  });

  it('GIVEN a model that cannot do what was asked THEN the sentence names the model, what it cannot do and what to do', () => {
    expect(failureText(failures.unsupported('loop', 'tiny-shapes 2.2.0'))).toMatch(
      /tiny-shapes 2\.2\.0.*cannot make clips that loop.*Retry/,
    );
    expect(failureText(failures.unsupported('image', 'sd-tiny 1'))).toMatch(
      /sd-tiny 1.*cannot start a clip from an image.*\/generate/,
    );
    expect(failureText(failures.unsupported('extend', 'm'))).toMatch(/cannot extend clips/);
  });

  it('GIVEN a request over what the engine allows THEN the sentence gives the limit and what to ask for', () => {
    expect(failureText(failures.overLimit('durationSeconds', 12, 8))).toMatch(
      /12 s long.*at most 8 s\. Please ask for 8 s or less/,
    );
    expect(failureText(failures.overLimit('steps', 300, 200))).toMatch(/300 denoising steps.*at most 200/);
  });

  it('GIVEN a clip over the upload limit THEN both sizes are in MiB with what to do', () => {
    expect(failureText(failures.clipTooLarge(12 * 1024 * 1024, 10 * 1024 * 1024))).toMatch(
      /12\.0 MiB.*10\.0 MiB.*shorter duration/,
    );
  });

  it('GIVEN a policy refusal THEN its categories are named in plain words', () => {
    const sentence = failureText(failures.policyRefused(['violence', 'self_harm', 'likeness']));
    expect(sentence).toContain("graphic violence, self-harm and a real person's likeness");
    expect(sentence).not.toContain('_');
    expect(failureText(failures.policyRefused())).toMatch(/content policy/);
  });

  it('GIVEN something expired or timed out THEN the sentence says what, and what to do', () => {
    expect(failureText(failures.expired('image'))).toMatch(/image.*no longer stored.*\/animate/);
    expect(failureText(failures.expired('clip'))).toMatch(/clip.*no longer stored.*\/generate/);
    expect(failureText(failures.timedOut(600))).toMatch(/longer than 600 s.*shorter duration/);
    expect(failureText(failures.timedOut())).toMatch(/stopped/);
  });

  it('GIVEN a failedReason that is not an encoded failure THEN the generic engine sentence is shown, not the text', () => {
    const sentence = failureText(decodeFailure('TypeError: x is undefined at /srv/a.js:1'));
    expect(sentence).toBe(failureText(failures.engineError()));
    expect(sentence).not.toMatch(/TypeError|srv/);
  });

  it('GIVEN cancelled, too large or any other failure THEN the status message gets the matching embed', () => {
    expect(failureEmbed(job, JOB_ID, failures.cancelled()).description).toBe('Cancelled.');
    expect(failureEmbed(job, JOB_ID, failures.clipTooLarge(3 << 20, 1 << 20)).description).toMatch(
      /3\.0 MiB.*1\.0 MiB/,
    );
    const failed = failureEmbed(job, JOB_ID, SAMPLE_FAILURES.EXPIRED);
    expect(failed.description).toBe(failureText(SAMPLE_FAILURES.EXPIRED));
    expect(JSON.stringify(failed)).not.toContain(INTERNAL_TEXT);
  });
});

describe('the delivered notice', () => {
  const result: JobResult = {
    jobId: JOB_ID,
    artifact: { key: `clip:${JOB_ID}`, contentType: 'video/mp4' },
    bytes: 1024,
    width: 64,
    height: 64,
    fps: 8,
    frames: 16,
    durationSeconds: 2,
    seed: 1,
    caption: job.caption,
    model: { name: 'test-pattern', version: '1', generator: 'test-pattern' },
    timings: {},
    checks: [],
    finishedAt: 0,
  };
  const fieldNames = (r: JobResult) => (deliveredEmbed(job, r, JOB_ID).fields ?? []).map((f) => f.name);

  it('GIVEN an engine that ran no checks THEN the notice has no Checks field (and no "none reported")', () => {
    expect(fieldNames(result)).not.toContain('Checks');
    expect(JSON.stringify(deliveredEmbed(job, result, JOB_ID))).not.toContain('none reported');
  });
  it('GIVEN checks that ran THEN each is listed with its outcome', () => {
    const checks = [{ name: 'frames', passed: true, detail: '16 frames safe' }];
    const embed = deliveredEmbed(job, { ...result, checks }, JOB_ID);
    expect(embed.fields?.find((f) => f.name === 'Checks')?.value).toBe('✅ frames — 16 frames safe');
  });
});

describe('invalid payloads → member messages', () => {
  it('GIVEN a zod error from the settings schema THEN the answer names the field and its limit in words, as a member mistake', () => {
    const parsed = guildSettingsSchema.safeParse({ channels: Array.from({ length: 51 }, (_, i) => `${i}`) });
    expect(parsed.success).toBe(false);
    const described = describeError(parsed.error);
    expect(described.unexpected).toBe(false);
    expect(described.message).toContain('list of allowed channels');
    expect(described.message).toContain('50 channels');
    expect(described.message).not.toMatch(/Too big|expected|<=|array/i);
  });
  it('GIVEN an InvalidPayload for a prompt THEN the answer names the prompt and its limit', () => {
    let error: unknown;
    try {
      parsePayload(generateJobSchema.pick({ prompt: true }), { prompt: 'x'.repeat(1001) });
    } catch (caught) {
      error = caught;
    }
    expect(describeError(error)).toEqual({
      message:
        "That request isn't valid: the prompt is over its limit of 1,000 characters. Please shorten it and try again.",
      unexpected: false,
    });
  });
});

describe('content policy refusals', () => {
  it('GIVEN a refusal of each kind THEN the member reads the categories in plain words and what to do, never the text', () => {
    for (const kind of ['prompt', 'caption', 'reply', 'edit'] as const) {
      const sentence = text.contentRefused(['sexual', 'likeness'], kind);
      expect(sentence, kind).toContain("(sexual content and a real person's likeness)");
      expect(sentence, kind).toMatch(/Please .*(different|rewording|differently)/);
      expect(sentence, kind).not.toMatch(/<t:/);
    }
    expect(text.contentRefused(['violence'], 'prompt', 1_760_000_000)).toContain('<t:1760000000:R>');
    expect(text.threadRefused(['minors'])).toBe(
      "I can't make that change: it goes against this server's content policy (content involving minors).",
    );
  });

  it("GIVEN a server's moderation settings THEN the request's policy allows adult content only in an age-restricted channel", () => {
    const settings = {
      levels: { sexual: 'strict', violence: 'permissive', likeness: 'strict', ip: 'standard' } as const,
      adultContent: true,
      auditText: 'text' as const,
      logChannelId: undefined,
    };
    expect(policyFor(settings, false)).toEqual({ ...settings.levels, adult: false });
    expect(policyFor(settings, true).adult).toBe(true);
    expect(policyFor({ ...settings, adultContent: false }, true).adult).toBe(false);
  });
});

describe('slash commands', () => {
  it('GIVEN the registered command definitions THEN each has a handler and each handler a definition', () => {
    const registered = commandDefinitions({ MAX_DURATION_SECONDS: 8 }).map((c) => c.name);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual(Object.keys(commandHandlers).sort());
    expect(registered).toEqual(expect.arrayContaining(['generate', 'animate', 'settings', 'help', 'modlog']));
  });

  it('GIVEN the manager-only commands THEN Discord shows them only to Manage Server by default, and moderation is a group of /settings', () => {
    const commands = commandDefinitions({ MAX_DURATION_SECONDS: 8 });
    const MANAGE_GUILD = String(1 << 5);
    for (const name of ['settings', 'modlog'])
      expect(commands.find((c) => c.name === name)?.default_member_permissions).toBe(MANAGE_GUILD);
    const group = commands
      .find((c) => c.name === 'settings')
      ?.options?.find((o) => o.name === 'moderation') as { type: number; options: { name: string }[] };
    expect(group.type).toBe(2);
    expect(group.options.map((o) => o.name)).toEqual([
      'sexual',
      'violence',
      'likeness',
      'ip',
      'adult',
      'audit',
      'log',
    ]);
  });
});
