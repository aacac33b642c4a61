import type { TransformUtils } from '@aws-appsync/utils/lib/transform-utils';
import { renderFilterExpression } from './filter-expression';
import { toSubscriptionFilter } from './subscription-filter';

/**
 * `util.transform`. The DynamoDB transforms answer a JSON string, or `null` for a filter AppSync
 * cannot render; conditions render exactly as filters do, as recorded from AWS.
 */
export const transformUtils = {
  toDynamoDBFilterExpression: (filter: unknown): string | null => stringify(renderFilterExpression(filter)),
  toDynamoDBConditionExpression: (condition: unknown): string | null => stringify(renderFilterExpression(condition)),
  toSubscriptionFilter,
  toElasticsearchQueryDSL(): never {
    throw new Error('util.transform.toElasticsearchQueryDSL is not supported locally: there is no OpenSearch data source');
  },
} satisfies Record<keyof TransformUtils, unknown>;

function stringify(value: unknown): string | null {
  return value === null ? null : JSON.stringify(value);
}
