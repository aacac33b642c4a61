import { headerProtocols, RealtimeTestClient, type RealtimeMessage } from '../../support/realtime-client';
import type { E2eSettings } from '../settings/e2e-settings';

/** A box event as `onBoxEvent` pushes it. */
export interface LiveEvent {
  readonly eventId: string;
  readonly hubId: string;
  readonly nodeId: string;
  readonly type: string;
  readonly source: string;
  readonly partnerId: string | null;
  readonly trackingNumber: string | null;
  readonly data: string | null;
}

const FIELDS = 'eventId hubId nodeId type source partnerId trackingNumber data';

/** A signed-in user's phone: AppSync's real-time connection, authorized with their ID token. */
export class Phone {
  private constructor(
    readonly connection: RealtimeTestClient,
    private readonly authorization: Record<string, string>,
  ) {}

  static async open(settings: E2eSettings, idToken: string): Promise<Phone> {
    const authorization = { host: new URL(settings.graphqlUrl).host, Authorization: idToken };
    const connection = await RealtimeTestClient.connect(settings.realtimeUrl, headerProtocols(authorization), { ca: settings.apiCaPem });
    connection.send({ type: 'connection_init' });
    await connection.next('connection_ack', 10_000);
    return new Phone(connection, authorization);
  }

  /** Starts `onBoxEvent(hubId)` as subscription `id`; answers `start_ack` or `error`. */
  async subscribe(id: string, hubId: string): Promise<RealtimeMessage> {
    const query = `subscription ($hubId: ID!) { onBoxEvent(hubId: $hubId) { ${FIELDS} } }`;
    this.connection.send({ type: 'start', id, payload: { data: JSON.stringify({ query, variables: { hubId } }), extensions: { authorization: this.authorization } } });
    return this.connection.next((message) => message.id === id && ['start_ack', 'error'].includes(message.type), 10_000);
  }

  /** The next event of subscription `id` matching `match`. */
  async nextEvent(id: string, match: (event: LiveEvent) => boolean = () => true, timeoutMs = 15_000): Promise<LiveEvent> {
    const message = await this.connection.next((candidate) => candidate.id === id && candidate.type === 'data' && match(candidate.payload.data.onBoxEvent as LiveEvent), timeoutMs);
    return message.payload.data.onBoxEvent as LiveEvent;
  }

  /** Resolves when the server ends subscription `id` (`complete`), as it does when access is lost. */
  async completed(id: string, timeoutMs = 10_000): Promise<RealtimeMessage> {
    return this.connection.next((message) => message.id === id && message.type === 'complete', timeoutMs);
  }

  close(): void {
    this.connection.close();
  }
}
