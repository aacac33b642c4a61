import { Match, type Template } from 'aws-cdk-lib/assertions';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { beforeAll, describe, expect, it } from 'vitest';
import { functions } from '../../api/manifest';
import { ObservabilityConstruct } from '../../cdk/observability.construct';
import { FOLLOW_ONE_DEVICE, FOLLOW_ONE_TASK } from '../../infra/logging/application-queries';
import { APPLICATION_COLUMNS } from '../../infra/logging/application-table';
import { synthConstruct, synthStack } from './support/synth';

interface Resource {
  readonly Properties: Record<string, unknown>;
  readonly DeletionPolicy?: string;
}
interface GlueTableInput {
  readonly Name: string;
  readonly PartitionKeys: { Name: string }[];
  readonly Parameters: Record<string, unknown>;
  readonly StorageDescriptor: { Columns: { Name: string; Type: string }[]; SerdeInfo: { SerializationLibrary: string } };
}
interface Statement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
}

const FUNCTIONS = ['createUser', 'registerNodes'];
const DAY_FOLDERS = 'year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/';

function synth(stage: string): Template {
  return synthConstruct((stack) => {
    const logGroups = Object.fromEntries(FUNCTIONS.map((id) => [id, new LogGroup(stack, `${id}Logs`)]));
    new ObservabilityConstruct(stack, 'Observability', { stage, logGroups });
  });
}

const only = (template: Template, type: string): Resource => {
  const resources = Object.values(template.findResources(type)) as Resource[];
  expect(resources, type).toHaveLength(1);
  return resources[0] as Resource;
};

