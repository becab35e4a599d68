import { execFile } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.js';
import {
  createGuardModerationClient,
  createOpenAiModerationClient,
  createRemoteLayer,
  createTextModerator,
  type RemoteFailMode,
  type RemoteLog,
  remoteLayerFromConfig,
  type TextModerator,
} from '../../src/moderation/index.js';
import { parseGuardAnswer } from '../../src/moderation/remote/index.js';
import { DEFAULT_POLICY, moderationPolicySchema } from '../../src/queue/index.js';
import { type FakeChatApi, startFakeChatApi } from '../helpers/fake-chat-api.js';
import { type FakeModerationApi, startFakeModerationApi } from '../helpers/fake-moderation-api.js';

/** A harmless prompt the offline rules allow, so only the remote can block it. */
const HARMLESS = 'a fox in the snow at dawn';

/** A log whose calls are counted. */
function countingLog() {
  const seen = { warn: [] as string[], info: [] as string[] };
  const log: RemoteLog = {
    warn: (_fields, msg) => void seen.warn.push(msg),
    info: (_fields, msg) => void seen.info.push(msg),
  };
  return { log, seen };
}

const check = (moderator: TextModerator, text: string, policy = DEFAULT_POLICY) =>
  moderator.check([{ text, kind: 'prompt' }], policy);

