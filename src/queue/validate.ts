import type { z } from 'zod';
import { InvalidPayload, type PayloadProblem } from './errors.js';

/** Parses a payload against a contract schema, or throws {@link InvalidPayload} naming the first bad field. */
export function parsePayload<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  throw invalidPayloadFrom(parsed.error);
}

/** The first issue of a zod error as an {@link InvalidPayload}: its field, what kind of problem, its limit. */
export function invalidPayloadFrom(error: z.ZodError): InvalidPayload {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'payload';
  const problem: PayloadProblem = { field, kind: 'invalid' };
  if (issue?.code === 'too_big' || issue?.code === 'too_small') {
    problem.kind = issue.code;
    const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
    if (Number.isFinite(limit)) problem.limit = limit;
  }
  return new InvalidPayload(`${field}: ${issue?.message ?? 'does not match the contract'}`, problem);
}
