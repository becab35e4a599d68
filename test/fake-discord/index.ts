import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local fake Discord: the REST routes and gateway handshake the bot uses, over loopback, driving the real
 * discord.js client (wire facts: shared/reference/discord-wire.md). It keeps messages, threads and
 * attachments in memory, records every request, and injects 429s and 5xx on demand.
 */

type Json = Record<string, unknown>;

/** A request as the fake received it: decoded path (without `/api/v10`), JSON body (or `payload_json`), files. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Json | null;
  files: RecordedFile[];
  status: number;
  at: number;
}

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

/**
 * A failure to inject: `before` answers without doing anything; `after` does the work and then fails;
 * `hang` does the work and never answers (a bot that dies mid-request sees exactly this).
 */
export interface Injection {
  method: string;
  path: RegExp;
  status: number;
  times?: number;
  mode?: 'before' | 'after' | 'hang';
  retryAfterSeconds?: number;
  /** Only requests that upload files (multipart). */
  uploadsOnly?: boolean;
}

export interface FakeMessage extends Json {
  id: string;
  channel_id: string;
  content: string;
  attachments: Json[];
  embeds: Json[];
  components: Json[];
  /** A native poll, as Discord returns it (`results` kept current; see {@link FakeDiscord.votePoll}). */
  poll?: FakePoll;
}

/** A poll on a message, in Discord's wire format. */
export interface FakePoll extends Json {
  question: { text: string };
  answers: { answer_id: number; poll_media: { text: string; emoji?: Json } }[];
  /** ISO 8601; the poll ends when the fake's clock passes it. */
  expiry: string;
  allow_multiselect: boolean;
  layout_type: number;
  results: { is_finalized: boolean; answer_counts: { id: number; count: number; me_voted: boolean }[] };
}

/** The fake's own bookkeeping of a poll: who voted for what, and how far its ending has gone. */
interface PollState {
  votes: Map<number, FakeUser[]>;
  /** Past its expiry (ended by the clock or by its author); results not yet final while `finalized` is false. */
  ended: boolean;
  finalized: boolean;
}

/** A route's answer: status, JSON body, extra headers. */
type Answer = [number, unknown, Record<string, string>?];

interface InteractionState {
  id: string;
  token: string;
  channelId: string;
  originalMessageId?: string;
  ackAt?: number;
  createdAt: number;
  callbackType?: number;
  ephemeral?: boolean;
}

let counter = 0n;
/** Discord-style snowflake (timestamp in the high bits, `at` by default now), unique within this process. */
export function snowflake(at = Date.now()): string {
  counter = (counter + 1n) & 0xfffn;
  return (
    ((BigInt(Math.floor(at)) - 1420070400000n) << 22n) |
    (BigInt(process.pid & 0x3ff) << 12n) |
    counter
  ).toString();
}

/** The Message Content intent (privileged: the application needs it switched on in the Developer Portal). */
export const MESSAGE_CONTENT_INTENT = 1 << 15;
/** The Guild Message Polls intent: poll vote events reach only a connection that asked for it. */
export const GUILD_MESSAGE_POLLS_INTENT = 1 << 24;
/** The message flag of a Components V2 message (no content, embeds, poll or stickers; set once, kept). */
export const IS_COMPONENTS_V2 = 1 << 15;
/** Message flags: embeds suppressed, notifications suppressed, ephemeral, loading (a deferred reply). */
const SUPPRESS_EMBEDS = 1 << 2;
const SUPPRESS_NOTIFICATIONS = 1 << 12;
const EPHEMERAL = 1 << 6;
/** The message type Discord posts when a poll ends. */
export const POLL_RESULT_MESSAGE_TYPE = 46;
const MIB = 1024 * 1024;
/** Dispatches a connection receives only when its IDENTIFY asked for the intent. */
const DISPATCH_INTENTS: Record<string, number> = {
  MESSAGE_POLL_VOTE_ADD: GUILD_MESSAGE_POLLS_INTENT,
  MESSAGE_POLL_VOTE_REMOVE: GUILD_MESSAGE_POLLS_INTENT,
};
/** Component types a message may carry (Components V2 included). */
const COMPONENT_TYPES = new Set([1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17]);
const MAX_COMPONENTS = 40;
const MAX_TEXT_DISPLAY_CHARS = 4000;
const HOUR_MS = 60 * 60 * 1000;
const TOKEN_LIFE_MS = 15 * 60 * 1000;
/** Channel types: a text channel, a public thread (a forum post is one), a forum. */
const TEXT = 0;
const PUBLIC_THREAD = 11;
const FORUM = 15;

export class FakeDiscord extends EventEmitter {
  readonly appId = snowflake();
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  /** A forum channel (type 15): no messages of its own, only posts (public threads whose parent it is). */
  readonly forumId = snowflake();
  /** The server's text channels (the first is {@link channelId}); `nsfw` marks an age-restricted one. */
  readonly textChannels = new Map<string, { name: string; nsfw: boolean }>([
    [this.channelId, { name: 'clips', nsfw: false }],
  ]);
  /** Whether the application may use the Message Content intent; off, an IDENTIFY asking for it is closed with 4014. */
  messageContentIntent = true;
  /** The intents of every IDENTIFY received, in order. */
  readonly identifies: number[] = [];
  /** How far the fake's clock runs ahead of the real one (see {@link advance}). */
  private clockOffsetMs = 0;
  readonly botUser: FakeUser = { id: this.appId, username: 'zoetrope', bot: true };
  readonly requests: RecordedRequest[] = [];
  readonly messages = new Map<string, FakeMessage[]>();
  readonly threads = new Map<string, Json>();
  readonly interactions = new Map<string, InteractionState>();
  readonly files = new Map<string, { data: Buffer; contentType: string }>();
  readonly users = new Map<string, FakeUser>();
  private readonly injections: Injection[] = [];
  private readonly sockets = new Set<WebSocket>();
  /** The intents each identified connection asked for (what it may see of message content). */
  private readonly socketIntents = new Map<WebSocket, number>();
  private readonly nonces = new Map<string, FakeMessage>();
  private server!: Server;
  private wss!: WebSocketServer;
  private seq = 0;
  port = 0;
  /**
   * How long after a poll ends (by its expiry or its author's expire request) its results are finalized and
   * the POLL_RESULT message posted; 0 finalizes at once.
   */
  pollFinalizeDelayMs = 0;
  /** The largest file the server accepts (10 MiB unless boosted); a bigger one is answered 413, code 40005. */
  uploadLimitBytes = 10 * MIB;
  /** The largest request body accepted (25 MiB, all files together). */
  requestLimitBytes = 25 * MIB;
  /** Votes and ending state of every poll, by message id. */
  private readonly polls = new Map<string, PollState>();
  private readonly pollTimers = new Set<NodeJS.Timeout>();

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get cdnUrl(): string {
    return `http://127.0.0.1:${this.port}/cdn`;
  }

