import type { Context } from 'aws-lambda';
import { streamName, topicRuleName, topicRules, type TopicRuleAction, type TopicRuleDefinition } from '../../api/manifest';
import type { RuleAction, TopicRule } from '../iot';
import { functionName, handlerOf } from './local-functions';
import { LOCAL_STAGE } from './stage';

/** A rule's action as the local IoT runs it: the function's own handler, or the stage's stream. */
function localAction(action: TopicRuleAction): RuleAction {
  if ('kinesis' in action) return { kinesis: { streamName: streamName(LOCAL_STAGE, action.kinesis.stream), partitionKey: action.kinesis.partitionKey } };
  const id = action.lambda;
  return {
    lambda: {
      functionName: functionName(id),
      handler: async (event: unknown, context: Context) => (await handlerOf(id))(event, context as unknown as Record<string, unknown>),
    },
  };
}

/** The topic rules of `api/manifest.ts`, named and wired as the CDK app deploys them. */
export function localTopicRules(): TopicRule[] {
  return (Object.entries(topicRules) as [string, TopicRuleDefinition][]).map(([name, rule]) => ({
    name: topicRuleName(LOCAL_STAGE, name),
    sql: rule.sql,
    actions: [localAction(rule.action)],
  }));
}