describe('the OpenAI moderation layer', () => {
  let api: FakeModerationApi;
  beforeAll(async () => {
    api = await startFakeModerationApi();
  });
  afterAll(() => api.close());
  beforeEach(() => {
    api.requests.length = 0;
    api.reply = { kind: 'flag', categories: [] };
  });

  const moderator = (failMode: RemoteFailMode = 'open', log?: RemoteLog, timeoutMs = 1000) =>
    createTextModerator({
      classifier: false,
      remote: createRemoteLayer({
        client: createOpenAiModerationClient({ baseURL: api.baseURL, apiKey: 'sk-test' }),
        timeoutMs,
        failMode,
        ...(log ? { log } : {}),
      }),
    });

  it('GIVEN a text the endpoint flags THEN it blocks with our category, layer openai and its score', async () => {
    api.reply = { kind: 'flag', categories: [['sexual/minors', 'sexual']] };
    const decision = await check(moderator(), HARMLESS);
    expect(decision).toMatchObject({ decision: 'block', layer: 'openai' });
    expect(decision.categories.sort()).toEqual(['minors', 'sexual']);
    expect(decision.scores.minors).toBeCloseTo(0.91);
    expect(decision.degraded).toBeUndefined();
    const request = api.requests[0]!;
    expect(request.path).toBe('/v1/moderations');
    expect(request.body).toEqual({ model: 'omni-moderation-latest', input: [HARMLESS] });
    expect(request.headers.authorization).toBe('Bearer sk-test');
  });

  it('GIVEN every category of the endpoint THEN each maps to ours, illicit to none', async () => {
    const client = createOpenAiModerationClient({ baseURL: api.baseURL });
    const cases: [string, string | undefined, string | undefined][] = [
      ['sexual', 'sexual', 'explicit'],
      ['sexual/minors', 'minors', 'explicit'],
      ['violence/graphic', 'violence', 'explicit'],
      ['violence', 'violence', 'mild'],
      ['hate', 'hate', 'explicit'],
      ['hate/threatening', 'hate', 'explicit'],
      ['harassment', 'harassment', 'explicit'],
      ['harassment/threatening', 'harassment', 'explicit'],
      ['self-harm', 'self_harm', 'explicit'],
      ['self-harm/intent', 'self_harm', 'explicit'],
      ['self-harm/instructions', 'self_harm', 'explicit'],
      ['illicit', undefined, undefined],
      ['illicit/violent', undefined, undefined],
    ];
    for (const [theirs, ours, severity] of cases) {
      api.reply = { kind: 'flag', categories: [[theirs]] };
      const verdict = await client.classify(['x'], AbortSignal.timeout(1000));
      expect(verdict.findings.map((f) => [f.category, f.severity])).toEqual(ours ? [[ours, severity]] : []);
      expect(verdict.unmapped).toEqual(ours ? [] : [theirs]);
    }
  });

  it('GIVEN flagged violence without gore THEN allowed under the default policy, blocked where violence is strict', async () => {
    api.reply = { kind: 'flag', categories: [['violence']] };
    expect((await check(moderator(), HARMLESS)).decision).toBe('allow');
    const strict = moderationPolicySchema.parse({ violence: 'strict' });
    expect(await check(moderator(), HARMLESS, strict)).toMatchObject({
      decision: 'block',
      categories: ['violence'],
      layer: 'openai',
    });
  });

  it('GIVEN a harmless text THEN it passes, decided by the remote', async () => {
    const decision = await check(moderator(), HARMLESS);
    expect(decision).toMatchObject({ decision: 'allow', categories: [], layer: 'openai' });
    expect(decision.degraded).toBeUndefined();
  });

  it('GIVEN the offline layers already block THEN the remote is not asked and cannot unblock', async () => {
    api.reply = { kind: 'status', status: 500 };
    const decision = await check(moderator('closed'), 'n.u.d.e woman on a bed');
    expect(decision).toMatchObject({ decision: 'block', categories: ['sexual'], layer: 'rules' });
    expect(api.requests).toHaveLength(0);
  });

  it('GIVEN the remote hangs past the budget THEN fail-open keeps the offline decision, degraded', async () => {
    api.reply = { kind: 'hang' };
    const started = Date.now();
    const decision = await check(moderator('open', undefined, 150), HARMLESS);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(decision).toMatchObject({ decision: 'allow', layer: 'rules' });
    expect(decision.degraded).toMatch(/^openai: no answer within 150 ms/);
  });

  it('GIVEN the remote hangs past the budget THEN fail-closed blocks, degraded', async () => {
    api.reply = { kind: 'hang' };
    const decision = await check(moderator('closed', undefined, 150), HARMLESS);
    expect(decision).toMatchObject({ decision: 'block', categories: [], layer: 'openai' });
    expect(decision.degraded).toMatch(/no answer within 150 ms/);
  });

  it('GIVEN a 500 THEN fail-open allows with degraded and fail-closed blocks', async () => {
    api.reply = { kind: 'status', status: 500 };
    const open = await check(moderator('open'), HARMLESS);
    expect(open).toMatchObject({ decision: 'allow', layer: 'rules' });
    expect(open.degraded).toMatch(/HTTP 500/);
    const closed = await check(moderator('closed'), HARMLESS);
    expect(closed).toMatchObject({ decision: 'block', layer: 'openai' });
    expect(closed.degraded).toMatch(/HTTP 500/);
  });

  it('GIVEN malformed JSON or a body without results THEN degraded, never a crash', async () => {
    for (const body of ['{"results": [', '{"id": "x"}', '<html>bad gateway</html>']) {
      api.reply = { kind: 'raw', body };
      const decision = await check(moderator(), HARMLESS);
      expect(decision.decision).toBe('allow');
      expect(decision.degraded).toMatch(/^openai: /);
    }
  });

  it('GIVEN nothing listens at the URL THEN degraded, the offline decision stands', async () => {
    const layer = createRemoteLayer({
      client: createOpenAiModerationClient({ baseURL: 'http://127.0.0.1:1/v1' }),
      timeoutMs: 1000,
      failMode: 'open',
    });
    const decision = await check(createTextModerator({ classifier: false, remote: layer }), HARMLESS);
    expect(decision.decision).toBe('allow');
    expect(decision.degraded).toMatch(/cannot reach/);
  });

  it('GIVEN a failure streak THEN one warning for the streak and one line when it answers again', async () => {
    const { log, seen } = countingLog();
    const m = moderator('open', log);
    api.reply = { kind: 'status', status: 503 };
    for (let i = 0; i < 4; i++) await check(m, HARMLESS);
    expect(seen.warn).toHaveLength(1);
    api.reply = { kind: 'flag', categories: [] };
    await check(m, HARMLESS);
    await check(m, HARMLESS);
    expect(seen.info).toEqual(['remote moderation answers again']);
    api.reply = { kind: 'status', status: 503 };
    await check(m, HARMLESS);
    expect(seen.warn).toHaveLength(2);
  });
});

