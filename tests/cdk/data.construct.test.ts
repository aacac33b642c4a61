import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataConstruct } from '../../cdk/data.construct';
import { eventDeadLettersTable, tableName, tables } from '../../infra/tables';
import { logicalIdOf, synthConstruct } from './support/synth';

function keySchema(partitionKey: string, sortKey?: string) {
  const keys = [{ AttributeName: partitionKey, KeyType: 'HASH' }];
  return sortKey ? [...keys, { AttributeName: sortKey, KeyType: 'RANGE' }] : keys;
}

describe('DataConstruct', () => {
  const templates: Record<'dev' | 'prod', Template | undefined> = { dev: undefined, prod: undefined };
  const template = (stage: 'dev' | 'prod'): Template => templates[stage] ?? expect.fail(`no ${stage} template`);

  beforeAll(() => {
    // Act: one synth per stage for the whole file.
    for (const stage of ['dev', 'prod'] as const) {
      templates[stage] = synthConstruct((stack) => new DataConstruct(stack, 'Data', { stage }));
    }
  });

  it('deploys exactly the tables of infra/tables.ts', () => {
    // Assess
    template('dev').resourceCountIs('AWS::DynamoDB::Table', tables.length);
  });

  it.each(tables.map((table) => [table.id, table] as const))('table %s has its keys, GSIs, on-demand billing and PITR', (_id, table) => {
    // Prepare
    const indexes = table.indexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: keySchema(index.partitionKey, index.sortKey),
      Projection: { ProjectionType: 'ALL' },
    }));

    // Assess
    template('dev').hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: tableName('dev', table),
      KeySchema: keySchema(table.partitionKey, table.sortKey),
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      GlobalSecondaryIndexes: indexes.length > 0 ? Match.arrayEquals(indexes) : Match.absent(),
    });
  });

  it('declares every key attribute as a string', () => {
    // Prepare
    const [definition] = tables;
    const id = logicalIdOf(template('dev'), 'AWS::DynamoDB::Table', { TableName: tableName('dev', definition!) });

    // Act
    const attributes = template('dev').toJSON().Resources[id].Properties.AttributeDefinitions as { AttributeType: string }[];

    // Assess
    expect(attributes.length).toBeGreaterThan(0);
    expect(attributes.every((attribute) => attribute.AttributeType === 'S')).toBe(true);
  });

  it('protects tables from deletion in prod only', () => {
    // Assess
    template('prod').allResources('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
    template('dev').allResources('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
  });

  it('lets DynamoDB expire dead letters (TTL on expiresAt), and nothing else', () => {
    // Prepare
    const expiring = tables.filter((table) => table.timeToLiveAttribute !== undefined);

    // Assess
    expect(expiring.map((table) => [table.id, table.timeToLiveAttribute])).toEqual([['event-dead-letters', 'expiresAt']]);
    template('dev').hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: tableName('dev', eventDeadLettersTable),
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
    template('dev').resourcePropertiesCountIs('AWS::DynamoDB::Table', { TimeToLiveSpecification: Match.anyValue() }, 1);
  });
});
