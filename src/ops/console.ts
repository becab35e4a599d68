import { format } from 'node:util';
import type { Logger } from 'pino';

/**
 * Sends what libraries print with `console.warn` and `console.error` to the process logger, so a service's
 * output stays one JSON line per event (BullMQ, for one, warns about Redis's eviction policy and version
 * on the console). Called once by a service's entry point; commands that print to the console for their
 * user do not call it. Returns a function that puts the console back.
 */
export function routeConsoleToLogger(log: Logger): () => void {
  const original = { warn: console.warn, error: console.error };
  console.warn = (...args: unknown[]) => log.warn({ source: 'console' }, format(...args));
  console.error = (...args: unknown[]) => log.error({ source: 'console' }, format(...args));
  return () => {
    console.warn = original.warn;
    console.error = original.error;
  };
}
