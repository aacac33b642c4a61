import { setTimeout as sleep } from 'node:timers/promises';
import { invokeFunction } from '../lambda/invoke-function';
import type { LocalFunction } from '../lambda/lambda-handler';
import type { IotAccount } from '../registry/arns';
import type { RuleFunction } from './topic-rule';

/** Lambda retries an asynchronous invocation twice after a function error (after ~1 and ~2 min on AWS). */
export const ASYNC_RETRY_DELAYS_MS = [1000, 2000] as const;

/**
 * The Lambda action: an asynchronous (`Event`) invocation of the function with the rule's
 * result. Function errors are retried as Lambda retries async invocations, then logged (AWS
 * would send them to the function's own on-failure destination, not to the rule).
 */
export class LambdaAction {
  private readonly fn: LocalFunction<never>;

  constructor(
    target: RuleFunction,
    ruleName: string,
    private readonly account: IotAccount,
    private readonly log: (record: Record<string, unknown>) => void,
    private readonly retryDelaysMs: readonly number[] = ASYNC_RETRY_DELAYS_MS,
  ) {
    this.fn = typeof target === 'function' ? { functionName: `${ruleName}-action`, handler: target } : target;
  }

  get resource(): string {
    return this.fn.functionName;
  }

  /**
   * Resolves when the invocation and its retries are over; it never rejects, since the caller
   * (the rule) only hands the event over, as an `Event` invocation does.
   */
  run(event: unknown): Promise<void> {
    return this.invokeWithRetries(event);
  }

  private async invokeWithRetries(event: unknown): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await invokeFunction(this.fn, event as never, this.account);
        return;
      } catch (error) {
        const delay = this.retryDelaysMs[attempt];
        this.log({ level: 'WARN', message: 'rule Lambda action failed', functionName: this.fn.functionName, attempt: attempt + 1, error: String(error) });
        if (delay === undefined) return;
        await sleep(delay);
      }
    }
  }
}
