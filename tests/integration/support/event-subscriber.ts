import { readFileSync } from 'node:fs';
import type { StackOutputs } from '../../../local/stack/outputs';
import { headerProtocols, RealtimeTestClient, type RealtimeMessage } from '../../support/realtime-client';

const FIELDS = 'eventId hubId nodeId type occurredAt receivedAt source data';

/** A phone's real-time connection, signed in with a user pool token. */
export class EventSubscriber {
  private constructor(
    readonly client: RealtimeTestClient,
    private readonly authorization: Record<string, string>,
  ) {}

  static async connect(stack: StackOutputs, idToken: string): Promise<EventSubscriber> {
    const authorization = { host: new URL(stack.graphqlUrl).host, Authorization: idToken };
    const client = await RealtimeTestClient.connect(stack.realtimeUrl, headerProtocols(authorization), { ca: readFileSync(stack.tls.caFile, 'utf8') });
    client.send({ type: 'connection_init' });
    await client.next('connection_ack');
    return new EventSubscriber(client, authorization);
  }

  /** Starts `onBoxEvent(args)` as subscription `id`; answers `start_ack` or `error`. */
  async subscribe(id: string, args: { hubId: string; nodeId?: string; types?: string[] }): Promise<RealtimeMessage> {
    const query = `subscription ($hubId: ID!, $nodeId: ID, $types: [BoxEventType!]) { onBoxEvent(hubId: $hubId, nodeId: $nodeId, types: $types) { ${FIELDS} } }`;
    this.client.send({ type: 'start', id, payload: { data: JSON.stringify({ query, variables: args }), extensions: { authorization: this.authorization } } });
    return this.client.next((message) => message.id === id && ['start_ack', 'error'].includes(message.type), 5_000);
  }

  /** The next event of subscription `id`. */
  async nextEvent(id: string, timeoutMs = 10_000): Promise<{ eventId: string; nodeId: string; type: string; data: string }> {
    const message = await this.client.next((candidate) => candidate.id === id && candidate.type === 'data', timeoutMs);
    return message.payload.data.onBoxEvent;
  }

  /** Events of subscription `id` received and not yet taken. */
  pendingEvents(id: string): { eventId: string; type: string }[] {
    return this.client.pending().filter((message) => message.id === id && message.type === 'data').map((message) => message.payload.data.onBoxEvent);
  }

  close(): void {
    this.client.close();
  }
}
