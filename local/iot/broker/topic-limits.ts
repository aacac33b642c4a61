import { basicIngestTarget } from '../rules/basic-ingest';

/** AWS IoT's message broker limits (MQTT over TLS). */
export const MAX_PAYLOAD_BYTES = 128 * 1024;
export const MAX_TOPIC_BYTES = 256;
export const MAX_TOPIC_SLASHES = 7;

/**
 * Reserved topics a device may publish to: shadows, jobs and Basic Ingest (`basicIngestTarget`).
 * Everything else under `$aws/` (lifecycle events above all) is the service's own.
 */
const DEVICE_PUBLISHABLE_RESERVED = [/^\$aws\/things\/[^/]+\/shadow\//, /^\$aws\/things\/[^/]+\/jobs\//];

/** Why a device's PUBLISH breaks AWS's rules, or `undefined` when it does not. */
export function publishViolation(topic: string, payloadBytes: number, qos: number): string | undefined {
  if (qos > 1) return 'QoS 2 is not supported';
  if (payloadBytes > MAX_PAYLOAD_BYTES) return `payload over ${MAX_PAYLOAD_BYTES} bytes`;
  if (Buffer.byteLength(topic) > MAX_TOPIC_BYTES) return `topic over ${MAX_TOPIC_BYTES} bytes`;
  const ingest = basicIngestTarget(topic);
  // Basic Ingest's prefix does not count towards the topic's slashes.
  if (((ingest?.topic ?? topic).match(/\//g) ?? []).length > MAX_TOPIC_SLASHES) return `topic with more than ${MAX_TOPIC_SLASHES} slashes`;
  if (topic.startsWith('$') && !ingest && !DEVICE_PUBLISHABLE_RESERVED.some((pattern) => pattern.test(topic))) return `reserved topic ${topic}`;
  return undefined;
}

/** Why a device's SUBSCRIBE filter breaks AWS's rules, or `undefined`. */
export function subscribeViolation(filter: string): string | undefined {
  // Basic Ingest messages skip the broker: there is nothing to subscribe to.
  if (filter.startsWith('$aws/rules/')) return 'Basic Ingest topics cannot be subscribed to';
  if (Buffer.byteLength(filter) > MAX_TOPIC_BYTES) return `topic filter over ${MAX_TOPIC_BYTES} bytes`;
  if ((filter.match(/\//g) ?? []).length > MAX_TOPIC_SLASHES) return `topic filter with more than ${MAX_TOPIC_SLASHES} slashes`;
  return undefined;
}
