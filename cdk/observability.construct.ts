import { Duration, Stack, TimeZone } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Stream, StreamEncryption, StreamMode } from 'aws-cdk-lib/aws-kinesis';
import { CfnDeliveryStream } from 'aws-cdk-lib/aws-kinesisfirehose';
import { FilterPattern, LogGroup, LogStream, MetricFilter, RetentionDays, SubscriptionFilter, type ILogGroup } from 'aws-cdk-lib/aws-logs';
import { KinesisDestination } from 'aws-cdk-lib/aws-logs-destinations';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { functions as manifest, type FunctionId } from '../api/manifest';
import type { FunctionsConstruct } from './functions.construct';
import { LogTableConstruct } from './log-table.construct';
import { deliveryRole } from './log-delivery-role';
import { isProduction, removalPolicyFor } from './stage';

/** What the log pipeline watches, and for how long it keeps records. */
export interface ObservabilityProps {
  readonly stage: string;
  /** The log group of each function, by function id: the records and alarms come from them. */
  readonly logGroups: Readonly<Record<string, ILogGroup>>;
  /** How long records stay in S3; default 365 days in production, 30 elsewhere. */
  readonly retention?: Duration;
}

/** S3 folders: records by day (Hive style, for the Glue table), delivery failures, Athena results. */
export const RECORDS_PREFIX = 'application/';
const ERRORS_PREFIX = 'errors/';
const RESULTS_PREFIX = 'athena-results/';
// Days in Japan time, the same days the local stack names its files after.
const DAY_FOLDERS = 'year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/';

/** Only the logger's records go downstream: Lambda's START/END/REPORT lines are no JSON. */
export const RECORD_PATTERN = FilterPattern.exists('$.timestamp_jst');
/** The records the alarms count. */
export const ERROR_PATTERN = FilterPattern.stringValue('$.level', '=', 'ERROR');

/** The log group of every function of `api/manifest.ts`, as the functions construct made it. */
export function functionLogGroups(functions: FunctionsConstruct): Record<FunctionId, ILogGroup> {
  const ids = Object.keys(manifest) as FunctionId[];
  return Object.fromEntries(ids.map((id) => [id, functions.lambda(id).logGroup])) as Record<FunctionId, ILogGroup>;
}

/**
 * The source design's log pipeline: each function's log group -> subscription filter ->
 * Kinesis Data Streams -> Firehose (gunzip, one record a line) -> S3 by day -> Glue table
 * `application` -> Athena; and per function a metric filter on ERROR records whose alarm
 * notifies an SNS topic.
 */
export class ObservabilityConstruct extends Construct {
  readonly bucket: Bucket;
  readonly stream: Stream;
  readonly alarmTopic: Topic;
  readonly table: LogTableConstruct;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    const { stage } = props;
    const retention = props.retention ?? Duration.days(isProduction(stage) ? 365 : 30);

    this.bucket = new Bucket(this, 'LogBucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      lifecycleRules: [
        { id: 'ExpireRecords', prefix: RECORDS_PREFIX, expiration: retention },
        { id: 'ExpireDeliveryErrors', prefix: ERRORS_PREFIX, expiration: retention },
        { id: 'ExpireQueryResults', prefix: RESULTS_PREFIX, expiration: Duration.days(7) },
        { id: 'AbortUploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      removalPolicy: removalPolicyFor(stage),
      autoDeleteObjects: !isProduction(stage),
    });

    // One shard carries 1 MB/s of records, far above what the functions log.
    this.stream = new Stream(this, 'LogStream', {
      streamMode: StreamMode.PROVISIONED,
      shardCount: 1,
      encryption: StreamEncryption.MANAGED,
      retentionPeriod: Duration.hours(24),
      removalPolicy: removalPolicyFor(stage),
    });
    this.subscribe(props.logGroups);
    this.deliver(stage);
    this.table = new LogTableConstruct(this, 'Table', { stage, bucket: this.bucket, recordsPrefix: RECORDS_PREFIX, resultsPrefix: RESULTS_PREFIX });

