import type { KinesisClient } from '@aws-sdk/client-kinesis';
import { randomUUID } from 'node:crypto';
import type { BrokerMessage } from '../broker/mqtt-broker';
import type { IotAccount } from '../registry/arns';
import { basicIngestTarget } from './basic-ingest';
import { KinesisAction } from './kinesis-action';
import { LambdaAction } from './lambda-action';
import type { RuleQuery } from './sql/sql-ast';
import { runRuleQuery, type SqlEnvironment } from './sql/sql-evaluator';
import { parseRuleQuery } from './sql/sql-parser';
import { topicMatches } from './topic-filter';
import type { TopicRule } from './topic-rule';

interface CompiledRule {
  readonly rule: TopicRule;
  readonly query: RuleQuery;
  readonly actions: readonly (KinesisAction | LambdaAction)[];
}

export interface RulesEngineOptions {
  readonly kinesis: KinesisClient;
  readonly account: IotAccount;
  readonly log: (record: Record<string, unknown>) => void;
  /** Delays of Lambda's async retries; shorter in tests. */
  readonly lambdaRetryDelaysMs?: readonly number[];
}

function parsedPayload(payload: Buffer): unknown {
  try {
    return JSON.parse(payload.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * AWS IoT's rules engine for the local broker: each message is matched against every rule's
 * `FROM` (a Basic Ingest message goes to the rule its topic names instead), run through its SQL,
 * and handed to its actions. Rules are compiled at start, so a bad statement fails the start as
 * CreateTopicRule would fail with SqlParseException.
 */
export class RulesEngine {
  private readonly rules: CompiledRule[];
  private readonly inFlight = new Set<Promise<void>>();

  constructor(rules: readonly TopicRule[], private readonly options: RulesEngineOptions) {
    this.rules = rules
      .filter((rule) => !rule.disabled)
      .map((rule) => ({
        rule,
        query: parseRuleQuery(rule.sql),
        actions: rule.actions.map((action) =>
          'kinesis' in action
            ? new KinesisAction(action.kinesis, options.kinesis)
            : new LambdaAction(action.lambda, rule.name, options.account, options.log, options.lambdaRetryDelaysMs),
        ),
      }));
  }

  /** Streams the Kinesis actions put to (the stack makes sure they exist). */
  get kinesisStreams(): string[] {
    return this.rules.flatMap((compiled) => compiled.actions.filter((action) => action instanceof KinesisAction).map((action) => action.resource));
  }

  handle(message: BrokerMessage): void {
    const ingest = basicIngestTarget(message.topic);
    const topic = ingest?.topic ?? message.topic;
    const rules = ingest ? this.rules.filter((compiled) => compiled.rule.name === ingest.ruleName) : this.rules.filter((compiled) => topicMatches(compiled.query.from, topic));
    if (ingest && rules.length === 0) this.options.log({ level: 'WARN', message: 'Basic Ingest message for no enabled rule dropped', rule: ingest.ruleName, clientId: message.clientId });
    let payload: unknown;
    let parsed = false;
    for (const compiled of rules) {
      if (!parsed) {
        payload = parsedPayload(message.payload);
        parsed = true;
      }
      const env: SqlEnvironment = { payload, topic, clientId: message.clientId, principal: message.principal, timestamp: message.timestamp };
      const result = runRuleQuery(compiled.query, env);
      if (!result) continue;
      // A payload that is not JSON passes through `SELECT *` as its bytes.
      const data = result.value === undefined ? message.payload : Buffer.from(JSON.stringify(result.value));
      for (const action of compiled.actions) this.track(this.runAction(compiled.rule, action, data, result.value, env, message));
    }
  }

  /** Resolves when every action started so far has settled. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async runAction(rule: TopicRule, action: KinesisAction | LambdaAction, data: Buffer, value: unknown, env: SqlEnvironment, message: BrokerMessage): Promise<void> {
    try {
      await (action instanceof KinesisAction ? action.run(data, env) : action.run(value ?? data.toString('base64')));
    } catch (error) {
      this.options.log({ level: 'WARN', message: 'rule action failed', rule: rule.name, resource: action.resource, error: String(error) });
      await rule.errorAction?.({
        ruleName: rule.name,
        topic: message.topic,
        cloudwatchTraceId: randomUUID(),
        clientId: message.clientId ?? 'n/a',
        base64OriginalPayload: message.payload.toString('base64'),
        failures: [{ failedAction: action instanceof KinesisAction ? 'KinesisAction' : 'LambdaAction', failedResource: action.resource, errorMessage: String(error) }],
      });
    }
  }

  private track(work: Promise<void>): void {
    const settled = work.catch(() => undefined);
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
  }
}
