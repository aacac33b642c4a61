import type { Context } from 'aws-lambda';
import { topicRules, type TopicRuleDefinition } from '../../api/manifest';
import type { TopicRule } from '../iot';
import { functionName, handlerOf } from './local-functions';
import { LOCAL_STAGE } from './stage';

/** The topic rules of `api/manifest.ts`, named and wired as the CDK app deploys them. */
export function localTopicRules(): TopicRule[] {
  return (Object.entries(topicRules) as [string, TopicRuleDefinition][]).map(([name, rule]) => {
    const id = rule.action.lambda;
    return {
      name: `takuhai_${LOCAL_STAGE}_${name}`,
      sql: rule.sql,
      actions: [
        {
          lambda: {
            functionName: functionName(id),
            handler: async (event: unknown, context: Context) => (await handlerOf(id))(event, context as unknown as Record<string, unknown>),
          },
        },
      ],
    };
  });
}
