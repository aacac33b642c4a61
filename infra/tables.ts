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

/**
 * Hubs and boxes, from the factory allow-list to retirement. Sparse indexes: only owned hubs
 * carry `ownerSub`, only registered boxes `hubId`; `statusKey` is `<status>#<deviceId>`.
 */
export const devicesTable = {
  id: 'devices',
  envVar: 'DEVICES_TABLE',
  partitionKey: 'deviceId',
  indexes: [
    { indexName: 'byOwner', partitionKey: 'ownerSub', sortKey: 'deviceId' },
    { indexName: 'byHub', partitionKey: 'hubId', sortKey: 'deviceId' },
    { indexName: 'byKind', partitionKey: 'kind', sortKey: 'statusKey' },
  ],
} as const satisfies TableDefinition;

/** Multi-step business requests, newest first per hub and per requester. */
export const tasksTable = {
  id: 'tasks',
  envVar: 'TASKS_TABLE',
  partitionKey: 'taskId',
  indexes: [
    { indexName: 'byHub', partitionKey: 'hubId', sortKey: 'startedAt' },
    { indexName: 'byRequester', partitionKey: 'requestedBy', sortKey: 'startedAt' },
  ],
} as const satisfies TableDefinition;

export const tables: readonly TableDefinition[] = [usersTable, devicesTable, tasksTable];

export function tableName(stage: string, table: TableDefinition): string {
  return `takuhai-${stage}-${table.id}`;
}
