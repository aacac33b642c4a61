import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { bundleResolver } from '../../api/bundle-resolver';
import { dataSources, type DataSourceDefinition } from '../../api/manifest';
import { findResolverFiles } from '../../api/resolver-files';
import { RESOLVERS_DIR, SCHEMA_FILE } from '../../cdk/paths';
import { tableName, type TableDefinition } from '../../infra/tables';
import { logicalIdOf, synthStack } from './support/synth';

const FIXTURE_RESOLVERS = join(import.meta.dirname, 'fixtures', 'resolvers');
const JS_RUNTIME = { Name: 'APPSYNC_JS', RuntimeVersion: '1.0.0' };
const DAY_SECONDS = 24 * 60 * 60;

const DATA_SOURCE_TYPES: Record<DataSourceDefinition['kind'], string> = {
  DYNAMODB: 'AMAZON_DYNAMODB',
  LAMBDA: 'AWS_LAMBDA',
  NONE: 'NONE',
};

describe('ApiConstruct', () => {
  let template: Template;
  let fixture: Template;
  const tableId = (table: TableDefinition) => logicalIdOf(template, 'AWS::DynamoDB::Table', { TableName: tableName('dev', table) });
  const lambdaId = (id: string) => logicalIdOf(template, 'AWS::Lambda::Function', { FunctionName: `takuhai-dev-${id}` });

  beforeAll(() => {
    // Act: the repository's resolvers, and a fixture pipeline that the repository lacks yet.
    template = synthStack('dev').template;
    fixture = synthStack('dev', { resolversDir: FIXTURE_RESOLVERS }).template;
  });

  it('authorizes with the user pool by default, API keys, IAM and the partners` Lambda authorizer besides', () => {
    // Prepare
    const userPoolId = Object.keys(template.findResources('AWS::Cognito::UserPool'))[0];
    const authorizer = lambdaId('partnerAuthorizer');

    // Assess
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      AuthenticationType: 'AMAZON_COGNITO_USER_POOLS',
      UserPoolConfig: { UserPoolId: { Ref: userPoolId }, DefaultAction: 'ALLOW' },
      AdditionalAuthenticationProviders: Match.arrayEquals([
        { AuthenticationType: 'API_KEY' },
        { AuthenticationType: 'AWS_IAM' },
        // Never cached: a revoked or expired partner key is refused on its next call.
        { AuthenticationType: 'AWS_LAMBDA', LambdaAuthorizerConfig: { AuthorizerUri: { 'Fn::GetAtt': [authorizer, 'Arn'] }, AuthorizerResultTtlInSeconds: 0 } },
      ]),
    });
  });

  it('lets AppSync, and only AppSync, invoke the authorizer', () => {
    // Prepare
    const authorizer = lambdaId('partnerAuthorizer');

    // Assess
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [authorizer, 'Arn'] },
      Principal: 'appsync.amazonaws.com',
    });
  });

  it('logs field errors through a role and traces with X-Ray', () => {
    // Assess
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      LogConfig: { FieldLogLevel: 'ERROR', CloudWatchLogsRoleArn: Match.objectLike({ 'Fn::GetAtt': Match.anyValue() }) },
      XrayEnabled: true,
    });
  });

  it('issues an API key that expires in about a year', () => {
    // Prepare
    const now = Math.floor(Date.now() / 1000);

    // Act
    const [key] = Object.values(template.findResources('AWS::AppSync::ApiKey')) as { Properties: { Expires: number } }[];

    // Assess
    expect(key?.Properties.Expires).toBeGreaterThan(now + 364 * DAY_SECONDS);
    // CDK rounds the expiry to the nearest second.
    expect(key?.Properties.Expires).toBeLessThanOrEqual(now + 365 * DAY_SECONDS + 1);
  });

  it('deploys schema/schema.graphql as it is', () => {
    // Assess
    template.hasResourceProperties('AWS::AppSync::GraphQLSchema', { Definition: readFileSync(SCHEMA_FILE, 'utf8') });
  });

  it.each(Object.entries(dataSources))('has the data source %s of the manifest, wired to its target', (name, definition: DataSourceDefinition) => {
    // Prepare
    const target = (() => {
      switch (definition.kind) {
        case 'DYNAMODB':
          return { DynamoDBConfig: Match.objectLike({ TableName: { Ref: tableId(definition.table) } }) };
        case 'LAMBDA':
          return { LambdaConfig: { LambdaFunctionArn: { 'Fn::GetAtt': [lambdaId(definition.functionId), 'Arn'] } } };
        case 'NONE':
          return {};
      }
    })();

    // Assess
    template.hasResourceProperties('AWS::AppSync::DataSource', { Name: name, Type: DATA_SOURCE_TYPES[definition.kind], ...target });
  });

  it('has exactly one resolver per resolver file', () => {
    // Assess
    template.resourceCountIs('AWS::AppSync::Resolver', findResolverFiles(RESOLVERS_DIR).length);
  });

  it.each(findResolverFiles(RESOLVERS_DIR).map((file) => [`${file.typeName}.${file.fieldName}`, file] as const))(
    'attaches %s with its bundled APPSYNC_JS code and data source',
    (_name, file) => {
      // Prepare
      const expected = { TypeName: file.typeName, FieldName: file.fieldName, Runtime: JS_RUNTIME, Code: bundleResolver(file.file) };

      // Assess
      if (file.kind === 'UNIT') {
        template.hasResourceProperties('AWS::AppSync::Resolver', { ...expected, Kind: 'UNIT', DataSourceName: file.dataSource });
      } else {
        template.hasResourceProperties('AWS::AppSync::Resolver', { ...expected, Kind: 'PIPELINE' });
      }
    },
  );

  it('builds a pipeline resolver from its folder, one function per numbered file, in order', () => {
    // Prepare
    const [pipeline] = findResolverFiles(FIXTURE_RESOLVERS);
    if (pipeline?.kind !== 'PIPELINE') return expect.fail('the fixture is a pipeline');
    const functionIds = pipeline.functions.map((step, index) =>
      logicalIdOf(fixture, 'AWS::AppSync::FunctionConfiguration', {
        Name: `Query_task_${index + 1}`,
        DataSourceName: step.dataSource,
        Runtime: JS_RUNTIME,
        Code: bundleResolver(step.file),
      }),
    );

    // Assess
    expect(functionIds).toHaveLength(2);
    fixture.hasResourceProperties('AWS::AppSync::Resolver', {
      TypeName: 'Query',
      FieldName: 'task',
      Kind: 'PIPELINE',
      Runtime: JS_RUNTIME,
      Code: bundleResolver(pipeline.file),
      PipelineConfig: { Functions: functionIds.map((id) => ({ 'Fn::GetAtt': [id, 'FunctionId'] })) },
    });
  });

  it('fails the synth when a resolver file names a field the schema lacks', () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'takuhai-resolvers-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'Query.nope.[none].ts'), 'export function request() { return {}; }\n');

    // Act
    const act = () => synthStack('dev', { resolversDir: dir });

    // Assess
    expect(act).toThrow(/Query\.nope\.\[none\]\.ts: type Query has no field nope/);
  });
});
