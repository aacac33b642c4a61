import type { LocalAbilities } from '../settings/e2e-settings';

/** Faults the local IoT control plane adds to calls naming `resources` (local/iot/README.md). */
export interface IotFaults {
  readonly errorRate: number;
  readonly errorName?: 'InternalFailureException' | 'ServiceUnavailableException' | 'ThrottlingException';
  readonly operations?: readonly string[];
  readonly resources: readonly string[];
}

/** Switches the local IoT's fault injection (`{}` switches it off): a local-only ability. */
export async function setIotFaults(local: LocalAbilities, faults: IotFaults | Record<string, never>): Promise<void> {
  const response = await fetch(local.iotConfigUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ faults }) });
  if (!response.ok) throw new Error(`local IoT refused the fault settings: ${response.status} ${await response.text()}`);
}
