/**
 * What Lambda bundles get instead of `@smithy/core/event-streams` (an esbuild alias,
 * cdk/lambda-bundling.ts). The SDK loads it only for event-stream operations (Kinesis
 * SubscribeToShard, Bedrock streaming...), and none of the functions call one; bundled, it is
 * about 15 KB that every function would compile at each cold start. A function that ever needs
 * one fails on that call with this message, not silently.
 */
const NOT_BUNDLED = 'event streams are left out of the Lambda bundles (cdk/lambda-bundling.ts): remove the alias to use one';

function notBundled(): never {
  throw new Error(NOT_BUNDLED);
}

/** Built only when an event-stream operation runs. */
export class EventStreamSerde {
  constructor() {
    notBundled();
  }
}

/** Called when a client whose API has event streams is made: the client stays usable for its other operations. */
export const eventStreamSerdeProvider = () => ({ serialize: notBundled, deserialize: notBundled });
