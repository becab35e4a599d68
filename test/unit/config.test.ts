import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, loadConfig } from '../../src/config/index.js';

const variables = Object.keys(configSchema.shape).sort();

describe('config', () => {
  it('GIVEN an empty environment THEN every variable takes its documented default', () => {
    const config = loadConfig({});
    expect(config.ZOETROPE_PREFIX).toBe('zoetrope');
    expect(config.MAX_UPLOAD_BYTES).toBe(10 * 1024 * 1024);
    expect(config.MODEL_DIR).toBe('models/zoetrope-tiny');
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.DISCORD_MESSAGE_CONTENT).toBe(true);
  });

  it('GIVEN a bad value THEN the error is one line naming the variable and the fix', () => {
    let error: unknown;
    try {
      loadConfig({ MAX_UPLOAD_BYTES: 'ten megs' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect((error as ConfigError).variable).toBe('MAX_UPLOAD_BYTES');
    expect(message).toMatch(/^MAX_UPLOAD_BYTES="ten megs" is invalid: .+\.env/);
    expect(message).not.toContain('\n');
  });

  it('GIVEN a default duration longer than the maximum THEN the error is one line naming DEFAULT_DURATION_SECONDS', () => {
    let error: unknown;
    try {
      loadConfig({ MAX_DURATION_SECONDS: '4', DEFAULT_DURATION_SECONDS: '6' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe('DEFAULT_DURATION_SECONDS');
    expect((error as ConfigError).message).toMatch(
      /^DEFAULT_DURATION_SECONDS="6" is invalid: .*MAX_DURATION_SECONDS \(4\)/,
    );
    expect((error as ConfigError).message).not.toContain('\n');
    expect(loadConfig({ MAX_DURATION_SECONDS: '4', DEFAULT_DURATION_SECONDS: '4' }).MAX_STEPS).toBe(50);
  });

  it('GIVEN a bad secret THEN its value is not echoed', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://user:hunter2@x' })).toThrow(/^REDIS_URL is invalid/);
  });

  it('GIVEN an empty value THEN it counts as unset', () => {
    expect(loadConfig({ REDIS_URL: '', LOG_LEVEL: '' }).LOG_LEVEL).toBe('info');
  });

  it('GIVEN .env.example THEN it lists every variable, with the schema default', () => {
    const lines = readFileSync('.env.example', 'utf8')
      .split('\n')
      .filter((l) => /^[A-Z][A-Z0-9_]*=/.test(l));
    const documented = Object.fromEntries(lines.map((l) => [l.split('=')[0], l.slice(l.indexOf('=') + 1)]));
    expect(Object.keys(documented).sort()).toEqual(variables);
    const defaults = loadConfig({}) as Record<string, unknown>;
    for (const [name, value] of Object.entries(documented)) {
      if (value !== '') expect(String(defaults[name]), name).toBe(value);
    }
  });

  it('GIVEN the README THEN its configuration table lists every variable', () => {
    const readme = readFileSync('README.md', 'utf8');
    const rows = [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]);
    expect([...new Set(rows)].sort()).toEqual(variables);
  });
});
