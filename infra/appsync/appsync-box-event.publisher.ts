import type { BoxEvent } from '../../domain/events/box-event.entity';
import type { BoxEventPublisher } from '../../domain/events/box-event.publisher.port';
import { logger } from '../logging/logger';
import { setting } from '../settings';
import { SignedGraphqlClient } from './signed-graphql';

// Subscribers receive only what the mutation selects: every field of BoxEvent.
const FIELDS = 'eventId hubId nodeId type occurredAt receivedAt source partnerId trackingNumber data';
/** Events per request: one request carries a batch's events as aliased mutations (see below). */
export const EVENTS_PER_REQUEST = 100;

/** `mutation($e0: BoxEventInput!, ...) { e0: publishBoxEvent(event: $e0) { ... } ... }` */
function publishMutation(count: number): string {
  const aliases = Array.from({ length: count }, (_, index) => `e${index}`);
  const variables = aliases.map((alias) => `$${alias}: BoxEventInput!`).join(', ');
  const fields = aliases.map((alias) => `${alias}: publishBoxEvent(event: $${alias}) { ${FIELDS} }`).join('\n');
  return `mutation PublishBoxEvents(${variables}) {\n${fields}\n}`;
}

function toInput(event: BoxEvent): Record<string, unknown> {
  return {
    eventId: event.eventId,
    hubId: event.hubId,
    nodeId: event.nodeId,
    type: event.type,
    occurredAt: event.occurredAt,
    receivedAt: event.receivedAt,
    source: event.source,
    partnerId: event.partnerId ?? null,
    trackingNumber: event.trackingNumber ?? null,
    data: JSON.stringify(event.data),
  };
}

/**
 * Pushes events to `onBoxEvent` subscribers through the API's IAM-only `publishBoxEvent`. Each
 * aliased field of a mutation triggers its own subscription event, so a batch's events go out
 * in one signed request (up to EVENTS_PER_REQUEST) instead of one request each: a fraction of the
 * signing, the connections and the latency, in stream order.
 */
export class AppSyncBoxEventPublisher implements BoxEventPublisher {
  private client: SignedGraphqlClient | undefined;

  constructor(
    private readonly graphqlUrl?: string,
    private readonly region: string = process.env.AWS_REGION ?? 'ap-northeast-1',
  ) {}

  async publish(events: readonly BoxEvent[]): Promise<ReadonlySet<string>> {
    // The URL is read on first use: locally it is known only once the API listens.
    this.client ??= new SignedGraphqlClient(this.graphqlUrl ?? setting('graphqlUrl'), this.region);
    const failed = new Set<string>();
    for (let start = 0; start < events.length; start += EVENTS_PER_REQUEST) {
      const chunk = events.slice(start, start + EVENTS_PER_REQUEST);
      const variables = Object.fromEntries(chunk.map((event, index) => [`e${index}`, toInput(event)]));
      const answer = await this.client.request(publishMutation(chunk.length), variables).catch((error: unknown) => ({ status: 0, error: String(error) }));
      const data = 'data' in answer ? answer.data : undefined;
      const missing = chunk.filter((_event, index) => !data?.[`e${index}`]);
      if (missing.length === 0) continue;
      // Why it failed is only known here; the service counts and retries the events.
      logger.warn('box event push failed', { log_event: 'box_event_push_rejected', status: answer.status, events: missing.length, answer: JSON.stringify(answer).slice(0, 1_000) });
      for (const event of missing) failed.add(event.eventId);
    }
    return failed;
  }
}
