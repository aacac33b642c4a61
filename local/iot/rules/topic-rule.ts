import type { LambdaHandler, LocalFunction } from '../lambda/lambda-handler';

/**
 * A function a rule invokes, whatever event type it declares: the rule's SQL decides the event's
 * shape, so the handler's own type is taken on trust (`never` accepts any parameter type).
 */
export type RuleFunction = LambdaHandler<never> | LocalFunction<never>;

/** A Lambda action: a handler (named after the rule) or a named local function. */
export interface LambdaRuleAction {
  readonly lambda: RuleFunction;
}

/** A Kinesis action: PutRecord on a local stream. */
export interface KinesisRuleAction {
  readonly kinesis: {
    readonly streamName: string;
    /** A substitution template such as `${clientid()}`; a new UUID per message when absent, as on AWS. */
    readonly partitionKey?: string;
  };
}

export type RuleAction = LambdaRuleAction | KinesisRuleAction;

/** What AWS IoT sends a rule's error action when an action fails. */
export interface RuleErrorMessage {
  readonly ruleName: string;
  readonly topic: string;
  readonly cloudwatchTraceId: string;
  readonly clientId: string;
  readonly base64OriginalPayload: string;
  readonly failures: readonly { readonly failedAction: string; readonly failedResource: string; readonly errorMessage: string }[];
}

/** A topic rule as the local stack configures it (the CDK app's `CfnTopicRule`, in code). */
export interface TopicRule {
  readonly name: string;
  /** `SELECT ... FROM '<topic filter>' [WHERE ...]` (AWS IoT SQL version 2016-03-23, subset). */
  readonly sql: string;
  readonly actions: readonly RuleAction[];
  readonly errorAction?: (message: RuleErrorMessage) => void | Promise<void>;
  readonly disabled?: boolean;
}
