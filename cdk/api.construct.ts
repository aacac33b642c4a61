import { Duration, Expiration } from 'aws-cdk-lib';
import {
  AppsyncFunction,
  AuthorizationType,
  Code,
  Definition,
  FieldLogLevel,
  FunctionRuntime,
  GraphqlApi,
  type BaseDataSource,
} from 'aws-cdk-lib/aws-appsync';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bundleResolver } from '../api/bundle-resolver';
import { dataSources, lambdaAuthorizer, type DataSourceDefinition, type DataSourceId } from '../api/manifest';
import { findResolverFiles, type PipelineFunctionFile, type ResolverFile } from '../api/resolver-files';
import type { DataConstruct } from './data.construct';
import type { FunctionsConstruct } from './functions.construct';
import { RESOLVERS_DIR, SCHEMA_FILE } from './paths';
import { checkResolverFields } from './schema-check';

export interface ApiProps {
  readonly stage: string;
  readonly userPool: IUserPool;
  readonly data: DataConstruct;
  readonly functions: FunctionsConstruct;
  /** Where the resolver files are; tests point it at fixtures. */
  readonly resolversDir?: string;
}

// AppSync refuses an API key that lives longer than a year. The expiry is computed at synth,
// so every deploy pushes it a year ahead again.
const API_KEY_LIFETIME = Duration.days(365);

/** The AppSync API: the shared schema, the manifest's data sources, one resolver per file. */
export class ApiConstruct extends Construct {
  readonly api: GraphqlApi;
  private readonly dataSources = new Map<DataSourceId, BaseDataSource>();

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const resolvers = findResolverFiles(props.resolversDir ?? RESOLVERS_DIR);
    checkResolverFields(resolvers);

    this.api = new GraphqlApi(this, 'GraphqlApi', {
      name: `takuhai-${props.stage}`,
      definition: Definition.fromFile(SCHEMA_FILE),
      authorizationConfig: {
        defaultAuthorization: {
          authorizationType: AuthorizationType.USER_POOL,
          userPoolConfig: { userPool: props.userPool },
        },
        additionalAuthorizationModes: [
          { authorizationType: AuthorizationType.API_KEY, apiKeyConfig: { expires: Expiration.after(API_KEY_LIFETIME) } },
          { authorizationType: AuthorizationType.IAM },
          // Partners' keys: see api/manifest.ts (lambdaAuthorizer) and lambdas/partner-authorizer.handler.ts.
          {
            authorizationType: AuthorizationType.LAMBDA,
            lambdaAuthorizerConfig: {
              handler: props.functions.lambda(lambdaAuthorizer.functionId),
              resultsCacheTtl: Duration.seconds(lambdaAuthorizer.cacheTtlSeconds),
            },
          },
        ],
      },
      // ERROR keeps resolver failures visible without paying to log every request. CDK makes
      // the role AppSync writes the logs with, and a custom resource that sets the retention.
      logConfig: { fieldLogLevel: FieldLogLevel.ERROR, retention: RetentionDays.ONE_MONTH },
      xrayEnabled: true,
    });

    for (const [dataSourceId, definition] of Object.entries(dataSources) as [DataSourceId, DataSourceDefinition][]) {
      this.dataSources.set(dataSourceId, this.addDataSource(dataSourceId, definition, props));
    }
    for (const resolver of resolvers) this.addResolver(resolver);
  }

  private addDataSource(id: DataSourceId, definition: DataSourceDefinition, props: ApiProps): BaseDataSource {
    switch (definition.kind) {
      case 'DYNAMODB':
        return this.api.addDynamoDbDataSource(id, props.data.table(definition.table), { name: id });
      case 'LAMBDA':
        return this.api.addLambdaDataSource(id, props.functions.lambda(definition.functionId), { name: id });
      case 'NONE':
        return this.api.addNoneDataSource(id, { name: id });
    }
  }

  private dataSource(id: DataSourceId): BaseDataSource {
    const dataSource = this.dataSources.get(id);
    if (!dataSource) throw new Error(`data source ${id} was not created`);
    return dataSource;
  }

  private addResolver(resolver: ResolverFile): void {
    const { typeName, fieldName } = resolver;
    const common = { typeName, fieldName, runtime: FunctionRuntime.JS_1_0_0, code: Code.fromInline(bundleResolver(resolver.file)) };
    if (resolver.kind === 'UNIT') {
      this.dataSource(resolver.dataSource).createResolver(`${typeName}.${fieldName}`, common);
      return;
    }
    const pipelineConfig = resolver.functions.map((step, index) => this.addPipelineFunction(resolver, step, index + 1));
    this.api.createResolver(`${typeName}.${fieldName}`, { ...common, pipelineConfig });
  }

  private addPipelineFunction(resolver: ResolverFile, step: PipelineFunctionFile, order: number): AppsyncFunction {
    // AppSync function names allow letters, digits and underscores only.
    const name = `${resolver.typeName}_${resolver.fieldName}_${order}`;
    return new AppsyncFunction(this, name, {
      api: this.api,
      name,
      dataSource: this.dataSource(step.dataSource),
      runtime: FunctionRuntime.JS_1_0_0,
      code: Code.fromInline(bundleResolver(step.file)),
    });
  }
}
