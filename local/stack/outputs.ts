import { writeFileSync } from 'node:fs';

/** Everything a client of the local stack needs; tests and tools read this file. */
export interface StackOutputs {
  stage: string;
  region: string;
  graphqlUrl: string;
  /** The only real-time URL AWS's client libraries derive for a custom endpoint. */
  realtimeUrl: string;
  apiKey: string;
  /** A key the API knows but refuses, expired (how clients see an expired key). */
  expiredApiKey: string;
  cognito: { endpoint: string; issuer: string; userPoolId: string; userPoolClientId: string };
  admin: { username: string; password: string };
  dynamodb: { endpoint: string; tables: Record<string, string> };
  /** The local CA the GraphQL port's TLS certificate (`https://`, `wss://`) chains to. */
  tls: { caFile: string };
  /**
   * The local AWS IoT Core (local/iot): control plane, broker, JITR CA, broker trust anchor, and
   * the box events rule hubs may publish to through Basic Ingest (`$aws/rules/<boxEventsRule>/...`).
   */
  iot: { endpoint: string; mqttUrl: string; caCertificateId: string; makerCaCertFile: string; makerCaKeyFile: string; rootCaFile: string; boxEventsRule: string };
  /** The local Kinesis (kinesalite) the IoT rules put to. */
  kinesis: { endpoint: string };
  /** Where the functions' log records are filed (`npm run logs -- --dir`). */
  logs: { dir: string };
}

export function writeOutputs(path: string, outputs: StackOutputs): void {
  // It holds the admin's password: readable by its owner only.
  writeFileSync(path, `${JSON.stringify(outputs, null, 2)}\n`, { mode: 0o600 });
}
