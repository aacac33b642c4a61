import { setTimeout as sleep } from 'node:timers/promises';
import { IotServiceError } from './iot-errors';

/** Faults the control plane adds to calls, for tests of retries and of slow dependencies. */
export interface FaultConfig {
  /** Share of calls (0 to 1) that fail with `errorName`. */
  readonly errorRate?: number;
  readonly errorName?: 'InternalFailureException' | 'ServiceUnavailableException' | 'ThrottlingException';
  /** Added latency in ms: a fixed value or a `[min, max]` range. */
  readonly latencyMs?: number | readonly [number, number];
  /** Only these operations get the faults; all when absent. */
  readonly operations?: readonly string[];
  /**
   * Only calls naming one of these (a thing, group or certificate id, in the path or the body)
   * get the faults; all when absent. A test can then fail its own things on a shared stack.
   */
  readonly resources?: readonly string[];
}

/** What a call names: its path and its body, as text. */
export interface FaultTarget {
  readonly path: string;
  readonly body?: unknown;
}

/** Applies a {@link FaultConfig} to each call; `random` is injectable for tests. */
export class FaultInjector {
  private config: FaultConfig = {};

  constructor(private readonly random: () => number = Math.random) {}

  configure(config: FaultConfig): void {
    this.config = config;
  }

  current(): FaultConfig {
    return this.config;
  }

  /** Waits the configured latency, then throws the configured error for its share of calls. */
  async apply(operation: string, target?: FaultTarget): Promise<void> {
    const { latencyMs, errorRate = 0, errorName = 'ServiceUnavailableException', operations, resources } = this.config;
    if (operations && !operations.includes(operation)) return;
    if (resources && !namesAny(target, resources)) return;
    if (latencyMs !== undefined) {
      const [min, max] = typeof latencyMs === 'number' ? [latencyMs, latencyMs] : latencyMs;
      await sleep(min + this.random() * (max - min));
    }
    if (errorRate > 0 && this.random() < errorRate) {
      throw new IotServiceError(errorName, errorName === 'ThrottlingException' ? 'Rate exceeded' : 'Injected fault (local IoT fault injection)');
    }
  }
}

function namesAny(target: FaultTarget | undefined, resources: readonly string[]): boolean {
  if (!target) return false;
  let path = target.path;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the raw path is still worth matching.
  }
  const named = `${path} ${JSON.stringify(target.body ?? {})}`;
  return resources.some((resource) => named.includes(resource));
}