    this.alarmTopic = new Topic(this, 'ErrorAlarms', { displayName: `Takuhai ${stage}: ERROR log records`, enforceSSL: true });
    // The SSL policy replaces the topic's default one: say again that the alarms may publish.
    this.alarmTopic.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.alarmTopic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    for (const [functionId, logGroup] of Object.entries(props.logGroups)) this.alarmOnErrors(stage, functionId, logGroup);
  }

  /** Each log group's records into the stream, through a role only CloudWatch Logs may take. */
  private subscribe(logGroups: Readonly<Record<string, ILogGroup>>): void {
    const { account, region, partition } = Stack.of(this);
    const role = new Role(this, 'SubscriptionRole', {
      assumedBy: new ServicePrincipal('logs.amazonaws.com', {
        conditions: { StringLike: { 'aws:SourceArn': `arn:${partition}:logs:${region}:${account}:*` } },
      }),
    });
    const destination = new KinesisDestination(this.stream, { role });
    for (const [functionId, logGroup] of Object.entries(logGroups)) {
      new SubscriptionFilter(this, `${functionId}Records`, { logGroup, destination, filterPattern: RECORD_PATTERN });
    }
  }

  /** Firehose: reads the stream, unpacks CloudWatch's gzipped batches, writes a line per record. */
  private deliver(stage: string): void {
    const logGroup = new LogGroup(this, 'DeliveryLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: removalPolicyFor(stage) });
    const logStream = new LogStream(this, 'DeliveryLogStream', { logGroup, removalPolicy: removalPolicyFor(stage) });
    const role = deliveryRole(this, { stream: this.stream, bucket: this.bucket, prefixes: [RECORDS_PREFIX, ERRORS_PREFIX], logGroup });
    const delivery = new CfnDeliveryStream(this, 'Delivery', {
      deliveryStreamType: 'KinesisStreamAsSource',
      kinesisStreamSourceConfiguration: { kinesisStreamArn: this.stream.streamArn, roleArn: role.roleArn },
      extendedS3DestinationConfiguration: {
        bucketArn: this.bucket.bucketArn,
        roleArn: role.roleArn,
        prefix: `${RECORDS_PREFIX}${DAY_FOLDERS}`,
        errorOutputPrefix: `${ERRORS_PREFIX}!{firehose:error-output-type}/${DAY_FOLDERS}`,
        customTimeZone: TimeZone.ASIA_TOKYO.timezoneName,
        compressionFormat: 'GZIP',
        bufferingHints: { intervalInSeconds: 60, sizeInMBs: 5 },
        processingConfiguration: {
          enabled: true,
          processors: [
            { type: 'Decompression', parameters: [{ parameterName: 'CompressionFormat', parameterValue: 'GZIP' }] },
            { type: 'CloudWatchLogProcessing', parameters: [{ parameterName: 'DataMessageExtraction', parameterValue: 'true' }] },
            // The JSON SerDe reads one record a line.
            { type: 'AppendDelimiterToRecord' },
          ],
        },
        cloudWatchLoggingOptions: { enabled: true, logGroupName: logGroup.logGroupName, logStreamName: logStream.logStreamName },
      },
    });
    // Firehose checks its access when it is created: the policy must exist first.
    delivery.node.addDependency(role);
  }

  private alarmOnErrors(stage: string, functionId: string, logGroup: ILogGroup): void {
    const metric = new MetricFilter(this, `${functionId}Errors`, {
      logGroup,
      filterPattern: ERROR_PATTERN,
      metricNamespace: `Takuhai/${stage}`,
      metricName: `ErrorRecords-${functionId}`,
      metricValue: '1',
    }).metric({ statistic: 'Sum', period: Duration.minutes(5) });
    const alarm = new Alarm(this, `${functionId}ErrorAlarm`, {
      alarmDescription: `ERROR records of ${functionId}: npm run logs -- --errors locally, or the Athena workgroup takuhai-${stage}`,
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.alarmTopic));
  }
}
