import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  type KeySchemaElement,
} from '@aws-sdk/client-dynamodb';
import { tableName, tables, type TableDefinition } from '../../infra/tables';

function keySchema(partitionKey: string, sortKey?: string): KeySchemaElement[] {
  const schema: KeySchemaElement[] = [{ AttributeName: partitionKey, KeyType: 'HASH' }];
  if (sortKey) schema.push({ AttributeName: sortKey, KeyType: 'RANGE' });
  return schema;
}

function attributes(table: TableDefinition): string[] {
  const names = [table.partitionKey, table.sortKey, ...table.indexes.flatMap((index) => [index.partitionKey, index.sortKey])];
  return [...new Set(names.filter((name): name is string => Boolean(name)))];
}

async function exists(client: DynamoDBClient, name: string): Promise<boolean> {
  return client.send(new DescribeTableCommand({ TableName: name })).then(
    () => true,
    (error: Error) => {
      if (error.name === 'ResourceNotFoundException') return false;
      throw error;
    },
  );
}

/** Creates the tables of infra/tables.ts that do not exist yet, as the CDK app deploys them. */
export async function provisionTables(client: DynamoDBClient, stage: string): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const table of tables) {
    const name = tableName(stage, table);
    names[table.id] = name;
    if (await exists(client, name)) continue;
    const indexes: GlobalSecondaryIndex[] = table.indexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: keySchema(index.partitionKey, index.sortKey),
      Projection: { ProjectionType: 'ALL' },
    }));
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: keySchema(table.partitionKey, table.sortKey),
        AttributeDefinitions: attributes(table).map((attribute) => ({ AttributeName: attribute, AttributeType: 'S' })),
        GlobalSecondaryIndexes: indexes.length > 0 ? indexes : undefined,
      }),
    );
  }
  return names;
}
