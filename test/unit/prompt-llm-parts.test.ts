import { describe, expect, it } from 'vitest';
import { extractJson, retryAfterMs } from '../../src/prompt/llm.js';

describe('LLM answer helpers', () => {
  it('GIVEN Retry-After in seconds, as a date, or retry-after-ms THEN it reads milliseconds', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '150', 'retry-after': '9' }), now)).toBe(150);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }), now)).toBe(3000);
    expect(retryAfterMs(new Headers({}), now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });

  it('GIVEN JSON wrapped in prose or a code fence THEN the object is extracted; GIVEN none THEN it throws', () => {
    expect(extractJson('{"a":1}')).toEqual({ a: 1 });
    expect(extractJson('Here you go:\n```json\n{"a": {"b": 2}}\n```')).toEqual({ a: { b: 2 } });
    expect(() => extractJson('no json here')).toThrow(SyntaxError);
    expect(() => extractJson('{"a": ')).toThrow();
  });
});
