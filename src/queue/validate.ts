import type { z } from 'zod';
import { InvalidPayload } from './errors.js';

/** Parses a payload against a contract schema, or throws {@link InvalidPayload} naming the first bad field. */
export function parsePayload<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'payload';
  throw new InvalidPayload(`${where}: ${issue?.message ?? 'does not match the contract'}`);
}
