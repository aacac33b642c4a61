import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { bundleResolver } from '../../api/bundle-resolver';
import { dataSources, type DataSourceId } from '../../api/manifest';
import { findResolverFiles } from '../../api/resolver-files';
import type { DataSourceInvoker } from '../appsync/data-sources/data-source';
import { createDynamoDbDataSource } from '../appsync/data-sources/dynamodb.data-source';
import { createLambdaDataSource } from '../appsync/data-sources/lambda.data-source';
import { createNoneDataSource } from '../appsync/data-sources/none.data-source';
import type { ResolverDefinition } from '../appsync/engine/resolver-definition';
import { LOCAL_REGION } from './aws-clients';
import { functionName, handlerOf } from './local-functions';

/** Every resolver of `resolvers/`, bundled exactly as the CDK app bundles it for AppSync. */
export function localResolvers(root = 'resolvers'): ResolverDefinition[] {
  return findResolverFiles(root).map((file): ResolverDefinition =>
    file.kind === 'UNIT'
      ? { kind: 'UNIT', typeName: file.typeName, fieldName: file.fieldName, dataSource: file.dataSource, code: bundleResolver(file.file) }
      : {
          kind: 'PIPELINE',
          typeName: file.typeName,
          fieldName: file.fieldName,
          code: bundleResolver(file.file),
          functions: file.functions.map((fn) => ({ name: fn.file, dataSource: fn.dataSource, code: bundleResolver(fn.file) })),
        },
  );
}

/** The data sources of api/manifest.ts over the local servers and the functions' own code. */
export function localDataSources(client: DynamoDBClient, tableNames: Record<string, string>): Record<DataSourceId, DataSourceInvoker> {
  const built = {} as Record<DataSourceId, DataSourceInvoker>;
  for (const [id, definition] of Object.entries(dataSources) as [DataSourceId, (typeof dataSources)[DataSourceId]][]) {
    if (definition.kind === 'DYNAMODB') {
      const tableName = tableNames[definition.table.id];
      if (!tableName) throw new Error(`no local table for ${definition.table.id}`);
      built[id] = createDynamoDbDataSource({ client, tableName });
    } else if (definition.kind === 'LAMBDA') {
      const functionId = definition.functionId;
      built[id] = createLambdaDataSource({ functionName: functionName(functionId), region: LOCAL_REGION, loadHandler: () => handlerOf(functionId) });
    } else {
      built[id] = createNoneDataSource();
    }
  }
  return built;
}
