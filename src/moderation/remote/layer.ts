import type { Finding } from '../decision.js';
import type { RgbImage } from '../types.js';
import {
  type RemoteKind,
  type RemoteModerationClient,
  RemoteModerationError,
  type RemoteVerdict,
} from './types.js';

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
  /**
   * The budget for one image check (every image of it): frames are checked while the clip encodes, so
   * this can be longer than a text check's, which a member waits for. Defaults to `timeoutMs`.
   */
  imageTimeoutMs?: number;
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
  /** Images, when the service reads them (OpenAI's does; a guard chat model does not). */
  checkImages?(images: RgbImage[]): Promise<RemoteCheck>;
}

/**
 * Wraps a client with its budget and fail mode. A failure never throws: it comes back as `degraded`. The
 * log gets one warning when a failure streak starts and one line when the remote answers again, not one
 * per request, so an outage does not flood the log.
 */
export function createRemoteLayer(options: RemoteLayerOptions): RemoteLayer {
  const { client, timeoutMs, failMode, log } = options;
  const imageTimeoutMs = options.imageTimeoutMs ?? timeoutMs;
  let streak = 0;
  const run = async (
    ask: (signal: AbortSignal) => Promise<RemoteVerdict>,
    budgetMs: number,
  ): Promise<RemoteCheck> => {
    try {
      const verdict = await ask(AbortSignal.timeout(budgetMs));
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
      const reason = describe(error, budgetMs);
      if (streak === 0) {
        log?.warn(
          { remote: client.kind, reason, failMode },
          failMode === 'open'
            ? 'remote moderation unavailable; the offline decision stands until it answers again'
            : 'remote moderation unavailable; blocking every check until it answers again (fail-closed)',
        );
      }
      streak++;
      return {
        findings: [],
        degraded: `${client.kind}: ${reason}`,
        ...(failMode === 'closed' ? { failClosed: true } : {}),
      };
    }
  };
  const classifyImages = client.classifyImages?.bind(client);
  return {
    kind: client.kind,
    failMode,
    check: (texts) => run((signal) => client.classify(texts, signal), timeoutMs),
    ...(classifyImages === undefined
      ? {}
      : {
          checkImages: (images: RgbImage[]) =>
            run((signal) => classifyImages(images, signal), imageTimeoutMs),
        }),
  };
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof RemoteModerationError) {
    return error.code === 'TIMEOUT' ? `no answer within ${timeoutMs} ms` : error.message;
  }
  // A bug in a client is still only a missing answer here; the message says what it was.
  return error instanceof Error ? error.message : String(error);
}
