/** What the benchmark asks its load process to do, over the child's IPC channel. */
export type LoadTask =
  | {
      readonly kind: 'http';
      readonly url: string;
      readonly apiKey: string;
      readonly body: unknown;
      readonly connections: number;
      readonly warmupMs: number;
      readonly durationMs: number;
    }
  | {
      readonly kind: 'fan-out';
      readonly graphqlUrl: string;
      readonly realtimeUrl: string;
      readonly realtimeAuth: 'subprotocol' | 'query';
      readonly apiKey: string;
      readonly subscription: string;
      readonly mutation: string;
      readonly subscribers: number;
      readonly publishes: number;
      readonly publishers: number;
      /** How long to wait for stragglers after the last publish was answered. */
      readonly drainMs: number;
    };

export interface HttpLoadResult {
  readonly kind: 'http';
  /** Answered during the measured window. */
  readonly requests: number;
  /** Answered in all, warm-up included: what the server's CPU time was spent on. */
  readonly allRequests: number;
  readonly failures: number;
  readonly requestsPerSecond: number;
  /** The measured window's length. */
  readonly seconds: number;
  readonly p50: number;
  readonly p99: number;
  /** The load process's own CPU use over the measured window, in % of one core. */
  readonly clientCpu: number;
  readonly firstFailure?: string;
}

export interface FanOutResult {
  readonly kind: 'fan-out';
  readonly expected: number;
  readonly delivered: number;
  readonly lost: number;
  readonly publishFailures: number;
  readonly deliveriesPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly seconds: number;
  readonly clientCpu: number;
  readonly firstFailure?: string;
}

export type LoadResult = HttpLoadResult | FanOutResult;
