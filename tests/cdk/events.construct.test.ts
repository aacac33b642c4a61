import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventSourceMappings, topicRules } from '../../api/manifest';
import { eventsTable, tableName } from '../../infra/tables';
import { synthStack } from './support/synth';

describe('EventsConstruct and the box events topic rule', () => {
  let template: Template;

  beforeAll(() => {
    // Act
    template = synthStack('dev').template;
  });

  it('keeps box events in an encrypted stream of the stage', () => {
    // Assess
    template.hasResourceProperties('AWS::Kinesis::Stream', {
      Name: 'takuhai-dev-box-events',
      StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' },
    });
  });

  it('sends device events to the stream partitioned by hub, with a role that may only put there', () => {
    // Assess
    template.hasResourceProperties('AWS::IoT::TopicRule', {
      TopicRulePayload: {
        Sql: topicRules.box_events.sql,
        Actions: [{ Kinesis: { StreamName: Match.anyValue(), PartitionKey: '${topic(2)}', RoleArn: Match.anyValue() } }],
      },
    });
    template.hasResourceProperties('AWS::IAM::Role', { AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'iot.amazonaws.com' } })] } });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: Match.arrayWith(['kinesis:PutRecord', 'kinesis:PutRecords']) })]) },
    });
  });

  it('reads the stream with partial batch failures, bisection, bounded retries and age, and an SQS queue for what fails for good', () => {
    // Prepare
    const mapping = eventSourceMappings.ingestBoxEvents;

    // Assess
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: mapping.maximumRetryAttempts,
      MaximumRecordAgeInSeconds: mapping.maximumRecordAgeInSeconds,
      BatchSize: mapping.batchSize,
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
  });

  it('keeps hub presence with a rule on AWS IoT`s presence events', () => {
    // Assess
    template.hasResourceProperties('AWS::IoT::TopicRule', { TopicRulePayload: { Sql: "SELECT * FROM '$aws/events/presence/+/+'", Actions: [{ Lambda: Match.anyValue() }] } });
  });

  it('deploys the events table with its per-box index', () => {
    // Assess
    const tables = template.findResources('AWS::DynamoDB::Table', { Properties: { TableName: tableName('dev', eventsTable) } });
    const properties = Object.values(tables)[0]?.['Properties'] as { KeySchema: unknown; GlobalSecondaryIndexes: { IndexName: string }[] };
    expect(properties.KeySchema).toEqual([
      { AttributeName: 'hubId', KeyType: 'HASH' },
      { AttributeName: 'eventId', KeyType: 'RANGE' },
    ]);
    expect(properties.GlobalSecondaryIndexes.map((index) => index.IndexName)).toEqual(['byNode']);
  });
});
