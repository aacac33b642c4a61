import { CfnOutput, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { FunctionId } from '../api/manifest';
import { ApiConstruct } from './api.construct';
import { AuthConstruct } from './auth.construct';
import { DataConstruct } from './data.construct';
import { EventsConstruct } from './events.construct';
import { FunctionsConstruct } from './functions.construct';
import { fleetPolicyName, IotConstruct } from './iot.construct';
import { suppressNagFindings } from './nag-suppressions';
import { functionLogGroups, ObservabilityConstruct } from './observability.construct';
import { ParametersConstruct } from './parameters.construct';

export interface TakuhaiStackProps extends StackProps {
  readonly stage: string;
  /** The commit the functions are built from; their log records carry it. */
  readonly commitId: string;
  /** Where the resolver files are; defaults to `resolvers/`. */
  readonly resolversDir?: string;
  /** The maker CA certificate (PEM) to register for just-in-time registration; see IotConstruct. */
  readonly makerCaCertificatePem?: string;
}

/** One stage of Takuhai: tables, user pool, functions, the GraphQL API and its logs wired together. */
export class TakuhaiStack extends Stack {
  constructor(scope: Construct, id: string, props: TakuhaiStackProps) {
    super(scope, id, props);
    const { stage, commitId } = props;
    Tags.of(this).add('project', 'takuhai');
    Tags.of(this).add('stage', stage);

    const data = new DataConstruct(this, 'Data', { stage });
    const auth = new AuthConstruct(this, 'Auth', { stage });
    const functions = new FunctionsConstruct(this, 'Functions', {
      stage,
      commitId,
      data,
      userPool: auth.userPool,
      fleetPolicyName: fleetPolicyName(stage),
    });
    const { api } = new ApiConstruct(this, 'Api', {
      stage,
      userPool: auth.userPool,
      data,
      functions,
      resolversDir: props.resolversDir,
    });
    functions.connectApi(api);
    const lambda = (functionId: FunctionId) => functions.lambda(functionId);
    auth.addTriggers(lambda);
    // The box event pipeline: topic rule -> Kinesis -> ingest function -> events table and API.
    const events = new EventsConstruct(this, 'Events', { stage, lambda });
    const { makerCa } = new IotConstruct(this, 'Iot', {
      stage,
      fleetPolicyName: fleetPolicyName(stage),
      lambda,
      stream: (streamId) => events.stream(streamId),
      makerCaCertificatePem: props.makerCaCertificatePem,
    });
    // Every function's log records to S3 and Athena, and an alarm on their ERROR records.
    new ObservabilityConstruct(this, 'Observability', { stage, logGroups: functionLogGroups(functions) });

    // What a client, the end-to-end tests or a partner needs to reach this stage: SSM parameters
    // (api/stage-parameters.ts) for scripts, and the same values as outputs for people.
    new ParametersConstruct(this, 'Parameters', {
      stage,
      api,
      userPool: auth.userPool,
      clientIds: { spa: auth.clients.spa.userPoolClientId, mobile: auth.clients.mobile.userPoolClientId },
      tables: data.tables,
      makerCa: makerCa ? { certificateId: makerCa.attrId, certificatePem: makerCa.caCertificatePem } : undefined,
    });
    this.output('GraphqlUrl', api.graphqlUrl);
    this.output('ApiKey', api.apiKey ?? missing('API key'));
    this.output('UserPoolId', auth.userPool.userPoolId);
    this.output('SpaClientId', auth.clients.spa.userPoolClientId);
    this.output('MobileClientId', auth.clients.mobile.userPoolClientId);
    this.output('Region', this.region);

    // What cdk-nag's AwsSolutions pack finds and we accept, each with its reason.
    suppressNagFindings(this);
  }

  private output(id: string, value: string): void {
    new CfnOutput(this, id, { value });
  }
}

function missing(what: string): never {
  throw new Error(`${what} was not created`);
}
