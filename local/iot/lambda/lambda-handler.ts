import type { Context } from 'aws-lambda';

/** A Lambda handler as the product writes them: an async function of the event and the context. */
export type LambdaHandler<TEvent = unknown, TResult = unknown> = (event: TEvent, context: Context) => Promise<TResult>;

/** A function the local stack runs in this process, named as the CDK app names it. */
export interface LocalFunction<TEvent = unknown, TResult = unknown> {
  readonly functionName: string;
  readonly handler: LambdaHandler<TEvent, TResult>;
  /** Lambda's timeout; 3 s (Lambda's default) when absent. */
  readonly timeoutMs?: number;
}
