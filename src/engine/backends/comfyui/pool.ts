// Several ComfyUI servers behind one engine: each run goes to the least busy one that answers.
import { ComfyClient, type ServerOptions } from './client.js';
import { ServerUnavailable } from './errors.js';

// A server that failed is skipped for this long, so a dead one costs each clip one refused connection at most.
const DOWN_FOR_MS = 5000;

interface Member {
  client: ComfyClient;
  /** Runs this engine picked the server for and has not yet seen accepted (not yet in its queue). */
  reserved: number;
  downUntil: number;
}

/** A reservation of a server for one run; release it once the prompt was accepted or failed. */
export interface Lease {
  client: ComfyClient;
  release(): void;
}

/**
 * Picks servers by load: the length of each server's own queue (`GET /queue`, so other engines' prompts
 * count too) plus the runs this engine is about to send there.
 */
export class ServerPool {
  private readonly members: Member[];
  private turn = 0;

  constructor(urls: readonly string[], options: Omit<ServerOptions, 'url'>) {
    this.members = urls.map((url) => ({
      client: new ComfyClient({ ...options, url }),
      reserved: 0,
      downUntil: 0,
    }));
  }

  get size(): number {
    return this.members.length;
  }

  get urls(): string[] {
    return this.members.map((m) => m.client.url);
  }

  /** The least busy server that answers, preferring those not in `avoid`; ServerUnavailable when none does. */
  async pick(signal: AbortSignal, avoid: ReadonlySet<string> = new Set()): Promise<Lease> {
    const now = Date.now();
    const up = this.members.filter((m) => m.downUntil <= now);
    const fresh = up.filter((m) => !avoid.has(m.client.url));
    const candidates = fresh.length > 0 ? fresh : up;
    if (candidates.length === 0) throw new ServerUnavailable(this.urls.join(', '), 'every server is down');
    const loads = await Promise.all(
      candidates.map(async (member) => {
        try {
          const queue = await member.client.queue(signal);
          return { member, load: queue.running.length + queue.pending.length + member.reserved };
        } catch (error) {
          if (signal.aborted) throw error;
          this.markDown(member.client.url);
          return undefined;
        }
      }),
    );
    const answering = loads.filter((l) => l !== undefined);
    if (answering.length === 0)
      throw new ServerUnavailable(candidates.map((m) => m.client.url).join(', '), 'no server answered');
    // Ties go round-robin, so equal servers share the work instead of the first one taking it all.
    this.turn = (this.turn + 1) % this.members.length;
    const order = (m: Member) =>
      (this.members.indexOf(m) - this.turn + this.members.length) % this.members.length;
    answering.sort((a, b) => a.load - b.load || order(a.member) - order(b.member));
    const chosen = answering[0]!.member;
    chosen.reserved += 1;
    let released = false;
    return {
      client: chosen.client,
      release: () => {
        if (released) return;
        released = true;
        chosen.reserved -= 1;
      },
    };
  }

  /** Skips a server for a while after it failed. */
  markDown(url: string): void {
    const member = this.members.find((m) => m.client.url === url);
    if (member) member.downUntil = Date.now() + DOWN_FOR_MS;
  }
}
