import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import { adminCredentials, basicAuthMatches } from '../../src/ops/index.js';

const basic = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`;

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('operations configuration', () => {
  it('GIVEN nothing set THEN metrics and the dashboard are off and listen on loopback when turned on', () => {
    const config = loadConfig({});
    expect(config.METRICS_PORT).toBeUndefined();
    expect(config.ADMIN_PORT).toBeUndefined();
    expect(config.METRICS_HOST).toBe('127.0.0.1');
    expect(config.ADMIN_HOST).toBe('127.0.0.1');
  });

  it('GIVEN ADMIN_PORT without credentials THEN the config is refused naming ADMIN_PORT and what to set', () => {
    const error = configError({ ADMIN_PORT: '9465' });
    expect(error.variable).toBe('ADMIN_PORT');
    expect(error.message).toMatch(
      /never runs open: set ADMIN_USER and ADMIN_PASSWORD \(or ADMIN_CREDENTIALS/,
    );
    expect(error.message).not.toContain('\n');
  });

  it('GIVEN half a pair or both forms THEN the config is refused, never echoing the password', () => {
    expect(configError({ ADMIN_USER: 'operator' }).variable).toBe('ADMIN_PASSWORD');
    const missingUser = configError({ ADMIN_PASSWORD: 'a long secret value' });
    expect(missingUser.variable).toBe('ADMIN_USER');
    expect(missingUser.message).not.toContain('a long secret value');
    const both = configError({
      ADMIN_USER: 'operator',
      ADMIN_PASSWORD: 'a long secret value',
      ADMIN_CREDENTIALS: 'operator:a long secret value',
    });
    expect(both.variable).toBe('ADMIN_CREDENTIALS');
    const short = configError({ ADMIN_CREDENTIALS: 'operator:short' });
    expect(short.variable).toBe('ADMIN_CREDENTIALS');
    expect(short.message).not.toContain('short"');
    expect(
      configError({ ADMIN_PORT: '9100', METRICS_PORT: '9100', ADMIN_CREDENTIALS: 'a:bcdefghijklmn' }).message,
    ).toMatch(/same port as METRICS_PORT/);
  });

  it('GIVEN either form of credentials THEN the dashboard gets the same user and password', () => {
    const pair = loadConfig({
      ADMIN_PORT: '9465',
      ADMIN_USER: 'operator',
      ADMIN_PASSWORD: 'pass:with:colons',
    });
    const one = loadConfig({ ADMIN_PORT: '9465', ADMIN_CREDENTIALS: 'operator:pass:with:colons' });
    expect(adminCredentials(pair)).toEqual({ user: 'operator', password: 'pass:with:colons' });
    expect(adminCredentials(one)).toEqual(adminCredentials(pair));
    expect(adminCredentials(loadConfig({}))).toBeUndefined();
  });
});

describe('basic auth', () => {
  const expected = { user: 'operator', password: 'pass:with:colons' };

  it('GIVEN the exact credentials THEN they match', () => {
    expect(basicAuthMatches(basic('operator:pass:with:colons'), expected)).toBe(true);
    expect(
      basicAuthMatches(`basic ${Buffer.from('operator:pass:with:colons').toString('base64')}`, expected),
    ).toBe(true);
  });

  it('GIVEN anything else THEN it does not match', () => {
    for (const header of [
      undefined,
      '',
      'Basic',
      'Basic !!!',
      basic('operator'),
      basic('operator:pass:with:colon'),
      basic('operator:pass:with:colons '),
      basic('Operator:pass:with:colons'),
      basic(':pass:with:colons'),
      `Bearer ${Buffer.from('operator:pass:with:colons').toString('base64')}`,
    ]) {
      expect(basicAuthMatches(header, expected), String(header)).toBe(false);
    }
  });
});
