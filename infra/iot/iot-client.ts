import { IoTClient } from '@aws-sdk/client-iot';
import { IotCallPacing } from './iot-call-pacing';
import { iotRetryStrategy } from './iot-retry';
import { sdkWarnings } from '../sdk-warnings';

let client: IoTClient | undefined;

/**
 * Sockets per endpoint, above the calls one process can have in flight (requests at once x
 * `IOT_CONCURRENCY`). A paced call must leave when its turn comes: queued behind the SDK's
 * default 50 sockets, calls bunch up while the service's bucket fills unused, then arrive
 * together above its rate (seen locally: 27 of 600 calls throttled with 50 sockets, 0 with this).
 */
const MAX_SOCKETS = 500;

/**
 * One IoT client per process. AWS meters the registry per operation (CreateThing 100 TPS,
 * AttachPolicy 15 TPS...): the client paces each operation at its limit (`IotCallPacing`), so a
 * burst of registrations queues instead of being throttled. Standard retry with short waits
 * (`iot-retry.ts`), not adaptive: the adaptive mode's rate limiter is one for the whole client,
 * so a single throttled DescribeCertificate would slow every CreateThing after it. Five attempts
 * keep a failing registry from eating the function's time budget (AppSync waits 30 s at most).
 */
export function iotClient(): IoTClient {
  if (!client) {
    const agent = { keepAlive: true, maxSockets: MAX_SOCKETS };
    // cacheMiddleware: the middleware stack is resolved once per command class, not on every call
    // (measured locally: 10 to 25% of a call's CPU, client and local IoT together); safe because
    // nothing changes the stack after this, and no command carries middleware of its own.
    client = new IoTClient({ retryStrategy: iotRetryStrategy(), requestHandler: { httpAgent: agent, httpsAgent: agent }, cacheMiddleware: true, logger: sdkWarnings });
    client.middlewareStack.use(new IotCallPacing().plugin());
  }
  return client;
}
