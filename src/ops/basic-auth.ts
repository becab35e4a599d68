import { createHash, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config/index.js';

/** A user and password the admin dashboard accepts. */
export interface Credentials {
  user: string;
  password: string;
}

/**
 * The dashboard's credentials from configuration: ADMIN_USER/ADMIN_PASSWORD, or ADMIN_CREDENTIALS as
 * `user:password`. The schema already refuses ADMIN_PORT without them; undefined means "not configured".
 */
export function adminCredentials(
  config: Pick<Config, 'ADMIN_USER' | 'ADMIN_PASSWORD' | 'ADMIN_CREDENTIALS'>,
): Credentials | undefined {
  if (config.ADMIN_USER !== undefined && config.ADMIN_PASSWORD !== undefined)
    return { user: config.ADMIN_USER, password: config.ADMIN_PASSWORD };
  if (config.ADMIN_CREDENTIALS !== undefined) {
    const colon = config.ADMIN_CREDENTIALS.indexOf(':');
    if (colon > 0)
      return {
        user: config.ADMIN_CREDENTIALS.slice(0, colon),
        password: config.ADMIN_CREDENTIALS.slice(colon + 1),
      };
  }
  return undefined;
}

/**
 * Whether an `Authorization` header carries exactly these credentials (HTTP Basic). Both sides are hashed
 * to equal-length digests and compared with `timingSafeEqual`, and user and password are both compared
 * whatever the first gave, so the answer's timing tells nothing about how much of a guess was right.
 */
export function basicAuthMatches(header: string | undefined, expected: Credentials): boolean {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header?.trim() ?? '');
  const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  const user = colon >= 0 ? decoded.slice(0, colon) : '';
  const password = colon >= 0 ? decoded.slice(colon + 1) : '';
  const userOk = sameSecret(user, expected.user);
  const passwordOk = sameSecret(password, expected.password);
  return match !== null && colon >= 0 && userOk && passwordOk;
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
