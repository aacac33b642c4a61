// AWS's published defaults: the same table the product paces its calls by.
import { IOT_DEFAULT_TPS } from '../../../infra/iot/iot-default-tps';

/** Throttling settings; operations without a rate are not throttled. */
export interface ThrottlingConfig {
  readonly enabled: boolean;
  /** Transactions per second per operation; AWS's defaults where not given. */
  readonly rates?: Readonly<Record<string, number>>;
}

/** A bucket of `rate` tokens refilled continuously: a burst of one second, then `rate` a second. */
export class TokenBucket {
  private tokens: number;
  private updated: number;

  constructor(
    private readonly rate: number,
    now: number,
  ) {
    this.tokens = rate;
    this.updated = now;
  }

  /** Takes a token if one is there; `now` in ms. */
  take(now: number): boolean {
    this.tokens = Math.min(this.rate, this.tokens + ((now - this.updated) / 1000) * this.rate);
    this.updated = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** One token bucket per throttled operation, rebuilt when the settings change. */
export class OperationThrottle {
  private buckets = new Map<string, TokenBucket>();
  private config: ThrottlingConfig = { enabled: false };

  constructor(private readonly clock: () => number = Date.now) {}

  configure(config: ThrottlingConfig): void {
    this.config = config;
    this.buckets = new Map();
  }

  current(): ThrottlingConfig {
    return this.config;
  }

  /** Whether a call of `operation` may go through now. */
  admit(operation: string): boolean {
    if (!this.config.enabled) return true;
    const rate = this.config.rates?.[operation] ?? IOT_DEFAULT_TPS[operation];
    if (rate === undefined) return true;
    let bucket = this.buckets.get(operation);
    if (!bucket) {
      bucket = new TokenBucket(rate, this.clock());
      this.buckets.set(operation, bucket);
    }
    return bucket.take(this.clock());
  }
}
