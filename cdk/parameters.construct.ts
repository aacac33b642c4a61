import { Stack } from 'aws-cdk-lib';
import type { CfnGraphQLApi, GraphqlApi } from 'aws-cdk-lib/aws-appsync';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { STAGE_PARAMETERS, stageParameterName, tableParameter, type WrittenParameter } from '../api/stage-parameters';
import type { AppClientName } from './auth.construct';
import type { DeployedTable } from './data.construct';

export interface ParametersProps {
  readonly stage: string;
  readonly api: GraphqlApi;
  readonly userPool: IUserPool;
  readonly clientIds: Readonly<Record<AppClientName, string>>;
  readonly tables: readonly DeployedTable[];
  /** The registered maker CA; none, no CA parameters (the stack then registers no CA). */
  readonly makerCa?: { readonly certificateId: string; readonly certificatePem: string };
}

/** What describeEndpoint answers with; AWS IoT has one such endpoint per account and region. */
const IOT_DATA_ENDPOINT = 'iot:Data-ATS';

/**
 * The `written` parameters of `api/stage-parameters.ts` under `/<stage>/...`, plus each table's
 * name: what the end-to-end tests and clients read to reach a deployed stage, without the
 * stack's outputs or its generated names.
 */
export class ParametersConstruct extends Construct {
  constructor(scope: Construct, id: string, props: ParametersProps) {
    super(scope, id);
    // A record over every written parameter: one added to the contract without a value here
    // fails the type check. Undefined is a parameter this stage does not have.
    const values: Record<WrittenParameter, string | undefined> = {
      region: Stack.of(this).region,
      graphqlUrl: props.api.graphqlUrl,
      realtimeUrl: (props.api.node.defaultChild as CfnGraphQLApi).attrRealtimeUrl,
      apiKey: props.api.apiKey,
      userPoolId: props.userPool.userPoolId,
      spaClientId: props.clientIds.spa,
      mobileClientId: props.clientIds.mobile,
      iotEndpoint: this.iotDataEndpoint(),
      makerCaCertificateId: props.makerCa?.certificateId,
      makerCaCertificatePem: props.makerCa?.certificatePem,
    };
    for (const [key, value] of Object.entries(values) as [WrittenParameter, string | undefined][]) {
      if (value !== undefined) this.write(props.stage, STAGE_PARAMETERS.written[key], value);
    }
    for (const { definition, table } of props.tables) this.write(props.stage, tableParameter(definition.id), table.tableName);
  }

  private write(stage: string, relative: string, value: string): void {
    const parameterName = stageParameterName(stage, relative);
    new StringParameter(this, relative.replace(/\//g, '-'), { parameterName, stringValue: value, description: `Takuhai ${stage}: ${relative}` });
  }

  /** The IoT data endpoint is the account's, known only at deploy: asked of AWS IoT then. */
  private iotDataEndpoint(): string {
    const endpoint = new AwsCustomResource(this, 'IotDataEndpoint', {
      onUpdate: {
        service: 'Iot',
        action: 'describeEndpoint',
        parameters: { endpointType: IOT_DATA_ENDPOINT },
        physicalResourceId: PhysicalResourceId.of(IOT_DATA_ENDPOINT),
        outputPaths: ['endpointAddress'],
      },
      // DescribeEndpoint has no resource to name: IAM allows it on `*` only. This one action.
      policy: AwsCustomResourcePolicy.fromStatements([new PolicyStatement({ actions: ['iot:DescribeEndpoint'], resources: ['*'] })]),
      // The runtime's SDK: no npm install from the deploy's Lambda.
      installLatestAwsSdk: false,
    });
    return endpoint.getResponseField('endpointAddress');
  }
}
