import type { Finding } from '../decision.js';
import { type RemoteKind, type RemoteModerationClient, RemoteModerationError } from './types.js';

/** The few log calls the remote layer makes; pino's logger fits. */
export interface RemoteLog {
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
}

/** What to do when the remote gives no usable answer: keep the offline decision (`open`) or block (`closed`). */
export type RemoteFailMode = 'open' | 'closed';

/** How a remote layer is run: the client, its time budget, the fail mode, where it logs. */
export interface RemoteLayerOptions {
  client: RemoteModerationClient;
  /** The whole budget for one check, connection and body included; there are no retries inside it. */
  timeoutMs: number;
  failMode: RemoteFailMode;
  log?: RemoteLog;
}

/** One remote check: the findings it added, or why it could not add any. */
export interface RemoteCheck {
  findings: Finding[];
  /** Set when the remote gave no usable answer; the decision carries it as `degraded`. */
  degraded?: string;
  /** True when that failure must block (fail-closed). */
  failClosed?: boolean;
}

/** A remote moderation service with a budget and a fail mode; the text stack chains it after the offline layers. */
export interface RemoteLayer {
  readonly kind: RemoteKind;
  readonly failMode: RemoteFailMode;
  check(texts: string[]): Promise<RemoteCheck>;
}

/**
 * Wraps a client with its budget and fail mode. A failure never throws: it comes back as `degraded`. The
 * log gets one warning when a failure streak starts and one line when the remote answers again, not one
 * per request, so an outage does not flood the log.
 */
export function createRemoteLayer(options: RemoteLayerOptions): RemoteLayer {
  const { client, timeoutMs, failMode, log } = options;
  let streak = 0;
  return {
    kind: client.kind,
    failMode,
    async check(texts: string[]): Promise<RemoteCheck> {
      try {
        const verdict = await client.classify(texts, AbortSignal.timeout(timeoutMs));
        if (streak > 0) {
          log?.info({ remote: client.kind, failures: streak }, 'remote moderation answers again');
          streak = 0;
        }
        if (verdict.unmapped.length > 0) {
          // Flags our policy has no category for: worth knowing about, not worth refusing.
          log?.info(
            { remote: client.kind, flags: verdict.unmapped },
            'remote moderation flag outside the policy',
          );
        }
        return { findings: verdict.findings };
      } catch (error) {
        const reason = describe(error, timeoutMs);
        if (streak === 0) {
          log?.warn(
            { remote: client.kind, reason, failMode },
            failMode === 'open'
              ? 'remote moderation unavailable; the offline decision stands until it answers again'
              : 'remote moderation unavailable; blocking every text until it answers again (fail-closed)',
          );
        }
        streak++;
        return {
          findings: [],
          degraded: `${client.kind}: ${reason}`,
          ...(failMode === 'closed' ? { failClosed: true } : {}),
        };
      }
    },
  };
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof RemoteModerationError) {
    return error.code === 'TIMEOUT' ? `no answer within ${timeoutMs} ms` : error.message;
  }
  // A bug in a client is still only a missing answer here; the message says what it was.
  return error instanceof Error ? error.message : String(error);
}
