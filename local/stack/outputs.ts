import { writeFileSync } from 'node:fs';

/** Everything a client of the local stack needs; tests and tools read this file. */
export interface StackOutputs {
  stage: string;
  region: string;
  graphqlUrl: string;
  /** The only real-time URL AWS's client libraries derive for a custom endpoint. */
  realtimeUrl: string;
  apiKey: string;
  cognito: { endpoint: string; issuer: string; userPoolId: string; userPoolClientId: string };
  admin: { username: string; password: string };
  dynamodb: { endpoint: string; tables: Record<string, string> };
}

export function writeOutputs(path: string, outputs: StackOutputs): void {
  // It holds the admin's password: readable by its owner only.
  writeFileSync(path, `${JSON.stringify(outputs, null, 2)}\n`, { mode: 0o600 });
}
