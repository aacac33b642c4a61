import { Stack } from 'aws-cdk-lib';
import { CfnNamedQuery, CfnWorkGroup } from 'aws-cdk-lib/aws-athena';
import { CfnDatabase, CfnTable } from 'aws-cdk-lib/aws-glue';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { NAMED_LOG_QUERIES } from '../infra/logging/application-queries';
import { APPLICATION_COLUMNS, APPLICATION_TABLE, ERROR_FIELDS, type ColumnType } from '../infra/logging/application-table';
import { isProduction } from './stage';

/** Where the records are and where query results go. */
export interface LogTableProps {
  readonly stage: string;
  readonly bucket: IBucket;
  /** Where the records are, under `year=YYYY/month=MM/day=DD/`. */
  readonly recordsPrefix: string;
  /** Where Athena writes query results. */
  readonly resultsPrefix: string;
}

const GLUE_TYPES: Record<ColumnType, string> = {
  string: 'string',
  bigint: 'bigint',
  error: `struct<${ERROR_FIELDS.map((field) => `${field}:string`).join(',')}>`,
};

// A query that forgets its date bounds should fail, not bill a scan of every day kept.
const BYTES_SCANNED_CUTOFF = 10 * 1024 ** 3;

/**
 * The Glue table `application` over the records in S3 (the columns of
 * `infra/logging/application-table.ts`, JSON SerDe), and an Athena workgroup holding the
 * questions of `application-queries.ts` as named queries.
 */
export class LogTableConstruct extends Construct {
  readonly databaseName: string;
  readonly workGroupName: string;

  constructor(scope: Construct, id: string, props: LogTableProps) {
    super(scope, id);
    const { account } = Stack.of(this);
    // Glue and Athena names take lowercase letters, digits and underscores.
    this.databaseName = `takuhai_${props.stage.replaceAll('-', '_')}`;
    this.workGroupName = `takuhai-${props.stage}`;
    const location = `s3://${props.bucket.bucketName}/${props.recordsPrefix}`;

    const database = new CfnDatabase(this, 'Database', {
      catalogId: account,
      databaseInput: { name: this.databaseName, description: `Takuhai ${props.stage}: function log records` },
    });
    const table = new CfnTable(this, 'ApplicationTable', {
      catalogId: account,
      databaseName: this.databaseName,
      tableInput: {
        name: APPLICATION_TABLE,
        description: 'One row per function log record (the source design fields)',
        tableType: 'EXTERNAL_TABLE',
        partitionKeys: ['year', 'month', 'day'].map((name) => ({ name, type: 'string' })),
        // Partition projection: Athena computes the day folders itself; no crawler, no
        // MSCK REPAIR, and a query bounded by year/month/day reads only those days.
        parameters: {
          classification: 'json',
          'projection.enabled': 'true',
          'projection.year.type': 'date',
          'projection.year.format': 'yyyy',
          'projection.year.range': '2026,NOW',
          'projection.year.interval': '1',
          'projection.year.interval.unit': 'YEARS',
          'projection.month.type': 'integer',
          'projection.month.range': '1,12',
          'projection.month.digits': '2',
          'projection.day.type': 'integer',
          'projection.day.range': '1,31',
          'projection.day.digits': '2',
          'storage.location.template': `${location}year=\${year}/month=\${month}/day=\${day}/`,
        },
        storageDescriptor: {
          location,
          columns: APPLICATION_COLUMNS.map((column) => ({ name: column.name, type: GLUE_TYPES[column.type], comment: column.comment })),
          inputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
          outputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
          serdeInfo: {
            serializationLibrary: 'org.openx.data.jsonserde.JsonSerDe',
            // A line Firehose could not extract whole must not fail every query of its day.
            parameters: { 'ignore.malformed.json': 'true' },
          },
        },
      },
    });
    table.node.addDependency(database);

    const workGroup = new CfnWorkGroup(this, 'WorkGroup', {
      name: this.workGroupName,
      description: `Takuhai ${props.stage}: queries over the function log records`,
      // A non-production stage goes away whole, saved queries and results included.
      recursiveDeleteOption: !isProduction(props.stage),
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        bytesScannedCutoffPerQuery: BYTES_SCANNED_CUTOFF,
        engineVersion: { selectedEngineVersion: 'Athena engine version 3' },
        resultConfiguration: {
          outputLocation: `s3://${props.bucket.bucketName}/${props.resultsPrefix}`,
          encryptionConfiguration: { encryptionOption: 'SSE_S3' },
        },
      },
    });
    NAMED_LOG_QUERIES.forEach((query, index) => {
      const named = new CfnNamedQuery(this, `NamedQuery${index + 1}`, {
        name: query.name,
        description: query.description,
        database: this.databaseName,
        workGroup: workGroup.ref,
        queryString: query.sql,
      });
      named.node.addDependency(table);
    });
  }
}
