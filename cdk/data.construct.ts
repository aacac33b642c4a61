import { AttributeType, BillingMode, Table, type Attribute } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { tableName, tables, type TableDefinition } from '../infra/tables';
import { isProduction, removalPolicyFor } from './stage';

export interface DataProps {
  readonly stage: string;
}

export interface DeployedTable {
  readonly definition: TableDefinition;
  readonly table: Table;
}

function stringKey(name: string): Attribute {
  return { name, type: AttributeType.STRING };
}

/** One DynamoDB table per entry of `infra/tables.ts`, the layouts the local stack also uses. */
export class DataConstruct extends Construct {
  readonly tables: readonly DeployedTable[];

  constructor(scope: Construct, id: string, props: DataProps) {
    super(scope, id);
    this.tables = tables.map((definition) => ({ definition, table: this.createTable(definition, props.stage) }));
  }

  table(definition: TableDefinition): Table {
    const deployed = this.tables.find((entry) => entry.definition.id === definition.id);
    if (!deployed) throw new Error(`table ${definition.id} is not in infra/tables.ts`);
    return deployed.table;
  }

  private createTable(definition: TableDefinition, stage: string): Table {
    const table = new Table(this, definition.id, {
      // A fixed name, because the local stack and the end-to-end tests derive it the same way.
      tableName: tableName(stage, definition),
      partitionKey: stringKey(definition.partitionKey),
      sortKey: definition.sortKey ? stringKey(definition.sortKey) : undefined,
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: definition.timeToLiveAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: isProduction(stage),
      removalPolicy: removalPolicyFor(stage),
    });
    for (const index of definition.indexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: stringKey(index.partitionKey),
        sortKey: index.sortKey ? stringKey(index.sortKey) : undefined,
      });
    }
    return table;
  }
}