  async start(): Promise<this> {
    for (const id of this.textChannels.keys()) this.messages.set(id, []);
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: String(error), code: 0 }));
      });
    });
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const timer of this.pollTimers) clearTimeout(timer);
    this.pollTimers.clear();
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The fake's time: real time plus whatever {@link advance} added. */
  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  /**
   * Lets `ms` pass for Discord: interactions and messages age (tokens expire after 15 minutes, messages older
   * than an hour cannot be edited), and new ids and timestamps carry the later time. A bot under test
   * follows with `clock: () => fake.now()`.
   */
  advance(ms: number): void {
    this.clockOffsetMs += ms;
    this.settlePolls();
  }

  /**
   * Adds a text channel to the server (`nsfw`: age-restricted); a bot already connected hears of it through
   * CHANNEL_CREATE, as from Discord.
   */
  addTextChannel(name: string, options: { nsfw?: boolean } = {}): string {
    const id = snowflake();
    this.textChannels.set(id, { name, nsfw: options.nsfw ?? false });
    this.messages.set(id, []);
    this.dispatch('CHANNEL_CREATE', this.textChannelObject(id));
    return id;
  }

  /** A text channel as Discord returns it (in GUILD_CREATE, CHANNEL_CREATE, GET /channels/{id}). */
  private textChannelObject(id: string): Json {
    const channel = this.textChannels.get(id)!;
    return {
      id,
      type: TEXT,
      guild_id: this.guildId,
      name: channel.name,
      nsfw: channel.nsfw,
      position: [...this.textChannels.keys()].indexOf(id),
      permission_overwrites: [],
      parent_id: null,
    };
  }

  addUser(username: string): FakeUser {
    const user = { id: snowflake(), username };
    this.users.set(user.id, user);
    return user;
  }

  inject(injection: Injection): void {
    this.injections.push({ times: 1, mode: 'before', ...injection });
  }

  /** Serves bytes from the fake CDN and returns the URL. */
  hostFile(filename: string, data: Buffer, contentType: string): string {
    const path = `/attachments/${this.channelId}/${snowflake()}/${filename}`;
    this.files.set(path, { data, contentType });
    return `${this.cdnUrl}${path}`;
  }

  /** The bytes the fake CDN serves at `url` (an attachment the bot uploaded, or one given to it). */
  fileAt(url: string): Buffer | undefined {
    if (!url.startsWith(this.cdnUrl)) return undefined;
    return this.files.get(decodeURIComponent(new URL(url).pathname.slice('/cdn'.length)))?.data;
  }

  /** Resolves with the first recorded request (past or future) matching the predicate. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 30_000): Promise<RecordedRequest> {
    const found = this.requests.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('request', on);
        reject(new Error('timed out waiting for a matching request'));
      }, timeoutMs);
      const on = (r: RecordedRequest) => {
        if (!match(r)) return;
        clearTimeout(timer);
        this.off('request', on);
        resolve(r);
      };
      this.on('request', on);
    });
  }

  /** Resolves when the predicate over the fake's state holds, re-checked after every request. */
  waitUntil<T>(check: () => T | undefined | false, timeoutMs = 30_000): Promise<T> {
    const now = check();
    if (now) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('request', on);
        reject(new Error('timed out waiting for a condition on the fake Discord'));
      }, timeoutMs);
      const on = () => {
        const value = check();
        if (!value) return;
        clearTimeout(timer);
        this.off('request', on);
        resolve(value);
      };
      this.on('request', on);
    });
  }

  allMessages(): FakeMessage[] {
    return [...this.messages.values()].flat();
  }

  // ---- gateway -----------------------------------------------------------------------------------------

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.socketIntents.delete(ws);
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 } }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      else if (msg.op === 6) ws.send(JSON.stringify({ op: 9, d: false }));
      else if (msg.op === 2) this.identify(ws, Number((msg.d as { intents?: number }).intents ?? 0));
    });
  }

  private identify(ws: WebSocket, intents: number): void {
    this.identifies.push(intents);
    if (intents & MESSAGE_CONTENT_INTENT && !this.messageContentIntent) {
      // What Discord does when a privileged intent is not enabled for the application.
      ws.close(4014, 'Disallowed intent(s).');
      return;
    }
    this.socketIntents.set(ws, intents);
    this.seq = 0;
    const url = `ws://127.0.0.1:${this.port}`;
    this.send(ws, 'READY', {
      v: 10,
      user: { ...this.userObject(this.botUser) },
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: snowflake(),
      resume_gateway_url: url,
      shard: [0, 1],
      application: { id: this.appId, flags: 0 },
    });
    const now = new Date().toISOString();
    const members = [this.botUser, ...this.users.values()].map((u) => ({
      user: this.userObject(u),
      roles: [],
      joined_at: now,
      deaf: false,
      mute: false,
      flags: 0,
    }));
    this.send(ws, 'GUILD_CREATE', {
      id: this.guildId,
      name: 'fake guild',
      unavailable: false,
      owner_id: snowflake(),
      joined_at: now,
      member_count: members.length,
      features: [],
      roles: [
        { id: this.guildId, name: '@everyone', permissions: '2248473465835073', position: 0, color: 0 },
      ],
      channels: [
        ...[...this.textChannels.keys()].map((id) => this.textChannelObject(id)),
        this.forumObject(),
      ],
      members,
      threads: [...this.threads.values()],
      emojis: [],
      stickers: [],
      presences: [],
      voice_states: [],
    });
  }

  private send(ws: WebSocket, t: string, d: unknown): void {
    this.seq += 1;
    ws.send(JSON.stringify({ op: 0, s: this.seq, t, d }));
  }

  /** Sends a dispatch to every connected client, as much of it as that client's intents let it see. */
  dispatch(t: string, d: unknown): void {
    const intent = DISPATCH_INTENTS[t];
    for (const ws of this.sockets) {
      if (intent !== undefined && ((this.socketIntents.get(ws) ?? 0) & intent) === 0) continue;
      this.send(ws, t, this.visibleTo(ws, t, d));
    }
  }

  /**
   * Without the Message Content intent a message arrives with empty content, embeds, attachments and
   * components and without its poll, unless it mentions the bot or the bot wrote it (Discord's rule for
   * privileged content).
   */
  private visibleTo(ws: WebSocket, t: string, d: unknown): unknown {
    if (t !== 'MESSAGE_CREATE' && t !== 'MESSAGE_UPDATE') return d;
    if ((this.socketIntents.get(ws) ?? 0) & MESSAGE_CONTENT_INTENT) return d;
    const message = d as Json & { author?: { id?: string }; mentions?: { id?: string }[] };
    if (message.author?.id === this.botUser.id) return d;
    if ((message.mentions ?? []).some((u) => u.id === this.botUser.id)) return d;
    const { poll: _poll, ...rest } = message;
    return { ...rest, content: '', embeds: [], attachments: [], components: [] };
  }

  private forumObject(): Json {
    return {
      id: this.forumId,
      type: FORUM,
      guild_id: this.guildId,
      name: 'gallery',
      position: 1,
      permission_overwrites: [],
      parent_id: null,
      topic: null,
      flags: 0,
      rate_limit_per_user: 0,
      available_tags: [],
      default_reaction_emoji: null,
      default_sort_order: null,
      default_forum_layout: 0,
      default_thread_rate_limit_per_user: 0,
    };
  }

  /** A thread object as Discord returns it; a forum post is a public thread whose parent is a forum. */
  private threadObject(
    id: string,
    parentId: string,
    ownerId: string,
    name: string,
    archiveMinutes = 1440,
  ): Json {
    return {
      id,
      guild_id: this.guildId,
      parent_id: parentId,
      owner_id: ownerId,
      type: PUBLIC_THREAD,
      name,
      last_message_id: null,
      thread_metadata: {
        archived: false,
        auto_archive_duration: archiveMinutes,
        archive_timestamp: new Date(this.now()).toISOString(),
        locked: false,
      },
      message_count: 0,
      member_count: 1,
      rate_limit_per_user: 0,
      flags: 0,
      applied_tags: [],
    };
  }

  /**
   * A member opens a post in the forum: a public thread with a starter message whose id is the thread's.
   * `announce: false` leaves the bot unaware of it (a post archived while the bot was away: it is in no
   * GUILD_CREATE and no THREAD_CREATE reaches the bot).
   */
  startForumPost(user: FakeUser, name: string, content: string, announce = true): Json {
    const id = snowflake(this.now());
    const thread = this.threadObject(id, this.forumId, user.id, name, 4320);
    this.threads.set(id, thread);
    this.messages.set(id, []);
    const starter = this.createMessage(id, user, { content }, 0, id);
    if (announce) {
      this.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
      this.dispatch('MESSAGE_CREATE', { ...starter, member: this.member(user, '0') });
    }
    return thread;
  }

  /**
   * The bot opens a public thread in a text channel (as when it posts a clip) and the client hears of it
   * through THREAD_CREATE; returns the thread's id.
   */
  startThread(channelId: string, name: string): string {
    const id = snowflake(this.now());
    this.threads.set(id, this.threadObject(id, channelId, this.appId, name));
    this.messages.set(id, []);
    this.dispatch('THREAD_CREATE', { ...this.threads.get(id), newly_created: true });
    return id;
  }

  userObject(u: FakeUser): Json {
    return {
      id: u.id,
      username: u.username,
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: u.bot ?? false,
    };
  }

  private member(u: FakeUser, permissions: string): Json {
    return { user: this.userObject(u), roles: [], joined_at: new Date().toISOString(), permissions };
  }

  // ---- driving the bot ---------------------------------------------------------------------------------

  private baseInteraction(user: FakeUser, channelId: string, permissions: string): InteractionState & Json {
    const channel = this.threads.get(channelId);
    const state: InteractionState = {
      id: snowflake(this.now()),
      token: `tok-${snowflake()}`,
      channelId,
      createdAt: this.now(),
    };
    this.interactions.set(state.id, state);
    return {
      ...state,
      payload: {
        id: state.id,
        application_id: this.appId,
        token: state.token,
        version: 1,
        guild_id: this.guildId,
        locale: 'en-US',
        guild_locale: 'en-US',
        app_permissions: '2248473465835073',
        channel: channel
          ? {
              id: channelId,
              type: PUBLIC_THREAD,
              guild_id: this.guildId,
              parent_id: channel.parent_id,
              name: channel.name,
              thread_metadata: channel.thread_metadata,
            }
          : {
              id: channelId,
              type: TEXT,
              guild_id: this.guildId,
              name: this.textChannels.get(channelId)?.name ?? 'clips',
              nsfw: this.textChannels.get(channelId)?.nsfw ?? false,
            },
        channel_id: channelId,
        member: this.member(user, permissions),
        entitlements: [],
        authorizing_integration_owners: { '0': this.guildId },
        context: 0,
        attachment_size_limit: this.uploadLimitBytes,
      },
    };
  }

  /** Creates a role on the server (GUILD_ROLE_CREATE, as Discord announces it); returns the role object. */
  addRole(name: string): Json & { id: string } {
    const role = {
      id: snowflake(),
      name,
      permissions: '0',
      position: 1,
      color: 0,
      hoist: false,
      managed: false,
      mentionable: false,
    };
    this.dispatch('GUILD_ROLE_CREATE', { guild_id: this.guildId, role });
    return role;
  }

  /** Sends a slash command; returns the interaction (its `ackAt` is set when the bot answers). */
  slash(
    user: FakeUser,
    name: string,
    options: Json[] = [],
    extra: {
      channelId?: string;
      permissions?: string;
      resolved?: Json;
      attachmentSizeLimit?: number;
      /** Another server the bot is in (not in the fake's GUILD_CREATE): the command arrives from there. */
      guildId?: string;
      /** Role ids the member has (see {@link addRole}). */
      roles?: string[];
    } = {},
  ): InteractionState {
    const base = this.baseInteraction(user, extra.channelId ?? this.channelId, extra.permissions ?? '0');
    const payload = base.payload as Json;
    if (extra.roles) (payload.member as Json).roles = extra.roles;
    if (extra.attachmentSizeLimit) payload.attachment_size_limit = extra.attachmentSizeLimit;
    if (extra.guildId) {
      payload.guild_id = extra.guildId;
      payload.channel = { ...(payload.channel as Json), guild_id: extra.guildId };
      payload.authorizing_integration_owners = { '0': extra.guildId };
    }
    payload.type = 2;
    payload.data = {
      id: snowflake(),
      name,
      type: 1,
      options,
      ...(extra.resolved ? { resolved: extra.resolved } : {}),
    };
    this.dispatch('INTERACTION_CREATE', payload);
    return this.interactions.get(base.id)!;
  }

  /**
   * An attachment as Discord describes it in `data.resolved.attachments` or on a message: the bytes are
   * served from the fake CDN at its `url`. Pass it to {@link slash} (option type 11, value = its id).
   */
  attachment(filename: string, data: Buffer, contentType: string | null): Json & { id: string } {
    const url = this.hostFile(filename, data, contentType ?? 'application/octet-stream');
    return {
      id: snowflake(this.now()),
      filename,
      size: data.length,
      url,
      proxy_url: url,
      ...(contentType ? { content_type: contentType } : {}),
    };
  }

  /**
   * Uses a message context-menu command (a message's Apps menu) on `message`: type 2 with `data.type` 3,
   * `data.target_id` and the message in `data.resolved.messages`, as Discord sends it.
   */
  messageMenu(user: FakeUser, message: FakeMessage, name: string, permissions = '0'): InteractionState {
    const base = this.baseInteraction(user, message.channel_id, permissions);
    const payload = base.payload as Json;
    payload.type = 2;
    payload.data = {
      id: snowflake(),
      name,
      type: 3,
      target_id: message.id,
      resolved: { messages: { [message.id]: message } },
    };
    this.dispatch('INTERACTION_CREATE', payload);
    return this.interactions.get(base.id)!;
  }

  /** Presses a button on a message. */
  press(user: FakeUser, message: FakeMessage, customId: string, permissions = '0'): InteractionState {
    const base = this.baseInteraction(user, message.channel_id, permissions);
    const payload = base.payload as Json;
    payload.type = 3;
    payload.data = { custom_id: customId, component_type: 2 };
    payload.message = message;
    const state = this.interactions.get(base.id)!;
    state.originalMessageId = message.id;
    this.dispatch('INTERACTION_CREATE', payload);
    return state;
  }

  /** Submits a modal with text inputs. */
  submitModal(
    user: FakeUser,
    channelId: string,
    customId: string,
    fields: Record<string, string>,
    message?: FakeMessage,
  ): InteractionState {
    const base = this.baseInteraction(user, channelId, '0');
    const payload = base.payload as Json;
    payload.type = 5;
    payload.data = {
      custom_id: customId,
      components: Object.entries(fields).map(([id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: id, value }],
      })),
    };
    if (message) payload.message = message;
    const state = this.interactions.get(base.id)!;
    if (message) state.originalMessageId = message.id;
    this.dispatch('INTERACTION_CREATE', payload);
    return state;
  }

  /** A member posts a message (e.g. a reply in a clip's thread), with text and, if given, attachments. */
  postAsUser(
    user: FakeUser,
    channelId: string,
    content: string,
    mentionBot = false,
    attachment?:
      | { filename: string; data: Buffer; contentType: string }
      | { filename: string; data: Buffer; contentType: string }[],
  ): FakeMessage {
    const message = this.createMessage(channelId, user, { content });
    if (mentionBot) message.mentions = [this.userObject(this.botUser)];
    if (attachment) {
      message.attachments = (Array.isArray(attachment) ? attachment : [attachment]).map((a) =>
        this.attachment(a.filename, a.data, a.contentType),
      );
    }
    this.dispatch('MESSAGE_CREATE', { ...message, member: this.member(user, '0') });
    return message;
  }

  // ---- polls -------------------------------------------------------------------------------------------

  /**
   * A member votes for `answerId` in the poll on `messageId`: on a single-choice poll this replaces the
   * member's earlier vote (MESSAGE_POLL_VOTE_REMOVE for it first); MESSAGE_POLL_VOTE_ADD goes to every
   * connection with the Guild Message Polls intent. Voting again for the same answer changes nothing.
   * Throws for an unknown message or answer, or a poll that has ended.
   */
  votePoll(user: FakeUser, messageId: string, answerId: number): void {
    const { message, state } = this.openPoll(messageId, answerId);
    const mine = (id: number) => (state.votes.get(id) ?? []).some((u) => u.id === user.id);
    if (mine(answerId)) return;
    if (!message.poll!.allow_multiselect) {
      for (const id of state.votes.keys()) if (mine(id)) this.unvote(message, state, user, id);
    }
    if (!this.users.has(user.id)) this.users.set(user.id, user);
    state.votes.get(answerId)!.push(user);
    this.recount(message, state);
    this.dispatch('MESSAGE_POLL_VOTE_ADD', this.voteEvent(message, user, answerId));
  }

  /** A member takes back a vote (MESSAGE_POLL_VOTE_REMOVE); nothing happens if there was none. */
  unvotePoll(user: FakeUser, messageId: string, answerId: number): void {
    const { message, state } = this.openPoll(messageId, answerId);
    this.unvote(message, state, user, answerId);
  }

  /**
   * A member posts a poll (`poll` as in a message create) in a channel; the bot hears of it through
   * MESSAGE_CREATE. Throws when Discord would refuse the poll.
   */
  postPollAsUser(user: FakeUser, channelId: string, poll: Json, content = ''): FakeMessage {
    const refused = checkPoll(poll);
    if (refused) throw new Error(`fake Discord refuses the poll: ${JSON.stringify(refused[1])}`);
    const message = this.createMessage(channelId, user, { content, poll });
    this.dispatch('MESSAGE_CREATE', { ...message, member: this.member(user, '0') });
    return message;
  }

  private openPoll(messageId: string, answerId: number): { message: FakeMessage; state: PollState } {
    this.settlePolls();
    const message = this.findMessage(messageId);
    const state = this.polls.get(messageId);
    if (!message?.poll || !state) throw new Error(`fake Discord: no poll on message ${messageId}`);
    if (state.ended) throw new Error(`fake Discord: the poll on message ${messageId} has ended`);
    if (!state.votes.has(answerId)) throw new Error(`fake Discord: the poll has no answer ${answerId}`);
    return { message, state };
  }

  private unvote(message: FakeMessage, state: PollState, user: FakeUser, answerId: number): void {
    const voters = state.votes.get(answerId)!;
    const i = voters.findIndex((u) => u.id === user.id);
    if (i < 0) return;
    voters.splice(i, 1);
    this.recount(message, state);
    this.dispatch('MESSAGE_POLL_VOTE_REMOVE', this.voteEvent(message, user, answerId));
  }

  private voteEvent(message: FakeMessage, user: FakeUser, answerId: number): Json {
    return {
      user_id: user.id,
      channel_id: message.channel_id,
      message_id: message.id,
      guild_id: this.guildId,
      answer_id: answerId,
    };
  }

  private recount(message: FakeMessage, state: PollState): void {
    message.poll!.results.answer_counts = [...state.votes].map(([id, voters]) => ({
      id,
      count: voters.length,
      me_voted: voters.some((u) => u.id === this.botUser.id),
    }));
  }

  /** The poll object Discord stores for a (valid) poll in a create request. */
  private pollObject(poll: Json): FakePoll {
    const answers = (poll.answers as Json[]).map((a, i) => {
      const media = a.poll_media as Json;
      return {
        answer_id: i + 1,
        poll_media: { text: String(media.text), ...(media.emoji ? { emoji: media.emoji as Json } : {}) },
      };
    });
    return {
      question: { text: String((poll.question as Json).text) },
      answers,
      expiry: new Date(this.now() + Number(poll.duration ?? 24) * HOUR_MS).toISOString(),
      allow_multiselect: poll.allow_multiselect === true,
      layout_type: 1,
      results: {
        is_finalized: false,
        answer_counts: answers.map((a) => ({ id: a.answer_id, count: 0, me_voted: false })),
      },
    };
  }

  /** Ends every open poll whose expiry the fake's clock has passed (checked on every request and advance). */
  private settlePolls(): void {
    for (const [id, state] of this.polls) {
      if (state.ended) continue;
      const message = this.findMessage(id);
      if (!message?.poll) {
        this.polls.delete(id);
        continue;
      }
      if (Date.parse(message.poll.expiry) <= this.now()) this.endPoll(message, state);
    }
  }

  /** The poll stops taking votes; its results are finalized after {@link pollFinalizeDelayMs}. */
  private endPoll(message: FakeMessage, state: PollState): void {
    state.ended = true;
    if (this.pollFinalizeDelayMs <= 0) {
      this.finalizePoll(message, state);
      return;
    }
    const timer = setTimeout(() => {
      this.pollTimers.delete(timer);
      this.finalizePoll(message, state);
    }, this.pollFinalizeDelayMs);
    this.pollTimers.add(timer);
  }

  /**
   * Final counts (MESSAGE_UPDATE), then the POLL_RESULT message (type 46) referencing the poll, with its
   * `poll_result` embed, as MESSAGE_CREATE.
   */
  private finalizePoll(message: FakeMessage, state: PollState): void {
    if (state.finalized) return;
    state.finalized = true;
    const poll = message.poll!;
    this.recount(message, state);
    poll.results.is_finalized = true;
    this.dispatch('MESSAGE_UPDATE', message);
    const counts = poll.results.answer_counts;
    const total = counts.reduce((sum, c) => sum + c.count, 0);
    const top = Math.max(0, ...counts.map((c) => c.count));
    const leaders = counts.filter((c) => c.count === top);
    const victor =
      top > 0 && leaders.length === 1 ? poll.answers.find((a) => a.answer_id === leaders[0]!.id) : undefined;
    const fields: Json[] = [
      { name: 'poll_question_text', value: poll.question.text, inline: false },
      { name: 'victor_answer_votes', value: String(victor ? top : 0), inline: false },
      { name: 'total_votes', value: String(total), inline: false },
    ];
    if (victor) {
      fields.push(
        { name: 'victor_answer_id', value: String(victor.answer_id), inline: false },
        { name: 'victor_answer_text', value: victor.poll_media.text, inline: false },
      );
      const emoji = victor.poll_media.emoji;
      if (emoji?.id) fields.push({ name: 'victor_answer_emoji_id', value: String(emoji.id), inline: false });
      else if (emoji?.name)
        fields.push({ name: 'victor_answer_emoji_name', value: String(emoji.name), inline: false });
    }
    const author = message.author as Json;
    const result = this.createMessage(
      message.channel_id,
      { id: String(author.id), username: String(author.username), bot: author.bot === true },
      { embeds: [{ type: 'poll_result', fields }] },
    );
    result.type = POLL_RESULT_MESSAGE_TYPE;
    result.message_reference = {
      type: 0,
      message_id: message.id,
      channel_id: message.channel_id,
      guild_id: this.guildId,
    };
    this.dispatch('MESSAGE_CREATE', result);
  }

  /** The poll's voters for one answer, by user id, after `after`, at most `limit`. */
  private pollVoters(message: FakeMessage, answerId: number, query: URLSearchParams): Answer {
    const state = this.polls.get(message.id);
    if (!message.poll || !state) {
      return invalidForm(['message_id'], 'POLL_NOT_FOUND', 'This message has no poll.');
    }
    const voters = state.votes.get(answerId);
    if (!voters) return invalidForm(['answer_id'], 'POLL_ANSWER_NOT_FOUND', 'Unknown poll answer.');
    const limit = Number(query.get('limit') ?? 25);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return invalidForm(['limit'], 'NUMBER_TYPE_MAX', 'Must be between 1 and 100.');
    }
    const after = BigInt(query.get('after') ?? '0');
    const users = [...voters]
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))
      .filter((u) => BigInt(u.id) > after)
      .slice(0, limit)
      .map((u) => this.userObject(u));
    return [200, { users }];
  }

  /** POST /channels/{c}/polls/{m}/expire: only the poll's author, only while it is open. */
  private expirePoll(message: FakeMessage): Answer {
    const state = this.polls.get(message.id);
    if (!message.poll || !state) {
      return [400, { message: 'Cannot expire a non-poll message', code: 520006 }];
    }
    if ((message.author as { id: string }).id !== this.botUser.id) {
      return [403, { message: 'Missing Permissions', code: 50013 }];
    }
    if (state.ended) return [400, { message: 'Poll expired', code: 520001 }];
    message.poll.expiry = new Date(this.now()).toISOString();
    this.dispatch('MESSAGE_UPDATE', message);
    const answer = structuredClone(message);
    this.endPoll(message, state);
    return [200, answer];
  }

  // ---- REST --------------------------------------------------------------------------------------------

  private createMessage(
    channelId: string,
    author: FakeUser,
    data: Json,
    flags = 0,
    id = snowflake(this.now()),
  ): FakeMessage {
    const message: FakeMessage = {
      id,
      channel_id: channelId,
      guild_id: this.guildId,
      author: this.userObject(author),
      content: typeof data.content === 'string' ? data.content : '',
      timestamp: new Date(this.now()).toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: Array.isArray(data.embeds) ? (data.embeds as Json[]) : [],
      components: Array.isArray(data.components) ? (data.components as Json[]) : [],
      pinned: false,
      type: 0,
      flags,
      allowed_mentions: data.allowed_mentions,
    };
    if (data.poll && typeof data.poll === 'object') {
      message.poll = this.pollObject(data.poll as Json);
      this.polls.set(id, {
        votes: new Map(message.poll.answers.map((a) => [a.answer_id, []])),
        ended: false,
        finalized: false,
      });
    }
    if (!this.messages.has(channelId)) this.messages.set(channelId, []);
    this.messages.get(channelId)!.push(message);
    return message;
  }

  private findMessage(messageId: string): FakeMessage | undefined {
    for (const list of this.messages.values()) {
      const m = list.find((x) => x.id === messageId);
      if (m) return m;
    }
    return undefined;
  }

  /** Deletes a message, as a moderator would. */
  deleteMessage(messageId: string): void {
    for (const list of this.messages.values()) {
      const i = list.findIndex((x) => x.id === messageId);
      if (i >= 0) list.splice(i, 1);
    }
    this.polls.delete(messageId);
  }

  /**
   * The attachments a create or edit leaves on the message: kept ones (by id, on an edit) and uploaded
   * ones (`files[N]` parts, named by the part or by the payload's `attachments[].filename`).
   */
  private resultingAttachments(
    message: FakeMessage | undefined,
    data: Json,
    files: RecordedFile[],
  ): { kept?: Json; file?: RecordedFile; filename: string }[] | undefined {
    if (!Array.isArray(data.attachments) && files.length === 0) return undefined;
    const requested: Json[] =
      (data.attachments as Json[] | undefined) ?? files.map((_, i) => ({ id: String(i) }));
    const out: { kept?: Json; file?: RecordedFile; filename: string }[] = [];
    for (const a of requested) {
      const existing = message?.attachments.find((x) => x.id === a.id);
      if (existing) {
        out.push({ kept: existing, filename: String(existing.filename) });
        continue;
      }
      const file = files.find((f) => f.field === `files[${String(a.id)}]`);
      if (!file) continue;
      out.push({ file, filename: typeof a.filename === 'string' ? a.filename : file.filename });
    }
    return out;
  }

  /**
   * What Discord refuses in a message create (`message` undefined) or edit, before anything changes: a
   * poll it cannot take, a poll edit, and for Components V2 messages the fields they exclude, the
   * component tree, and `attachment://` names that are not among the message's files.
   */
  private refuseMessage(data: Json, files: RecordedFile[], message?: FakeMessage): Answer | undefined {
    const had = Number(message?.flags ?? 0);
    const asked = data.flags === undefined || data.flags === null ? undefined : Number(data.flags);
    if (had & IS_COMPONENTS_V2 && asked !== undefined && !(asked & IS_COMPONENTS_V2)) {
      return invalidForm(
        ['flags'],
        'MESSAGE_CANNOT_REMOVE_COMPONENTS_V2_FLAG',
        'The IS_COMPONENTS_V2 flag cannot be removed from a message.',
      );
    }
    const cv2 = ((had | (asked ?? 0)) & IS_COMPONENTS_V2) !== 0;
    if (message && data.poll !== undefined && data.poll !== null) {
      if (message.poll) return [400, { message: 'Cannot edit a poll message', code: 520003 }];
      return invalidForm(['poll'], 'POLL_CANNOT_BE_ADDED', 'A poll cannot be added to a message by an edit.');
    }
    if (!message && data.poll !== undefined && data.poll !== null) {
      if (cv2) return cv2Refusal('poll');
      const refused = checkPoll(data.poll);
      if (refused) return refused;
    }
    if (!cv2) return undefined;
    const content =
      typeof data.content === 'string' ? data.content : data.content === null ? '' : message?.content;
    if (content) return cv2Refusal('content');
    const embeds = Array.isArray(data.embeds) ? data.embeds : data.embeds === null ? [] : message?.embeds;
    if (embeds && embeds.length > 0) return cv2Refusal('embeds');
    if (message?.poll) return cv2Refusal('poll');
    if (Array.isArray(data.sticker_ids) && data.sticker_ids.length > 0) return cv2Refusal('sticker_ids');
    const components = data.components === undefined ? (message?.components ?? []) : data.components;
    const attachments =
      this.resultingAttachments(message, data, files)?.map((a) => a.filename) ??
      (message?.attachments ?? []).map((a) => String(a.filename));
    return checkComponents(components, new Set(attachments));
  }

  private applyEdit(message: FakeMessage, data: Json, files: RecordedFile[]): void {
    if (typeof data.content === 'string') message.content = data.content;
    if (Array.isArray(data.embeds)) message.embeds = data.embeds as Json[];
    if (Array.isArray(data.components)) message.components = data.components as Json[];
    if (data.allowed_mentions !== undefined) message.allowed_mentions = data.allowed_mentions;
    if (typeof data.flags === 'number') {
      // An edit may switch embeds off and Components V2 on; the other flags stay as they were.
      message.flags =
        (Number(message.flags) & ~SUPPRESS_EMBEDS) | (data.flags & (SUPPRESS_EMBEDS | IS_COMPONENTS_V2));
    }
    const resulting = this.resultingAttachments(message, data, files);
    if (resulting) {
      const kept: Json[] = [];
      for (const a of resulting) {
        if (a.kept) {
          kept.push(a.kept);
          continue;
        }
        const file = a.file!;
        const id = snowflake(this.now());
        const path = `/attachments/${message.channel_id}/${id}/${a.filename}`;
        this.files.set(path, { data: file.data, contentType: file.contentType });
        kept.push({
          id,
          filename: a.filename,
          size: file.data.length,
          url: `${this.cdnUrl}${path}`,
          proxy_url: `${this.cdnUrl}${path}`,
          content_type: file.contentType,
        });
      }
      message.attachments = kept;
    }
    message.edited_timestamp = new Date(this.now()).toISOString();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = Buffer.concat(await collect(req));
    if (url.pathname.startsWith('/cdn/')) {
      const file = this.files.get(decodeURIComponent(url.pathname.slice(4)));
      if (!file) return reply(res, 404, { message: 'Not Found', code: 0 });
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.data.length });
      res.end(file.data);
      return;
    }
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, ''));
    const method = (req.method ?? 'GET').toUpperCase();
    const { body, files } = await parseBody(req.headers['content-type'], raw);
    const record: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      body,
      files,
      status: 0,
      at: Date.now(),
    };
    const injection = this.injections.find(
      (i) =>
        (i.times ?? 0) > 0 &&
        i.method === method &&
        i.path.test(path) &&
        (!i.uploadsOnly || files.length > 0),
    );
    const finish = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      this.requests.push(record);
      reply(res, status, payload, headers);
      this.emit('request', record);
    };
    if (injection && (injection.mode ?? 'before') === 'before') {
      injection.times = (injection.times ?? 1) - 1;
      return finish(...failure(injection));
    }
    // Discord's upload caps: per file (the server's limit) and per request.
    if (files.some((f) => f.data.length > this.uploadLimitBytes) || raw.length > this.requestLimitBytes) {
      return finish(413, { message: 'Request entity too large', code: 40005 });
    }
    if (injection) injection.times = (injection.times ?? 1) - 1;
    this.settlePolls();
    const [status, payload, headers] = this.route(method, path, url.searchParams, body ?? {}, files);
    if (injection?.mode === 'hang') {
      this.requests.push(record);
      this.emit('request', record);
      return;
    }
    if (injection) return finish(...failure(injection));
    finish(status, payload, headers);
  }

  private route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: Json,
    files: RecordedFile[],
  ): Answer {
    let m: RegExpMatchArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return [
        200,
        {
          url: `ws://127.0.0.1:${this.port}`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
      ];
    }
    m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/);
    if (method === 'POST' && m) {
      const state = this.interactions.get(m[1]!);
      if (!state || state.token !== m[2]) return [404, { message: 'Unknown interaction', code: 10062 }];
      if (state.ackAt !== undefined) {
        return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
      }
      if (this.now() - state.createdAt > 3000) return [404, { message: 'Unknown interaction', code: 10062 }];
      const type = Number(body.type);
      const data = (body.data ?? {}) as Json;
      // A refused message leaves the interaction unacknowledged, as on Discord.
      if (type === 4) {
        const refused = this.refuseMessage(data, files);
        if (refused) return refused;
      } else if (type === 7 && state.originalMessageId) {
        const original = this.findMessage(state.originalMessageId);
        const refused = original ? this.refuseMessage(data, files, original) : undefined;
        if (refused) return refused;
      }
      state.ackAt = this.now();
      state.callbackType = type;
      let message: FakeMessage | undefined;
      if (type === 4 || type === 5) {
        const flags = Number(data.flags ?? 0);
        state.ephemeral = (flags & 64) !== 0;
        message = this.createMessage(state.channelId, this.botUser, data, flags | (type === 5 ? 128 : 0));
        if (files.length > 0) this.applyEdit(message, data, files);
        state.originalMessageId = message.id;
      } else if (type === 7 && state.originalMessageId) {
        message = this.findMessage(state.originalMessageId);
        if (message) this.applyEdit(message, data, files);
      }
      if (query.get('with_response') !== 'true') return [204, null];
      return [
        200,
        {
          interaction: {
            id: state.id,
            type: 2,
            activity_instance_id: null,
            response_message_id: message?.id ?? null,
            response_message_loading: type === 5,
            response_message_ephemeral: state.ephemeral ?? false,
          },
          resource: message ? { type, message } : { type },
        },
      ];
    }
    m = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/);
    if (m) {
      const state = [...this.interactions.values()].find((s) => s.token === m![2]);
      if (!state || m[1] !== this.appId || this.now() - state.createdAt > TOKEN_LIFE_MS)
        return [401, { message: 'Invalid Webhook Token', code: 50027 }];
      const target = m[3] === '@original' ? state.originalMessageId : m[3];
      if (method === 'POST' && !m[3]) {
        const refused = this.refuseMessage(body, files);
        if (refused) return refused;
        const flags = Number(body.flags ?? 0);
        const message = this.createMessage(state.channelId, this.botUser, body, flags);
        this.applyEdit(message, body, files);
        return [200, message];
      }
      const message = target ? this.findMessage(target) : undefined;
      if (!message) return [404, { message: 'Unknown Message', code: 10008 }];
      if (method === 'PATCH') {
        const refused = this.refuseMessage(body, files, message);
        if (refused) return refused;
        this.applyEdit(message, body, files);
        message.flags = Number(message.flags) & ~128;
        return [200, message];
      }
      if (method === 'GET') return [200, message];
      if (method === 'DELETE') {
        this.deleteMessage(message.id);
        return [204, null];
      }
    }
    m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/);
    if (m && method === 'POST') {
      // A thread cannot start from a message in a thread (a forum post is one), nor in a forum.
      if (this.threads.has(m[1]!) || m[1] === this.forumId)
        return [400, { message: 'Cannot execute action on this channel type', code: 50024 }];
      const message = this.findMessage(m[2]!);
      if (!message) return [404, { message: 'Unknown Message', code: 10008 }];
      if (this.threads.has(message.id)) {
        return [400, { message: 'A thread has already been created for this message', code: 160004 }];
      }
      const thread = this.threadObject(
        message.id,
        m[1]!,
        this.appId,
        String(body.name),
        Number(body.auto_archive_duration ?? 1440),
      );
      this.threads.set(message.id, thread);
      this.messages.set(message.id, []);
      message.thread = thread;
      this.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
      return [201, thread];
    }
    m = path.match(/^\/channels\/(\d+)\/threads$/);
    if (m && method === 'POST') {
      // A forum post: the thread and its starter message (same id) in one request; only forums take it here.
      if (m[1] !== this.forumId) {
        return [400, { message: 'Invalid Form Body', code: 50035, errors: { message: 'not a forum' } }];
      }
      const first = (body.message ?? {}) as Json;
      const refused = this.refuseMessage(first, files);
      if (refused) return refused;
      const id = snowflake(this.now());
      const thread = this.threadObject(
        id,
        this.forumId,
        this.appId,
        String(body.name),
        Number(body.auto_archive_duration ?? 4320),
      );
      this.threads.set(id, thread);
      this.messages.set(id, []);
      const starter = this.createMessage(id, this.botUser, first, 0, id);
      this.applyEdit(starter, first, files);
      starter.edited_timestamp = null;
      this.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
      return [201, { ...thread, message: starter }];
    }
    m = path.match(/^\/guilds\/(\d+)\/threads\/active$/);
    if (m && method === 'GET') {
      const active = [...this.threads.values()].filter(
        (t) => !(t.thread_metadata as { archived: boolean }).archived,
      );
      return [200, { threads: active, members: [] }];
    }
    m = path.match(/^\/channels\/(\d+)\/messages$/);
    if (m && m[1] === this.forumId) {
      // A forum holds posts, not messages: reading lists nothing, posting is refused.
      if (method === 'GET') return [200, []];
      return [400, { message: 'Cannot send messages in a non-text channel', code: 50008 }];
    }
    if (m) {
      const channelId = m[1]!;
      if (!this.textChannels.has(channelId) && !this.threads.has(channelId)) {
        return [404, { message: 'Unknown Channel', code: 10003 }];
      }
      const thread = this.threads.get(channelId) as {
        thread_metadata: { archived: boolean; locked: boolean };
      };
      if (method === 'GET') {
        const list = [...(this.messages.get(channelId) ?? [])].reverse();
        return [200, list.slice(0, Number(query.get('limit') ?? 50))];
      }
      if (method === 'POST') {
        if (thread?.thread_metadata.locked) return [400, { message: 'Thread is locked', code: 160005 }];
        if (thread) thread.thread_metadata.archived = false;
        const nonce = typeof body.nonce === 'string' ? `${channelId}:${body.nonce}` : undefined;
        // enforce_nonce: a second create with the same nonce returns the first message instead.
        if (nonce && body.enforce_nonce === true && this.nonces.has(nonce))
          return [200, this.nonces.get(nonce)];
        const refused = this.refuseMessage(body, files);
        if (refused) return refused;
        const flags = Number(body.flags ?? 0) & (SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS | IS_COMPONENTS_V2);
        const message = this.createMessage(channelId, this.botUser, body, flags);
        this.applyEdit(message, body, files);
        message.edited_timestamp = null;
        if (nonce) this.nonces.set(nonce, message);
        return [200, message];
      }
    }
    m = path.match(/^\/channels\/(\d+)\/polls\/(\d+)\/(?:answers\/(\d+)|(expire))$/);
    if (m) {
      const message = this.findMessage(m[2]!);
      if (!message || message.channel_id !== m[1]) return [404, { message: 'Unknown Message', code: 10008 }];
      if (method === 'GET' && m[3]) return this.pollVoters(message, Number(m[3]), query);
      if (method === 'POST' && m[4]) return this.expirePoll(message);
    }
    m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/);
    if (m) {
      const message = this.findMessage(m[2]!);
      if (!message) return [404, { message: 'Unknown Message', code: 10008 }];
      const thread = this.threads.get(m[1]!) as { thread_metadata: { archived: boolean } } | undefined;
      if (method === 'GET') return [200, message];
      if (method === 'PATCH') {
        // The bot token edits only the bot's own messages, never an ephemeral one (that needs its token).
        if ((message.author as { id: string }).id !== this.botUser.id)
          return [403, { message: 'Cannot edit a message authored by another user', code: 50005 }];
        if (Number(message.flags) & EPHEMERAL) return [404, { message: 'Unknown Message', code: 10008 }];
        if (thread?.thread_metadata.archived) return [400, { message: 'Thread is archived', code: 50083 }];
        const refused = this.refuseMessage(body, files, message);
        if (refused) return refused;
        if (this.now() - Date.parse(String(message.timestamp)) > HOUR_MS) {
          // Discord caps edits of messages older than an hour; the fake allows none.
          return [
            429,
            {
              message: 'Maximum number of edits to messages older than 1 hour reached. Try again later.',
              code: 30046,
              retry_after: 5,
              global: false,
            },
            { 'retry-after': '5' },
          ];
        }
        this.applyEdit(message, body, files);
        return [200, message];
      }
      if (method === 'DELETE') {
        this.deleteMessage(message.id);
        return [204, null];
      }
    }
    m = path.match(/^\/channels\/(\d+)$/);
    if (m) {
      const thread = this.threads.get(m[1]!) as (Json & { thread_metadata: Json }) | undefined;
      if (this.textChannels.has(m[1]!) && method === 'GET') return [200, this.textChannelObject(m[1]!)];
      if (m[1] === this.forumId && method === 'GET') return [200, this.forumObject()];
      if (!thread) return [404, { message: 'Unknown Channel', code: 10003 }];
      if (method === 'PATCH' && typeof body.archived === 'boolean')
        thread.thread_metadata.archived = body.archived;
      return [200, thread];
    }
    m = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/);
    if (m && method === 'PUT') {
      const commands = (Array.isArray(body) ? body : []) as Json[];
      return [
        200,
        commands.map((c) => ({ ...c, id: snowflake(), application_id: this.appId, version: '1' })),
      ];
    }
    if (method === 'GET' && path === '/users/@me') return [200, this.userObject(this.botUser)];
    return [404, { message: `fake Discord has no route ${method} ${path}`, code: 0 }];
  }

  /** Archives a thread, as Discord does after its auto-archive duration. */
  archiveThread(threadId: string): void {
    const thread = this.threads.get(threadId) as { thread_metadata: { archived: boolean } } | undefined;
    if (thread) thread.thread_metadata.archived = true;
  }

  /** Locks a thread, as a moderator does: posting in it fails with "Thread is locked". */
  lockThread(threadId: string): void {
    const thread = this.threads.get(threadId) as { thread_metadata: { locked: boolean } } | undefined;
    if (thread) thread.thread_metadata.locked = true;
  }
}

