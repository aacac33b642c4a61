import type { IoTClient } from '@aws-sdk/client-iot';
import { IOT_DEFAULT_TPS } from './iot-default-tps';
import { PacedTokenBucket } from './paced-token-bucket';

type IotPlugin = Parameters<IoTClient['middlewareStack']['use']>[0];
type IotMiddleware = Parameters<IoTClient['middlewareStack']['addRelativeTo']>[0];

/**
 * One paced bucket per IoT operation, for one process. Calls beyond the limit wait their turn
 * instead of bursting into ThrottlingException and the retry's backoff. In Lambda each
 * concurrent invocation runs in its own container with its own buckets, so the account's limit
 * is shared by containers that cannot see each other: what they send together above it is
 * throttled by AWS, and the client's retry covers that rest.
 */
export class IotCallPacing {
  private readonly buckets = new Map<string, PacedTokenBucket>();

  constructor(
    private readonly rates: Readonly<Record<string, number>> = IOT_DEFAULT_TPS,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Resolves once a call of `operation` may be sent. */
  async before(operation: string): Promise<void> {
    const rate = this.rates[operation];
    if (rate === undefined) return;
    let bucket = this.buckets.get(operation);
    if (!bucket) {
      bucket = new PacedTokenBucket(rate, rate, this.clock);
      this.buckets.set(operation, bucket);
    }
    await bucket.take();
  }

  /**
   * The SDK plug-in: it waits after the retry step, so every attempt, retries included, is
   * paced; and before signing, so a call that waited is signed with the time it leaves.
   */
  plugin(): IotPlugin {
    const middleware = (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
      await this.before(context.commandName?.replace(/Command$/, '') ?? '');
      return next(args);
    };
    return {
      applyToStack: (stack) => stack.addRelativeTo(middleware as IotMiddleware, { name: 'iotCallPacing', relation: 'before', toMiddleware: 'httpSigningMiddleware' }),
    };
  }
}
