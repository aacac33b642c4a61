import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventSourceMappings, functions, streamName, type FunctionDefinition } from '../../api/manifest';
import { SETTINGS } from '../../infra/settings';
import { tableName, tables } from '../../infra/tables';
import { logicalIdOf, referencedIds, synthStack, TEST_COMMIT, type Synthesized } from './support/synth';

interface Resource {
  readonly Properties: Record<string, unknown>;
}
interface Statement {
  readonly Action: string | string[];
  readonly Resource: unknown;
}

const manifest = Object.entries(functions) as [string, FunctionDefinition][];

describe('TakuhaiStack (dev)', () => {
  let synthesized: Synthesized;
  let template: Template;
  const resource = (id: string): Resource => template.toJSON().Resources[id] as Resource;
  const functionId = (id: string) => logicalIdOf(template, 'AWS::Lambda::Function', { FunctionName: `takuhai-dev-${id}` });
  const tableId = (id: string) => {
    const table = tables.find((definition) => definition.id === id) ?? expect.fail(`no table ${id}`);
    return logicalIdOf(template, 'AWS::DynamoDB::Table', { TableName: tableName('dev', table) });
  };
  const userPoolId = () => Object.keys(template.findResources('AWS::Cognito::UserPool'))[0] ?? expect.fail('no user pool');
  const apiId = () => Object.keys(template.findResources('AWS::AppSync::GraphQLApi'))[0] ?? expect.fail('no API');
  /** What an event source mapping grants the function it feeds: read its stream, send to its failure queue. */
  const mappingGrants = (id: string) =>
    Object.values(eventSourceMappings)
      .filter((mapping) => mapping.functionId === id)
      .flatMap((mapping) => [logicalIdOf(template, 'AWS::Kinesis::Stream', { Name: streamName('dev', mapping.stream) }), Object.keys(template.findResources('AWS::SQS::Queue'))[0] ?? expect.fail('no queue')]);

  /** Every statement of every policy attached to the function's role. */
  function statementsOf(lambdaId: string): Statement[] {
    const [roleId] = referencedIds(resource(lambdaId).Properties.Role);
    const policies = Object.values(template.findResources('AWS::IAM::Policy')) as Resource[];
    return policies
      .filter((policy) => referencedIds(policy.Properties.Roles).includes(roleId ?? ''))
      .flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  }

  // 21 bundles with the AWS SDK in each: minutes on a machine shared with other work.
  const BUNDLING_TIMEOUT_MS = 600_000;

  beforeAll(() => {
    // Act: the one synth of this suite that bundles the functions, as `cdk synth` does.
    synthesized = synthStack('dev', { bundle: true });
    template = synthesized.template;
  }, BUNDLING_TIMEOUT_MS);

  /** Where the synth put the function's bundle. */
  function bundleOf(id: string): string {
    const { S3Key } = resource(functionId(id)).Properties.Code as { S3Key: string };
    return join(synthesized.outdir, `asset.${S3Key.replace(/\.zip$/, '')}`, 'index.mjs');
  }

  it.each(manifest)('bundles %s as a minified ES module with its source map', (id) => {
    // Prepare
    const bundle = bundleOf(id);

    // Act
    const code = readFileSync(bundle, 'utf8');

    // Assess
    expect(resource(functionId(id)).Properties.Handler).toBe('index.handler');
    expect(existsSync(`${bundle}.map`)).toBe(true);
    expect(code).toMatch(/^import\s*\{\s*createRequire\s*\}/);
    expect(code).toMatch(/export\s*\{[^}]*\bhandler\b/);
  });

  it.each(manifest)('leaves out of %s the SDK code Lambda never runs (cdk/lambda-bundling.ts)', (id) => {
    // Prepare: the source map names every file the bundle holds.
    const { sources } = JSON.parse(readFileSync(`${bundleOf(id)}.map`, 'utf8')) as { sources: string[] };
    const neverRun = /node_modules\/(@aws-sdk\/credential-provider-(?!env\/)|@aws-sdk\/nested-clients\/|@smithy\/core\/dist-es\/submodules\/event-streams\/|@aws-crypto\/sha256-js\/|mnemonist\/|obliterator\/)/;

    // Act
    const leftIn = sources.filter((source) => neverRun.test(source));

    // Assess
    expect(leftIn).toEqual([]);
    expect(sources.some((source) => source.endsWith('cdk/lambda-credentials.ts'))).toBe(true);
    const callsDynamoDb = sources.some((source) => source.includes('node_modules/@aws-sdk/client-dynamodb/'));
    expect(sources.some((source) => source.endsWith('cdk/lambda-lru-cache.ts'))).toBe(callsDynamoDb);
  });

  it.each(manifest)('keeps %s under 250 KB, the size issue 9 sets (esbuild, then terser: cdk/compress-bundle.ts)', (id) => {
    // Act
    const { size } = statSync(bundleOf(id));

    // Assess
    expect(size).toBeLessThan(250 * 1024);
  });

  it.each(manifest)('leaves out of %s the schemas of SDK operations no function calls (cdk/sdk-schema-keys.ts)', (id) => {
    // Act
    const code = readFileSync(bundleOf(id), 'utf8');

    // Assess: the path of IoT's ListAuditFindings, which the registration functions' bundles held.
    expect(code).not.toContain('/audit/findings');
  });

  it.each(manifest)('runs %s on Node 22 and arm64', (id) => {
    // Assess
    expect(resource(functionId(id)).Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'] });
  });

  it.each(manifest)('gives %s exactly the settings it reads, with their values', (id, definition) => {
    // Prepare
    const values: Record<string, unknown> = {
      [SETTINGS.stage]: 'dev',
      [SETTINGS.commitId]: TEST_COMMIT,
      [SETTINGS.userPoolId]: { Ref: userPoolId() },
      [SETTINGS.fleetPolicyName]: 'takuhai-dev-fleet',
      [SETTINGS.graphqlUrl]: { 'Fn::GetAtt': [apiId(), 'GraphQLUrl'] },
      ...Object.fromEntries(tables.map((table) => [table.envVar, { Ref: tableId(table.id) }])),
    };
    const expected = Object.fromEntries(definition.settings.map((name) => [SETTINGS[name], values[SETTINGS[name]]]));

    // Act
    const environment = resource(functionId(id)).Properties.Environment as { Variables: Record<string, unknown> };

    // Assess
    // No NODE_OPTIONS: the logger maps the stacks it logs (infra/logging/source-mapped-stack.ts).
    expect(environment.Variables).toEqual(expected);
  });

  it.each(manifest)('lets %s reach only its tables, user pool, IoT and API actions', (id, definition) => {
    // Prepare
    const allowed = new Set([...(definition.access.tables ?? []).map(({ table }) => tableId(table.id))]);
    // Its own log group, written through the function's own role.
    for (const logGroup of referencedIds(resource(functionId(id)).Properties.LoggingConfig)) allowed.add(logGroup);
    if (definition.access.userPool?.length) allowed.add(userPoolId());
    if (definition.access.publishesToApi) allowed.add(apiId());
    for (const grant of mappingGrants(id)) allowed.add(grant);

    // Act
    const statements = statementsOf(functionId(id));
    const actions = statements.flatMap((statement) => [statement.Action].flat());
    const resources = statements.flatMap((statement) => [statement.Resource].flat());

    // Assess
    expect(resources).not.toContain('*');
    // Pseudo parameters (region, account, partition) only build ARNs; every other reference is a grant.
    expect(new Set(resources.flatMap(referencedIds).filter((ref) => !ref.startsWith('AWS::')))).toEqual(allowed);
    expect(actions.filter((action) => action.startsWith('cognito-idp:')).toSorted()).toEqual(
      [...(definition.access.userPool ?? []), ...(definition.access.triggeringUserPool ?? [])].toSorted(),
    );
    expect(actions.filter((action) => action.startsWith('iot:')).toSorted()).toEqual([...(definition.access.iot ?? [])].toSorted());
    expect(actions.includes('appsync:GraphQL')).toBe(Boolean(definition.access.publishesToApi));
    const streamActions = mappingGrants(id).length > 0 ? '|kinesis|sqs' : '';
    expect(actions.every((action) => new RegExp(`^(dynamodb|cognito-idp|iot|appsync|logs${streamActions}):\\w+$`).test(action))).toBe(true);
    expect(actions.filter((action) => action.startsWith('logs:')).toSorted()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    // No AWSLambdaBasicExecutionRole: it would let the function write to any log group.
    const [roleId] = referencedIds(resource(functionId(id)).Properties.Role);
    expect(resource(roleId ?? '').Properties.ManagedPolicyArns).toBeUndefined();
    // Publishing functions may call the schema's @aws_iam mutations, not every mutation.
    const apiResources = JSON.stringify(statements.filter((statement) => [statement.Action].flat().includes('appsync:GraphQL')));
    if (definition.access.publishesToApi) expect(apiResources).toMatch(/types\/Mutation\/fields\/publish/);
    expect(apiResources).not.toContain('types/Mutation/*');
    const writes = (definition.access.tables ?? []).some(({ write }) => write);
    expect(actions.includes('dynamodb:PutItem')).toBe(writes);
  });

  it('outputs what clients and the end-to-end tests need to reach the stage', () => {
    // Prepare
    const outputs = ['GraphqlUrl', 'ApiKey', 'UserPoolId', 'SpaClientId', 'MobileClientId', 'Region'];

    // Act
    const declared = Object.keys(template.findOutputs('*'));

    // Assess
    expect(declared.toSorted()).toEqual(outputs.toSorted());
    template.hasOutput('UserPoolId', { Value: { Ref: userPoolId() } });
    template.hasOutput('Region', { Value: { Ref: 'AWS::Region' } });
  });
});
