import { connect, type Socket } from 'node:net';

/** One HTTP answer as the load cares about it. */
export interface PostAnswer {
  readonly status: number;
  readonly body: string;
}

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /^content-length:\s*(\d+)\s*$/im;

/**
 * One keep-alive HTTP/1.1 connection that sends POSTs one at a time and reads answers framed by
 * `Content-Length` (both runtimes frame JSON that way). Node's fetch costs the load process
 * about a millisecond a request, as much as the runtimes under test spend serving it: on a
 * shared two-core machine the load then bounds both runtimes alike and squeezes their ratio.
 * This costs a few tens of microseconds, so the servers, not the load, set the pace.
 */
export class KeepAliveConnection {
  private readonly socket: Socket;
  private readonly connected: Promise<void>;
  private buffered: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (answer: PostAnswer) => void; reject: (error: Error) => void } | undefined;

  constructor(private readonly url: URL) {
    this.socket = connect({ host: url.hostname, port: Number(url.port), noDelay: true });
    this.connected = new Promise((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('error', reject);
    });
    this.socket.on('data', (chunk: Buffer) => this.read(chunk));
    this.socket.on('error', (error) => this.fail(error));
    this.socket.on('close', () => this.fail(new Error('connection closed by the server')));
  }

  /** Sends one POST of `body` (JSON) with `headers` and resolves with the answer. */
  async post(body: string, headers: Record<string, string>): Promise<PostAnswer> {
    await this.connected;
    if (this.waiting) throw new Error('KeepAliveConnection.post: one request at a time');
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    const head =
      `POST ${this.url.pathname}${this.url.search} HTTP/1.1\r\nhost: ${this.url.host}\r\nconnection: keep-alive\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\n${lines}\r\n`;
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(head + body);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private read(chunk: Buffer): void {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    const headerEnd = this.buffered.indexOf(HEADER_END);
    if (headerEnd < 0) return;
    const head = this.buffered.toString('latin1', 0, headerEnd);
    const length = CONTENT_LENGTH.exec(head)?.[1];
    if (length === undefined) return this.fail(new Error(`answer without content-length: ${head.slice(0, 200)}`));
    const bodyStart = headerEnd + HEADER_END.length;
    const bodyEnd = bodyStart + Number(length);
    if (this.buffered.length < bodyEnd) return;
    const answer = { status: Number(head.slice(9, 12)), body: this.buffered.toString('utf8', bodyStart, bodyEnd) };
    this.buffered = this.buffered.subarray(bodyEnd);
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.resolve(answer);
  }

  private fail(error: Error): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(error);
  }
}
