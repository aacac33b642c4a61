import { Duration, Stack } from 'aws-cdk-lib';
import type { GraphqlApi } from 'aws-cdk-lib/aws-appsync';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { Architecture, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { functions, type FunctionDefinition, type FunctionId } from '../api/manifest';
import { SETTINGS, type SettingName } from '../infra/settings';
import type { DataConstruct } from './data.construct';
import { BUNDLE_HANDLER } from './lambda-bundling';
import { lambdaCode } from './lambda-code';
import { iamMutations } from './schema-check';
import { removalPolicyFor } from './stage';

export interface FunctionsProps {
  readonly stage: string;
  readonly commitId: string;
  readonly data: DataConstruct;
  readonly userPool: IUserPool;
  /** The IoT policy every hub certificate carries. */
  readonly fleetPolicyName: string;
}

// Known only once the API exists, which itself needs the functions: provided by connectApi().
const LATE_SETTINGS: readonly SettingName[] = ['graphqlUrl'];


/** One Lambda function per entry of `api/manifest.ts`, granted exactly what its `access` says. */
export class FunctionsConstruct extends Construct {
  private readonly deployed = new Map<FunctionId, LambdaFunction>();

  constructor(scope: Construct, id: string, props: FunctionsProps) {
    super(scope, id);
    const values = settingValues(props);
    for (const [functionId, definition] of Object.entries(functions) as [FunctionId, FunctionDefinition][]) {
      const fn = this.createFunction(functionId, definition, props, values);
      grantAccess(fn, definition, props);
      this.deployed.set(functionId, fn);
    }
  }

  /** Gives the functions that publish to subscribers the API's URL and the right to call its IAM fields. */
  connectApi(api: GraphqlApi): void {
    const mutations = iamMutations();
    if (mutations.length === 0) throw new Error('schema/schema.graphql has no @aws_iam mutation for the functions to publish with');
    for (const [functionId, definition] of Object.entries(functions) as [FunctionId, FunctionDefinition][]) {
      const fn = this.lambda(functionId);
      if (definition.settings.includes('graphqlUrl')) fn.addEnvironment(SETTINGS.graphqlUrl, api.graphqlUrl);
      if (definition.access.publishesToApi) api.grantMutation(fn, ...mutations);
    }
  }

  lambda(id: FunctionId): LambdaFunction {
    const fn = this.deployed.get(id);
    if (!fn) throw new Error(`function ${id} is not in api/manifest.ts`);
    return fn;
  }

  private createFunction(
    id: FunctionId,
    definition: FunctionDefinition,
    props: FunctionsProps,
    values: ReadonlyMap<string, string>,
  ): LambdaFunction {
    // An explicit log group, so logs get a retention and go away with a non-production stage.
    const logGroup = new LogGroup(this, `${id}Logs`, {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: removalPolicyFor(props.stage),
    });
    // A role of our own rather than CDK's, which carries AWSLambdaBasicExecutionRole (logs into
    // any log group of the account): this one writes to the function's own log group only.
    const role = new Role(this, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);
    return new LambdaFunction(this, id, {
      functionName: `takuhai-${props.stage}-${id}`,
      code: lambdaCode(definition.entry),
      handler: BUNDLE_HANDLER,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      // AppSync gives up on a data source after 30 s; fail well before that.
      timeout: Duration.seconds(10),
      logGroup,
      role,
      // No --enable-source-maps: parsing the map at import took 15 to 20 ms of each cold start;
      // the logger maps the stacks it logs instead (infra/logging/source-mapped-stack.ts).
      environment: environmentOf(definition.settings, values, id),
    });
  }
}

/** What each environment variable of `SETTINGS` (and each table's own variable) is set to. */
function settingValues(props: FunctionsProps): ReadonlyMap<string, string> {
  const values = new Map<string, string>([
    [SETTINGS.stage, props.stage],
    [SETTINGS.commitId, props.commitId],
    [SETTINGS.userPoolId, props.userPool.userPoolId],
    [SETTINGS.fleetPolicyName, props.fleetPolicyName],
  ]);
  for (const { definition, table } of props.data.tables) values.set(definition.envVar, table.tableName);
  return values;
}

function environmentOf(
  settings: readonly SettingName[],
  values: ReadonlyMap<string, string>,
  functionId: string,
): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const name of settings) {
    if (LATE_SETTINGS.includes(name)) continue;
    const variable = SETTINGS[name];
    const value = values.get(variable);
    // A setting nobody provides would only fail at run time, in the cloud; fail the synth.
    if (value === undefined) throw new Error(`function ${functionId}: no value for setting ${name} (${variable})`);
    environment[variable] = value;
  }
  return environment;
}

function grantAccess(fn: LambdaFunction, definition: FunctionDefinition, props: FunctionsProps): void {
  for (const { table, write } of definition.access.tables ?? []) {
    const deployed = props.data.table(table);
    if (write) deployed.grantReadWriteData(fn);
    else deployed.grantReadData(fn);
  }
  const userPoolActions = definition.access.userPool ?? [];
  if (userPoolActions.length > 0) props.userPool.grant(fn, ...userPoolActions);
  const triggerActions = definition.access.triggeringUserPool ?? [];
  if (triggerActions.length > 0) {
    const { region, account } = Stack.of(fn);
    // The pool names this function as its trigger, so the grant cannot name the pool back (a
    // deployment cycle): the account's pools in this region, as AWS's guide for triggers does.
    fn.addToRolePolicy(new PolicyStatement({ actions: [...triggerActions], resources: [`arn:aws:cognito-idp:${region}:${account}:userpool/*`] }));
  }
  const iotActions = definition.access.iot ?? [];
  if (iotActions.length > 0) {
    const { region, account } = Stack.of(fn);
    // Registry resources are named by device ids at run time: the account's things, groups and
    // certificates, and the fleet policy alone among policies.
    const arn = (resource: string) => `arn:aws:iot:${region}:${account}:${resource}`;
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: [...iotActions],
        resources: [arn('thing/*'), arn('thinggroup/*'), arn('cert/*'), arn(`policy/${props.fleetPolicyName}`)],
      }),
    );
  }
}
