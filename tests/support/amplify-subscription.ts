import { Hub } from 'aws-amplify/utils';
import { parse, print } from 'graphql';

/** A subscription made with aws-amplify, started (its `start_ack` received). */
export interface StartedAmplifySubscription<Data> {
  /** The first `data` the subscription receives. */
  readonly first: Promise<Data>;
  stop(): void;
}

/**
 * The client `generateClient()` makes, reduced to what is used here: its full type is too deep
 * for the compiler to compare.
 */
export interface AmplifyGraphQLClient {
  graphql(...args: never[]): unknown;
}

type Observable<Data> = { subscribe(observer: { next(message: { data: Data }): void; error(error: unknown): void }): { unsubscribe(): void } };

/** What Amplify's real-time provider dispatches on the `api` Hub channel for each `start_ack`. */
const SUBSCRIPTION_ACK = 'Subscription ack';

/**
 * Subscribes with an Amplify client and resolves once the subscription is live: Amplify
 * dispatches each `start_ack` on its Hub with the subscription's query. Events published
 * before that would be missed, as on AppSync.
 */
export async function startAmplifySubscription<Data>(
  client: AmplifyGraphQLClient,
  request: { query: string; variables?: Record<string, unknown> },
): Promise<StartedAmplifySubscription<Data>> {
  // Amplify sends (and reports) the query as graphql-js prints it, with a final newline.
  const printed = print(parse(request.query));
  let stopListening: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => {
    stopListening = Hub.listen('api', ({ payload }) => {
      const acknowledged = (payload.data as { query?: string } | undefined)?.query;
      if (payload.event === SUBSCRIPTION_ACK && acknowledged?.trim() === printed) resolve();
    });
  });
  let stop: () => void = () => undefined;
  const first = new Promise<Data>((resolve, reject) => {
    const observable = (client as unknown as { graphql(options: typeof request): Observable<Data> }).graphql(request);
    const subscription = observable.subscribe({
      next: (message) => resolve(message.data),
      error: (error) => reject(new Error(`subscription failed: ${JSON.stringify(error)}`)),
    });
    stop = () => subscription.unsubscribe();
  });
  await Promise.race([connected, first.then(() => undefined)]);
  stopListening();
  return { first, stop };
}
