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
  async apply(operation: string): Promise<void> {
    const { latencyMs, errorRate = 0, errorName = 'ServiceUnavailableException', operations } = this.config;
    if (operations && !operations.includes(operation)) return;
    if (latencyMs !== undefined) {
      const [min, max] = typeof latencyMs === 'number' ? [latencyMs, latencyMs] : latencyMs;
      await sleep(min + this.random() * (max - min));
    }
    if (errorRate > 0 && this.random() < errorRate) {
      throw new IotServiceError(errorName, errorName === 'ThrottlingException' ? 'Rate exceeded' : 'Injected fault (local IoT fault injection)');
    }
  }
}
