import { WebSocket } from 'ws';
import type { SubscriptionRegistry, ActiveSubscription } from './subscription-registry';
import {
  complete, connectionAck, connectionError, dataPrefix, errorMessage, KEEP_ALIVE, startAck, type RealtimeError,
} from './protocol-messages';
import type { StartOutcome } from './start-subscription';

/** AppSync's limit of subscriptions on one connection. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 100;

/** The connection's TCP or TLS socket, under the WebSocket: what batches writes. */
export interface Corkable {
  cork(): void;
  uncork(): void;
}

/** What a connection shares with the others of its endpoint. */
export interface ConnectionDependencies {
  readonly registry: SubscriptionRegistry;
  readonly start: (payload: unknown) => Promise<StartOutcome>;
  /** How often `ka` is sent. */
  readonly keepAliveIntervalMs: number;
  readonly log: (record: Record<string, unknown>) => void;
}

/**
 * One client's WebSocket, speaking AppSync's real-time protocol: `connection_init` ->
 * `connection_ack` and periodic `ka`; `start` -> `start_ack` (or `error`), then `data`;
 * `stop` -> `complete`. A connection whose credential was refused answers its first message
 * with `connection_error` (401) and closes.
 */
export class RealtimeConnection {
  private readonly subscriptions = new Map<string, ActiveSubscription>();
  /** Starts in progress; a `stop` for one of them cancels it. */
  private readonly pending = new Map<string, { cancelled: boolean }>();
  private keepAlive: NodeJS.Timeout | undefined;
  private corked = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly refusal: RealtimeError | undefined,
    private readonly deps: ConnectionDependencies,
    private readonly transport?: Corkable,
  ) {
    socket.on('message', (data: Buffer, isBinary: boolean) => this.receive(isBinary ? '' : data.toString('utf8')));
    socket.on('close', () => this.closed());
    socket.on('error', () => socket.terminate());
  }

  private receive(text: string): void {
    if (this.refusal) {
      this.send(connectionError([this.refusal]));
      this.socket.close(1000);
      return;
    }
    let message: { type?: unknown; id?: unknown; payload?: unknown };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      message = {};
    }
    switch (message.type) {
      case 'connection_init':
        this.send(connectionAck());
        this.startKeepAlive();
        return;
      case 'start':
        void this.start(message.id, message.payload).catch((error: unknown) => this.failed(message.id, error));
        return;
      case 'stop':
        this.stop(message.id);
        return;
      default: {
        const type = typeof message.type === 'string' ? message.type : 'unknown';
        this.send(errorMessage(undefined, [{ errorType: 'UnsupportedOperation', message: `${type} not supported through the realtime channel` }]));
      }
    }
  }

  private async start(id: unknown, payload: unknown): Promise<void> {
    if (typeof id !== 'string' || id === '') {
      this.send(errorMessage(undefined, [{ errorType: 'BadRequestException', message: 'A start message needs an id.' }]));
      return;
    }
    if (this.subscriptions.has(id) || this.pending.has(id)) {
      this.send(errorMessage(id, [{ errorType: 'BadRequestException', message: `Subscription id ${id} is already in use on this connection.` }]));
      return;
    }
    if (this.subscriptions.size + this.pending.size >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
      // As observed from AppSync by AWS's iOS client: `errors` is one object here, not a list.
      this.send(errorMessage(id, { errorType: 'MaxSubscriptionsReachedError', message: `Max number of ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions reached` }));
      return;
    }
    // The connection_init message is optional for AppSync; keep-alives start with a subscription then.
    this.startKeepAlive();
    const state = { cancelled: false };
    this.pending.set(id, state);
    const outcome = await this.deps.start(payload).finally(() => this.pending.delete(id));
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if ('errors' in outcome) return this.send(errorMessage(id, outcome.errors));
    if (state.cancelled) return this.send(complete(id));
    const subscription: ActiveSubscription = {
      ...outcome.started,
      id,
      dataPrefix: dataPrefix(id),
      send: (message) => this.deliver(message),
      invalidate: () => this.stop(id),
    };
    // Registered before start_ack: an event published right after the ack reaches it.
    this.subscriptions.set(id, subscription);
    this.deps.registry.add(subscription);
    this.send(startAck(id));
  }

  private stop(id: unknown): void {
    if (typeof id !== 'string') return;
    const pending = this.pending.get(id);
    if (pending) {
      pending.cancelled = true;
      return;
    }
    const subscription = this.subscriptions.get(id);
    if (subscription) {
      this.subscriptions.delete(id);
      this.deps.registry.remove(subscription);
    }
    this.send(complete(id));
  }

  private failed(id: unknown, error: unknown): void {
    this.deps.log({ level: 'ERROR', message: 'local AppSync failed to start a subscription', error: String((error as Error)?.stack ?? error) });
    this.send(errorMessage(typeof id === 'string' ? id : undefined, [{ errorType: 'InternalFailureException', message: 'Internal failure' }]));
  }

  private startKeepAlive(): void {
    if (this.keepAlive) return;
    this.keepAlive = setInterval(() => this.send(KEEP_ALIVE), this.deps.keepAliveIntervalMs);
    this.keepAlive.unref();
  }

  private send(message: string): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(message);
  }

  /**
   * Sends an event. The socket stays corked until the end of this turn of the event loop, so
   * that the events of all the mutations completed in one turn leave in one write: under load,
   * the write system call per event and connection was most of the fan-out's cost. Nothing is
   * reordered (every write of the turn waits), and Nagle stays off.
   */
  private deliver(message: string): void {
    if (this.transport && !this.corked && this.socket.readyState === WebSocket.OPEN) {
      this.corked = true;
      this.transport.cork();
      setImmediate(() => {
        this.corked = false;
        this.transport?.uncork();
      });
    }
    this.send(message);
  }

  private closed(): void {
    clearInterval(this.keepAlive);
    for (const subscription of this.subscriptions.values()) this.deps.registry.remove(subscription);
    this.subscriptions.clear();
    for (const state of this.pending.values()) state.cancelled = true;
  }
}
