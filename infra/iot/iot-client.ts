import { IoTClient } from '@aws-sdk/client-iot';

let client: IoTClient | undefined;

/**
 * One IoT client per process. AWS meters the registry per operation (CreateThing 100 TPS,
 * AttachPolicy 15 TPS...): adaptive retry backs off on ThrottlingException and then paces
 * later calls, so a burst of registrations slows down instead of failing. Five attempts keep a
 * failing registry from eating the function's time budget (AppSync waits 30 s at most): what
 * still fails is reported per box, and re-running the request completes it.
 */
export function iotClient(): IoTClient {
  client ??= new IoTClient({ retryMode: 'adaptive', maxAttempts: 5 });
  return client;
}