function failure(i: Injection): [number, unknown, Record<string, string>] {
  if (i.status === 429) {
    const after = String(i.retryAfterSeconds ?? 0.2);
    return [
      429,
      { message: 'You are being rate limited.', retry_after: Number(after), global: false },
      {
        'retry-after': after,
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': after,
        'x-ratelimit-bucket': 'fake-bucket',
        'x-ratelimit-scope': 'user',
      },
    ];
  }
  return [i.status, { message: 'Internal Server Error', code: 0 }, {}];
}

/** Discord's 400 "Invalid Form Body" (code 50035), the error nested under the field's path. */
function invalidForm(path: (string | number)[], code: string, message: string): Answer {
  let errors: Json = { _errors: [{ code, message }] };
  for (const key of [...path].reverse()) errors = { [String(key)]: errors };
  return [400, { message: 'Invalid Form Body', code: 50035, errors }];
}

/** A field a Components V2 message cannot have. */
function cv2Refusal(field: string): Answer {
  return invalidForm(
    [field],
    'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
    `The '${field}' field cannot be used when using MessageFlags.IS_COMPONENTS_V2`,
  );
}

/** Discord's checks of a poll in a message create: question, 1-10 answers, duration in hours. */
function checkPoll(raw: unknown): Answer | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return invalidForm(['poll'], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
  }
  const poll = raw as Json;
  const question = (poll.question ?? {}) as Json;
  if (typeof question.text !== 'string' || question.text.length < 1 || question.text.length > 300) {
    return invalidForm(
      ['poll', 'question', 'text'],
      'BASE_TYPE_BAD_LENGTH',
      'Must be between 1 and 300 in length.',
    );
  }
  const answers = poll.answers;
  if (!Array.isArray(answers) || answers.length < 1 || answers.length > 10) {
    return invalidForm(['poll', 'answers'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 10 in length.');
  }
  for (const [i, answer] of answers.entries()) {
    const text = ((answer as Json | null)?.poll_media as Json | undefined)?.text;
    if (typeof text !== 'string' || text.length < 1 || text.length > 55) {
      return invalidForm(
        ['poll', 'answers', i, 'poll_media', 'text'],
        'BASE_TYPE_BAD_LENGTH',
        'Must be between 1 and 55 in length.',
      );
    }
  }
  if (poll.duration !== undefined && poll.duration !== null) {
    const d = poll.duration;
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > 768) {
      return invalidForm(['poll', 'duration'], 'NUMBER_TYPE_MAX', 'int value should be between 1 and 768.');
    }
  }
  if (poll.allow_multiselect !== undefined && typeof poll.allow_multiselect !== 'boolean') {
    return invalidForm(['poll', 'allow_multiselect'], 'BASE_TYPE_BOOLEAN', 'Must be either true or false.');
  }
  if (poll.layout_type !== undefined && poll.layout_type !== 1) {
    return invalidForm(['poll', 'layout_type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1}.');
  }
  return undefined;
}

/**
 * Discord's checks of a Components V2 tree: known types, at most 40 components counting nested ones, Text
 * Displays together at most 4000 characters, Media Galleries of 1-10 items, and every `attachment://` name
 * among `attachments` (the files the message will have).
 */
function checkComponents(raw: unknown, attachments: Set<string>): Answer | undefined {
  let count = 0;
  let text = 0;
  const media = (url: unknown, path: (string | number)[]): Answer | undefined => {
    if (typeof url !== 'string' || url.length === 0) {
      return invalidForm(path, 'BASE_TYPE_REQUIRED', 'This field is required');
    }
    if (url.startsWith('attachment://') && !attachments.has(url.slice('attachment://'.length))) {
      return invalidForm(
        path,
        'UNFURLED_MEDIA_ITEM_ATTACHMENT_NOT_FOUND',
        `Attachment ${url} is not among the files of this message.`,
      );
    }
    return undefined;
  };
  const one = (value: unknown, path: (string | number)[]): Answer | undefined => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      return invalidForm(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    }
    const c = value as Json;
    const type = Number(c.type);
    if (!COMPONENT_TYPES.has(type)) {
      return invalidForm(
        [...path, 'type'],
        'BASE_TYPE_CHOICES',
        `Value must be one of ${[...COMPONENT_TYPES].join(', ')}.`,
      );
    }
    count += 1;
    if (type === 10) {
      if (typeof c.content !== 'string' || c.content.length === 0) {
        return invalidForm([...path, 'content'], 'BASE_TYPE_REQUIRED', 'This field is required');
      }
      text += c.content.length;
    }
    if (type === 11) return media((c.media as Json | undefined)?.url, [...path, 'media', 'url']);
    if (type === 13) return media((c.file as Json | undefined)?.url, [...path, 'file', 'url']);
    if (type === 12) {
      const items = c.items;
      if (!Array.isArray(items) || items.length < 1 || items.length > 10) {
        return invalidForm([...path, 'items'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 10 in length.');
      }
      for (const [i, item] of items.entries()) {
        const entry = (item ?? {}) as Json;
        const bad = media((entry.media as Json | undefined)?.url, [...path, 'items', i, 'media', 'url']);
        if (bad) return bad;
        const description = entry.description;
        if (description !== undefined && description !== null) {
          if (typeof description !== 'string' || description.length > 1024) {
            return invalidForm(
              [...path, 'items', i, 'description'],
              'BASE_TYPE_MAX_LENGTH',
              'Must be 1024 or fewer in length.',
            );
          }
        }
      }
    }
    if (type === 1 || type === 9 || type === 17) {
      const bad = many(c.components, [...path, 'components']);
      if (bad) return bad;
    }
    if (type === 9 && c.accessory !== undefined) return one(c.accessory, [...path, 'accessory']);
    return undefined;
  };
  const many = (list: unknown, path: (string | number)[]): Answer | undefined => {
    if (!Array.isArray(list)) return invalidForm(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    for (const [i, c] of list.entries()) {
      const bad = one(c, [...path, i]);
      if (bad) return bad;
    }
    return undefined;
  };
  const bad = many(raw, ['components']);
  if (bad) return bad;
  if (count > MAX_COMPONENTS) {
    return invalidForm(
      ['components'],
      'BASE_TYPE_MAX_LENGTH',
      `Must be ${MAX_COMPONENTS} or fewer in total.`,
    );
  }
  if (text > MAX_TEXT_DISPLAY_CHARS) {
    return invalidForm(
      ['components'],
      'MESSAGE_TEXT_DISPLAY_TOO_LONG',
      `Text Display content must be ${MAX_TEXT_DISPLAY_CHARS} or fewer characters in total.`,
    );
  }
  return undefined;
}

function reply(
  res: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
): void {
  const base = {
    'x-ratelimit-limit': '50',
    'x-ratelimit-remaining': '49',
    'x-ratelimit-reset-after': '1',
    ...headers,
  };
  if (status === 204 || payload === null) {
    res.writeHead(status, base);
    res.end();
    return;
  }
  res.writeHead(status, { ...base, 'content-type': 'application/json' });
  res.end(JSON.stringify(payload));
}

async function collect(req: IncomingMessage): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks;
}

async function parseBody(
  contentType: string | undefined,
  raw: Buffer,
): Promise<{ body: Json | null; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: null, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Request('http://x', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: raw,
    }).formData();
    const files: RecordedFile[] = [];
    let body: Json | null = null;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value) as Json;
      } else {
        files.push({
          field,
          filename: value.name,
          contentType: value.type || 'application/octet-stream',
          data: Buffer.from(await value.arrayBuffer()),
        });
      }
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')) as Json, files: [] };
}
