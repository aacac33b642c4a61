import { Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IStream } from 'aws-cdk-lib/aws-kinesis';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

/** What Firehose reads from and writes to. */
export interface DeliveryAccess {
  readonly stream: IStream;
  readonly bucket: IBucket;
  /** The bucket folders Firehose writes to; nothing else of the bucket. */
  readonly prefixes: readonly string[];
  /** Where Firehose reports delivery failures. */
  readonly logGroup: ILogGroup;
}

/**
 * Firehose's role, written out action by action (the actions Firehose's documentation lists
 * for a Kinesis source and an S3 destination) rather than CDK's broader read/write grants:
 * no object deletes, no other folder, no other stream.
 */
export function deliveryRole(scope: Construct, access: DeliveryAccess): Role {
  const role = new Role(scope, 'DeliveryRole', {
    assumedBy: new ServicePrincipal('firehose.amazonaws.com', {
      conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(scope).account } },
    }),
  });
  role.addToPolicy(
    new PolicyStatement({
      actions: ['kinesis:DescribeStream', 'kinesis:GetShardIterator', 'kinesis:GetRecords', 'kinesis:ListShards'],
      resources: [access.stream.streamArn],
    }),
  );
  role.addToPolicy(
    new PolicyStatement({
      actions: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'],
      resources: [access.bucket.bucketArn],
    }),
  );
  role.addToPolicy(
    new PolicyStatement({
      actions: ['s3:AbortMultipartUpload', 's3:GetObject', 's3:PutObject'],
      resources: access.prefixes.map((prefix) => access.bucket.arnForObjects(`${prefix}*`)),
    }),
  );
  role.addToPolicy(new PolicyStatement({ actions: ['logs:PutLogEvents'], resources: [access.logGroup.logGroupArn] }));
  return role;
}
