import { Duration } from 'aws-cdk-lib';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { functions, type FunctionDefinition, type FunctionId } from '../api/manifest';
import { SETTINGS, type SettingName } from '../infra/settings';
import type { DataConstruct } from './data.construct';
import { fromRoot, ROOT } from './paths';
import { removalPolicyFor } from './stage';

export interface FunctionsProps {
  readonly stage: string;
  readonly commitId: string;
  readonly data: DataConstruct;
  readonly userPool: IUserPool;
}

// esbuild turns CommonJS dependencies' require() calls into a helper that needs a real
// `require`, which an ES module lacks until it makes one.
const REQUIRE_SHIM = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/** One Lambda function per entry of `api/manifest.ts`, granted exactly what its `access` says. */
export class FunctionsConstruct extends Construct {
  private readonly deployed = new Map<FunctionId, NodejsFunction>();

  constructor(scope: Construct, id: string, props: FunctionsProps) {
    super(scope, id);
    const values = settingValues(props);
    for (const [functionId, definition] of Object.entries(functions) as [FunctionId, FunctionDefinition][]) {
      const fn = this.createFunction(functionId, definition, props, values);
      grantAccess(fn, definition, props);
      this.deployed.set(functionId, fn);
    }
  }

  lambda(id: FunctionId): NodejsFunction {
    const fn = this.deployed.get(id);
    if (!fn) throw new Error(`function ${id} is not in api/manifest.ts`);
    return fn;
  }

  private createFunction(
    id: FunctionId,
    definition: FunctionDefinition,
    props: FunctionsProps,
    values: ReadonlyMap<string, string>,
  ): NodejsFunction {
    // An explicit log group, so logs get a retention and go away with a non-production stage.
    const logGroup = new LogGroup(this, `${id}Logs`, {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: removalPolicyFor(props.stage),
    });
    return new NodejsFunction(this, id, {
      functionName: `takuhai-${props.stage}-${id}`,
      entry: fromRoot(definition.entry),
      handler: 'handler',
      projectRoot: ROOT,
      depsLockFilePath: fromRoot('package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      // AppSync gives up on a data source after 30 s; fail well before that.
      timeout: Duration.seconds(10),
      logGroup,
      environment: {
        ...environmentOf(definition.settings, values, id),
        // Stack traces then point into the TypeScript sources, not the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        minify: true,
        sourceMap: true,
        // Error names survive minification; the error gate and logs rely on them.
        keepNames: true,
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        banner: REQUIRE_SHIM,
      },
    });
  }
}

/** What each environment variable of `SETTINGS` (and each table's own variable) is set to. */
function settingValues(props: FunctionsProps): ReadonlyMap<string, string> {
  const values = new Map<string, string>([
    [SETTINGS.stage, props.stage],
    [SETTINGS.commitId, props.commitId],
    [SETTINGS.userPoolId, props.userPool.userPoolId],
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
    const variable = SETTINGS[name];
    const value = values.get(variable);
    // A setting nobody provides would only fail at run time, in the cloud; fail the synth.
    if (value === undefined) throw new Error(`function ${functionId}: no value for setting ${name} (${variable})`);
    environment[variable] = value;
  }
  return environment;
}

function grantAccess(fn: NodejsFunction, definition: FunctionDefinition, props: FunctionsProps): void {
  for (const { table, write } of definition.access.tables ?? []) {
    const deployed = props.data.table(table);
    if (write) deployed.grantReadWriteData(fn);
    else deployed.grantReadData(fn);
  }
  const userPoolActions = definition.access.userPool ?? [];
  if (userPoolActions.length > 0) props.userPool.grant(fn, ...userPoolActions);
}