describe('the guard model layer', () => {
  let api: FakeChatApi;
  beforeAll(async () => {
    api = await startFakeChatApi();
  });
  afterAll(() => api.close());
  beforeEach(() => {
    api.requests.length = 0;
    api.setFallback({ kind: 'content', content: 'safe' });
  });

  const moderator = (failMode: RemoteFailMode = 'open', timeoutMs = 1000) =>
    createTextModerator({
      classifier: false,
      remote: createRemoteLayer({
        client: createGuardModerationClient({ baseURL: api.baseURL, model: 'llama-guard3' }),
        timeoutMs,
        failMode,
      }),
    });

  it('GIVEN unsafe with codes THEN it blocks with the mapped categories and layer guard', async () => {
    api.enqueue({ kind: 'content', content: 'unsafe\nS1,S10' });
    const decision = await moderator().check(
      [
        { text: HARMLESS, kind: 'prompt' },
        { text: 'a fox in the snow, cinematic', kind: 'caption' },
      ],
      DEFAULT_POLICY,
    );
    expect(decision).toMatchObject({ decision: 'block', categories: ['violence', 'hate'], layer: 'guard' });
    const request = api.requests[0]!;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.body.model).toBe('llama-guard3');
    expect(request.body.messages).toEqual([
      { role: 'user', content: `${HARMLESS}\n\na fox in the snow, cinematic` },
    ]);
  });

  it('GIVEN safe THEN it passes, decided by the guard', async () => {
    expect(await check(moderator(), HARMLESS)).toMatchObject({ decision: 'allow', layer: 'guard' });
  });

  it('GIVEN the codes THEN each maps to ours, the rest are logged only', () => {
    const categories = (answer: string) => parseGuardAnswer(answer).findings.map((f) => f.category);
    expect(categories('unsafe\nS3')).toEqual(['sexual']);
    expect(categories('unsafe\nS4')).toEqual(['minors']);
    expect(categories('unsafe\nS5,S7')).toEqual(['harassment', 'harassment']);
    expect(categories('unsafe\nS8')).toEqual(['ip']);
    expect(categories('unsafe\nS11')).toEqual(['self_harm']);
    expect(categories(' Unsafe \n s12 ')).toEqual(['sexual']);
    expect(parseGuardAnswer('unsafe\nS2,S9,S14')).toEqual({ findings: [], unmapped: ['S2', 'S9', 'S14'] });
    expect(parseGuardAnswer('safe')).toEqual({ findings: [], unmapped: [] });
  });

  it('GIVEN an answer that is neither safe nor unsafe THEN degraded, the offline decision stands', async () => {
    for (const content of ['I cannot help with that.', 'unsafe', 'maybe\nS1']) {
      api.enqueue({ kind: 'content', content });
      const decision = await check(moderator(), HARMLESS);
      expect(decision).toMatchObject({ decision: 'allow', layer: 'rules' });
      expect(decision.degraded).toMatch(/^guard: /);
    }
  });

  it('GIVEN a 500 or a timeout THEN fail-open allows and fail-closed blocks, degraded both', async () => {
    api.setFallback({ kind: 'status', status: 500 });
    expect(await check(moderator('open'), HARMLESS)).toMatchObject({
      decision: 'allow',
      degraded: `guard: HTTP 500 from ${api.baseURL}/chat/completions`,
    });
    expect((await check(moderator('closed'), HARMLESS)).decision).toBe('block');
    api.setFallback({ kind: 'hang' });
    const open = await check(moderator('open', 150), HARMLESS);
    expect(open.decision).toBe('allow');
    expect(open.degraded).toMatch(/no answer within 150 ms/);
    expect((await check(moderator('closed', 150), HARMLESS)).decision).toBe('block');
  });
});

describe('the remote layer from configuration', () => {
  const base = {
    MODERATION_REMOTE: 'none',
    MODERATION_GUARD_MODEL: 'llama-guard3',
    MODERATION_TIMEOUT_MS: 1500,
    MODERATION_REMOTE_FAIL: 'open',
  } as const;

  it('GIVEN MODERATION_REMOTE=none THEN no remote layer', () => {
    expect(remoteLayerFromConfig(base)).toBeUndefined();
  });

  it('GIVEN a guard without a URL THEN a config error naming MODERATION_API_URL', () => {
    expect(() => remoteLayerFromConfig({ ...base, MODERATION_REMOTE: 'guard' })).toThrow(ConfigError);
  });

  it('GIVEN openai with only OPENAI_API_KEY THEN that key is sent', async () => {
    const api = await startFakeModerationApi();
    try {
      const layer = remoteLayerFromConfig({
        ...base,
        MODERATION_REMOTE: 'openai',
        MODERATION_API_URL: api.baseURL,
        OPENAI_API_KEY: 'sk-fallback',
      });
      expect(layer?.kind).toBe('openai');
      await layer?.check([HARMLESS]);
      expect(api.requests[0]?.headers.authorization).toBe('Bearer sk-fallback');
    } finally {
      await api.close();
    }
  });

  it('GIVEN MODERATION_REMOTE=openai THEN npm run moderate asks the remote', async () => {
    const api = await startFakeModerationApi();
    api.reply = { kind: 'flag', categories: [['hate']] };
    try {
      const out = await new Promise<string>((resolve, reject) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', 'src/cli/moderate.ts', HARMLESS],
          {
            cwd: new URL('../../', import.meta.url).pathname,
            timeout: 60_000,
            env: {
              ...process.env,
              MODERATION_REMOTE: 'openai',
              MODERATION_API_URL: api.baseURL,
              LOG_LEVEL: 'silent',
            },
          },
          (error, stdout) => (error ? reject(error) : resolve(stdout)),
        );
      });
      expect(JSON.parse(out.trim())).toMatchObject({
        decision: 'block',
        categories: ['hate'],
        layer: 'openai',
      });
      // Only the checked prompt reached the remote: the warm-up stays offline.
      expect(api.requests).toHaveLength(1);
    } finally {
      await api.close();
    }
  });
});