describe('ObservabilityConstruct', () => {
  let dev: Template;
  let prod: Template;

  beforeAll(() => {
    // Act: one synth per stage for the whole file.
    dev = synth('dev');
    prod = synth('prod');
  });

  it('subscribes every function log group to one encrypted Kinesis stream, JSON records only', () => {
    // Prepare
    const streamId = Object.keys(dev.findResources('AWS::Kinesis::Stream'))[0];

    // Assess
    dev.hasResourceProperties('AWS::Kinesis::Stream', { StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } });
    dev.resourceCountIs('AWS::Logs::SubscriptionFilter', FUNCTIONS.length);
    dev.allResourcesProperties('AWS::Logs::SubscriptionFilter', {
      DestinationArn: { 'Fn::GetAtt': [streamId, 'Arn'] },
      FilterPattern: '{ $.timestamp_jst = "*" }',
      RoleArn: Match.anyValue(),
    });
    dev.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'logs.amazonaws.com' }, Condition: Match.anyValue() })] },
    });
  });

  it('delivers the stream to S3 by day in Japan, one record a line, gzipped', () => {
    // Act
    const delivery = only(dev, 'AWS::KinesisFirehose::DeliveryStream').Properties;

    // Assess
    expect(delivery).toMatchObject({
      DeliveryStreamType: 'KinesisStreamAsSource',
      ExtendedS3DestinationConfiguration: {
        Prefix: `application/${DAY_FOLDERS}`,
        ErrorOutputPrefix: `errors/!{firehose:error-output-type}/${DAY_FOLDERS}`,
        CustomTimeZone: 'Asia/Tokyo',
        CompressionFormat: 'GZIP',
        ProcessingConfiguration: {
          Enabled: true,
          Processors: [
            expect.objectContaining({ Type: 'Decompression' }),
            expect.objectContaining({ Type: 'CloudWatchLogProcessing', Parameters: [{ ParameterName: 'DataMessageExtraction', ParameterValue: 'true' }] }),
            expect.objectContaining({ Type: 'AppendDelimiterToRecord' }),
          ],
        },
      },
    });
  });

  it('lets Firehose read the stream and write its two folders, and nothing more', () => {
    // Prepare
    const roleId = Object.keys(dev.findResources('AWS::IAM::Role', { Properties: { AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'firehose.amazonaws.com' } })] } } }))[0];
    const policies = Object.values(dev.findResources('AWS::IAM::Policy')) as Resource[];

    // Act
    const statements = policies
      .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(`"${roleId}"`))
      .flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    const actions = statements.flatMap((statement) => [statement.Action].flat());

    // Assess
    expect(actions.toSorted()).toEqual(
      [
        'kinesis:DescribeStream', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards',
        's3:AbortMultipartUpload', 's3:GetBucketLocation', 's3:GetObject', 's3:ListBucket', 's3:ListBucketMultipartUploads', 's3:PutObject',
        'logs:PutLogEvents',
      ].toSorted(),
    );
    expect(statements.every((statement) => statement.Effect === 'Allow' && statement.Resource !== '*')).toBe(true);
    const objectArns = JSON.stringify(statements.find((statement) => [statement.Action].flat().includes('s3:PutObject'))?.Resource);
    expect(objectArns).toContain('/application/*');
    expect(objectArns).toContain('/errors/*');
  });

  it('keeps the records in an encrypted, private, SSL-only bucket that expires them', () => {
    // Prepare
    const expiryOf = (template: Template) =>
      (only(template, 'AWS::S3::Bucket').Properties.LifecycleConfiguration as { Rules: { Prefix?: string; ExpirationInDays?: number }[] }).Rules.find(
        (rule) => rule.Prefix === 'application/',
      )?.ExpirationInDays;

    // Assess
    dev.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    dev.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    expect(expiryOf(dev)).toBe(30);
    expect(expiryOf(prod)).toBe(365);
    expect(only(prod, 'AWS::S3::Bucket').DeletionPolicy).toBe('Retain');
    prod.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });

  it('describes the records as the Glue table application, JSON, partitioned by projected day', () => {
    // Act
    const { TableInput: table } = only(dev, 'AWS::Glue::Table').Properties as { TableInput: GlueTableInput };

    // Assess
    dev.hasResourceProperties('AWS::Glue::Database', { DatabaseInput: { Name: 'takuhai_dev' } });
    expect(table.Name).toBe('application');
    expect(table.StorageDescriptor.Columns.map((column) => column.Name)).toEqual(APPLICATION_COLUMNS.map((column) => column.name));
    expect(table.StorageDescriptor.Columns.find((column) => column.Name === 'timestamp')?.Type).toBe('bigint');
    expect(table.StorageDescriptor.SerdeInfo.SerializationLibrary).toBe('org.openx.data.jsonserde.JsonSerDe');
    expect(table.PartitionKeys.map((key) => key.Name)).toEqual(['year', 'month', 'day']);
    expect(table.Parameters['projection.enabled']).toBe('true');
    expect(JSON.stringify(table.Parameters['storage.location.template'])).toContain('/application/year=${year}/month=${month}/day=${day}/');
  });

  it('keeps "follow one device" (the source design`s query, verbatim) and "follow one task" in an Athena workgroup', () => {
    // Prepare
    const workGroup = only(dev, 'AWS::Athena::WorkGroup').Properties;

    // Assess
    expect(workGroup).toMatchObject({ Name: 'takuhai-dev', RecursiveDeleteOption: true, WorkGroupConfiguration: { EnforceWorkGroupConfiguration: true } });
    expect(only(prod, 'AWS::Athena::WorkGroup').Properties.RecursiveDeleteOption).toBe(false);
    for (const query of [FOLLOW_ONE_DEVICE, FOLLOW_ONE_TASK]) {
      dev.hasResourceProperties('AWS::Athena::NamedQuery', { Name: query.name, QueryString: query.sql, Database: 'takuhai_dev', WorkGroup: Match.anyValue() });
    }
    expect(FOLLOW_ONE_DEVICE.sql).toContain("WHERE device_id = '123456789' AND timestamp >= 1527744698\nORDER BY timestamp DESC");
  });

  it('counts each function`s ERROR records and alarms an SNS topic on the first one', () => {
    // Prepare
    const topicId = Object.keys(dev.findResources('AWS::SNS::Topic'))[0];

    // Assess
    dev.resourceCountIs('AWS::Logs::MetricFilter', FUNCTIONS.length);
    dev.allResourcesProperties('AWS::Logs::MetricFilter', { FilterPattern: '{ $.level = "ERROR" }' });
    dev.resourceCountIs('AWS::CloudWatch::Alarm', FUNCTIONS.length);
    dev.allResourcesProperties('AWS::CloudWatch::Alarm', { Threshold: 1, AlarmActions: [{ Ref: topicId }], TreatMissingData: 'notBreaching' });
    dev.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'sns:Publish' }),
        ]),
      },
    });
  });
});

describe('TakuhaiStack wiring', () => {
  it('feeds the pipeline from the log group the functions construct made for each function', () => {
    // Prepare
    const { template } = synthStack('dev');
    const logGroupIds = Object.keys(template.findResources('AWS::Logs::LogGroup'));

    // Act
    const filters = Object.values(template.findResources('AWS::Logs::SubscriptionFilter')) as Resource[];

    // Assess
    expect(filters).toHaveLength(Object.keys(functions).length);
    for (const filter of filters) expect(logGroupIds).toContain((filter.Properties.LogGroupName as { Ref: string }).Ref);
    // Reading a function's log group must not have made CDK add one of its own.
    const retained = Object.values(template.findResources('Custom::LogRetention')).map((resource) => JSON.stringify(resource));
    expect(retained.filter((resource) => resource.includes('/aws/lambda/'))).toEqual([]);
  });
});
