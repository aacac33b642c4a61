import { WebSocket } from 'ws';

/** A message of AppSync's real-time protocol, as received. */
export interface RealtimeMessage {
  readonly type: string;
  readonly id?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any part of a payload
  readonly payload?: any;
}

/** The `header-<base64url JSON>` subprotocol current AWS clients authenticate with. */
export function headerProtocols(headers: Record<string, string>): string[] {
  return ['graphql-ws', `header-${Buffer.from(JSON.stringify(headers)).toString('base64url')}`];
}

/**
 * A bare WebSocket client of the real-time protocol for tests: it keeps every message it
 * receives and hands them out in order, waiting for one when there is none yet.
 */
export class RealtimeTestClient {
  private readonly inbox: RealtimeMessage[] = [];
  private readonly waiters: { match: (message: RealtimeMessage) => boolean; resolve: (message: RealtimeMessage) => void }[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => this.arrived(JSON.parse(data.toString('utf8')) as RealtimeMessage));
    this.closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  }

  /** Opens a connection; `ca` trusts a local CA for `wss://`. */
  static async connect(url: string, protocols: string[], options: { ca?: string } = {}): Promise<RealtimeTestClient> {
    const socket = new WebSocket(url, protocols, { ca: options.ca });
    const client = new RealtimeTestClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return client;
  }

  send(message: Record<string, unknown>): void {
    this.socket.send(JSON.stringify(message));
  }

  /** The next message (of a type, or matching), waiting up to `timeoutMs`. */
  next(match: string | ((message: RealtimeMessage) => boolean) = () => true, timeoutMs = 3_000): Promise<RealtimeMessage> {
    const test = typeof match === 'string' ? (message: RealtimeMessage) => message.type === match : match;
    const index = this.inbox.findIndex(test);
    if (index >= 0) return Promise.resolve(this.inbox.splice(index, 1)[0] as RealtimeMessage);
    return new Promise((resolve, reject) => {
      const waiter = { match: test, resolve };
      this.waiters.push(waiter);
      setTimeout(() => {
        const at = this.waiters.indexOf(waiter);
        if (at < 0) return;
        this.waiters.splice(at, 1);
        reject(new Error(`no matching message within ${timeoutMs} ms; received: ${JSON.stringify(this.inbox)}`));
      }, timeoutMs);
    });
  }

  /** Every message received and not yet handed out. */
  pending(): readonly RealtimeMessage[] {
    return this.inbox;
  }

  close(): void {
    this.socket.close();
  }

  private arrived(message: RealtimeMessage): void {
    const at = this.waiters.findIndex((waiter) => waiter.match(message));
    if (at < 0) return void this.inbox.push(message);
    const [waiter] = this.waiters.splice(at, 1);
    waiter?.resolve(message);
  }
}
