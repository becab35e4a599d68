import { config as loadDotenv } from 'dotenv';
import type { z } from 'zod';
import { type Config, configSchema } from './schema.js';

/** A bad environment variable: the message names the variable and how to fix it, on one line. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CONFIG_INVALID';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

/** Builds the configuration from an environment (default: `.env` merged under `process.env`). */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined> = readEnv()): Config {
  // An empty value means "unset", as it does in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0] as z.core.$ZodIssue;
  const variable = String(issue.path[0] ?? 'environment');
  // Secrets (and URLs that may carry a password) are never echoed back.
  const shown = /TOKEN|KEY|SECRET|URL|PASSWORD|CREDENTIALS|HEADERS/.test(variable)
    ? ''
    : `=${JSON.stringify(cleaned[variable])}`;
  throw new ConfigError(
    variable,
    `${variable}${shown} is invalid: ${issue.message}. Fix it in .env or the environment (see .env.example).`,
  );
}

/** The process environment with `.env` loaded under it (real environment variables win). */
export function readEnv(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
