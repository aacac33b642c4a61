import type { SubscriptionFilter } from '@aws-appsync/utils';
import type { SubscriptionInvalidation } from '../runtime/invocation-scope';
import { matchesArguments, type ArgumentFilter } from './argument-filter';
import { matchesFilter } from './enhanced-filter';
import type { EventShape } from './event-shape';

/** AppSync drops (silently) a subscription message whose payload is over 240 KB. */
export const MAX_PAYLOAD_BYTES = 240 * 1024;

/** A started subscription, as the fan-out sees it. */
export interface ActiveSubscription {
  readonly id: string;
  /** The subscription field, e.g. `onBoxEvent`. */
  readonly fieldName: string;
  readonly arguments: ArgumentFilter;
  /** Set by the subscription resolver; it replaces the argument filtering (see the README). */
  readonly filter?: SubscriptionFilter;
  readonly invalidationFilter?: SubscriptionFilter;
  readonly shape: EventShape;
  /** `{"type":"data","id":"<id>","payload":`, built once. */
  readonly dataPrefix: string;
  send(message: string): void;
  /** Ends the subscription from the server side: `complete` to the client, forgotten by its connection. */
  invalidate(): void;
}

/**
 * Every active subscription, indexed by subscription field, so that a mutation costs one pass
 * over the subscriptions of the fields it triggers, with one serialization per distinct
 * selection set.
 */
export class SubscriptionRegistry {
  private readonly byField = new Map<string, Set<ActiveSubscription>>();

  constructor(
    /** Mutation name -> subscription fields, from `@aws_subscribe`. */
    private readonly triggers: ReadonlyMap<string, readonly string[]>,
    private readonly log: (record: Record<string, unknown>) => void,
  ) {}

  add(subscription: ActiveSubscription): void {
    let subscriptions = this.byField.get(subscription.fieldName);
    if (!subscriptions) this.byField.set(subscription.fieldName, (subscriptions = new Set()));
    subscriptions.add(subscription);
  }

  remove(subscription: ActiveSubscription): void {
    this.byField.get(subscription.fieldName)?.delete(subscription);
  }

  /** The number of active subscriptions of a field. */
  count(fieldName: string): number {
    return this.byField.get(fieldName)?.size ?? 0;
  }

  /** Delivers a mutation's event to the subscriptions it triggers; answers how many got it. */
  publish(mutationField: string, event: unknown): number {
    let delivered = 0;
    for (const fieldName of this.triggers.get(mutationField) ?? []) {
      const subscriptions = this.byField.get(fieldName);
      if (!subscriptions || subscriptions.size === 0) continue;
      const payloads = new Map<string, string | null>();
      for (const subscription of subscriptions) {
        const wanted = subscription.filter ? matchesFilter(subscription.filter, event) : matchesArguments(subscription.arguments, event);
        if (!wanted) continue;
        let payload = payloads.get(subscription.shape.key);
        if (payload === undefined) {
          payload = this.serialize(subscription, event);
          payloads.set(subscription.shape.key, payload);
        }
        if (payload === null) continue;
        subscription.send(`${subscription.dataPrefix}${payload}}`);
        delivered += 1;
      }
    }
    return delivered;
  }

  /** `extensions.invalidateSubscriptions`: ends the field's subscriptions whose invalidation filter matches. */
  invalidate(invalidation: SubscriptionInvalidation): number {
    const matching = [...(this.byField.get(invalidation.subscriptionField) ?? [])].filter(
      (subscription) => subscription.invalidationFilter && matchesFilter(subscription.invalidationFilter, invalidation.payload),
    );
    for (const subscription of matching) subscription.invalidate();
    return matching.length;
  }

  private serialize(subscription: ActiveSubscription, event: unknown): string | null {
    const payload = JSON.stringify(subscription.shape.apply(event));
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit: short payloads need no count.
    if (payload.length * 3 > MAX_PAYLOAD_BYTES && Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
      this.log({ level: 'WARN', message: 'subscription payload over 240 KB dropped, as AppSync drops it', field: subscription.fieldName });
      return null;
    }
    return payload;
  }
}
