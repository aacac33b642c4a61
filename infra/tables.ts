/**
 * The DynamoDB table layouts: one description that the CDK app deploys and the local stack
 * creates, so the two can never disagree. All key attributes are strings.
 */
export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
}

export interface TableDefinition {
  /** Logical id; the deployed name is `takuhai-<stage>-<id>`. */
  readonly id: string;
  /** Environment variable through which functions learn the table's name. */
  readonly envVar: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly indexes: readonly IndexDefinition[];
}

export const usersTable = {
  id: 'users',
  envVar: 'USERS_TABLE',
  partitionKey: 'userId',
  // A signed-in caller is known by its Cognito `sub`; `me` finds its item through this index.
  indexes: [{ indexName: 'bySub', partitionKey: 'cognitoSub' }],
} as const satisfies TableDefinition;

export const tables: readonly TableDefinition[] = [usersTable];

export function tableName(stage: string, table: TableDefinition): string {
  return `takuhai-${stage}-${table.id}`;
}
