/**
 * The benchmark's own small API, the same for both runtimes: a NONE query, a GetItem, a
 * 20-item Query, and a publish mutation with a subscription on one hub. Not Takuhai's schema:
 * the figures should say what the runtimes cost, not what the product's resolvers do.
 */
export const BENCH_SDL = /* GraphQL */ `
  type Item { pk: ID! sk: Int! name: String price: Float }
  type ItemPage { items: [Item] nextToken: String }
  type Event { hubId: ID! seq: Int! body: String }
  type Query {
    ping(message: String): String
    item(pk: ID!, sk: Int!): Item
    items(pk: ID!): ItemPage
  }
  type Mutation { publish(hubId: ID!, seq: Int!, body: String): Event }
  type Subscription { onPublish(hubId: ID!): Event @aws_subscribe(mutations: ["publish"]) }
  schema { query: Query mutation: Mutation subscription: Subscription }
`;

/** The API key both runtimes accept. */
export const BENCH_API_KEY = 'da2-benchmarkkey00000000000';

/** The hub the items live under and the fan-out publishes to. */
export const BENCH_HUB = 'hub-1';

/** How many items the hub holds: the Query case reads all of them in one page. */
export const ITEMS_PER_HUB = 20;

/** The GraphQL requests of the three query cases, as POST bodies. */
export const QUERY_CASES = [
  { name: '(a) NONE resolver query', body: { query: '{ ping(message: "hello") }' } },
  { name: '(b) DynamoDB GetItem query', body: { query: `{ item(pk: "${BENCH_HUB}", sk: 7) { pk sk name price } }` } },
  { name: `(c) DynamoDB Query, ${ITEMS_PER_HUB} items`, body: { query: `{ items(pk: "${BENCH_HUB}") { items { pk sk name price } nextToken } }` } },
] as const;

/** The subscription every fan-out subscriber starts, and the mutation the publishers send. */
export const FAN_OUT_SUBSCRIPTION = `subscription { onPublish(hubId: "${BENCH_HUB}") { hubId seq body } }`;
export const FAN_OUT_MUTATION = 'mutation ($seq: Int!) { publish(hubId: "hub-1", seq: $seq, body: "box 3 opened") { hubId seq body } }';
