import { BatchGetItemCommand, type KeysAndAttributes } from '@aws-sdk/client-dynamodb';
import { canonicalItem, toPlainItem, type SdkItem } from './dynamodb-attribute-values';
import { batchLimits, planBatchCalls, readBatchTables, toBatchEntries, type BatchEntry } from './dynamodb-batch-plan';
import { ExpressionAttributes, projectedTopLevelNames } from './dynamodb-expressions';
import type { DynamoDbOperation } from './dynamodb-operation-context';
import { isRequestObject, readOptional, readOptionalExpression } from './dynamodb-request-fields';

/** `ctx.result` of BatchGetItem: per table, one item or null for each key, in request order. */
export interface BatchGetResult {
  data: Record<string, (Record<string, unknown> | null)[]>;
  unprocessedKeys: Record<string, Record<string, unknown>[]>;
}

/** How one table is read: everything but the keys, plus the key attributes added for matching. */
interface TableRead {
  options: Omit<KeysAndAttributes, 'Keys'>;
  keyNames: string[];
  /** Key attributes not asked for by the projection; removed again from the results. */
  addedNames: string[];
}

// DynamoDB answers in any order, so results are matched to keys by value; a projection that
// leaves out the key attributes would make that impossible, so they are added to it.
function readTable(spec: unknown, entries: BatchEntry[]): TableRead {
  const section = isRequestObject(spec) ? spec : {};
  const keyNames = [...new Set(entries.flatMap((entry) => Object.keys(entry.value)))];
  const projection = readOptionalExpression(section, 'projection');
  const options: Omit<KeysAndAttributes, 'Keys'> = {
    ConsistentRead: readOptional(section, 'consistentRead', 'boolean'),
  };
  if (projection === undefined) return { options, keyNames, addedNames: [] };
  const attributes = new ExpressionAttributes();
  const requested = projectedTopLevelNames(projection);
  const addedNames = keyNames.filter((name) => !requested.has(name));
  const paths = [attributes.add(projection, 'projection')];
  addedNames.forEach((name, index) => {
    const placeholder = `#batchKey${index}`;
    paths.push(attributes.add({ expression: placeholder, expressionNames: { [placeholder]: name } }, 'key'));
  });
  const { ExpressionAttributeNames } = attributes.toInput();
  return {
    options: { ...options, ProjectionExpression: paths.join(', '), ExpressionAttributeNames },
    keyNames,
    addedNames,
  };
}

const without = (item: SdkItem, names: string[]) =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !names.includes(name))) as SdkItem;

/**
 * BatchGetItem -> `{ data, unprocessedKeys }`. A key without an item, or one DynamoDB left
 * unprocessed, is null in `data`; the unprocessed keys are listed as plain JSON, as on AppSync.
 */
export const batchGetItem: DynamoDbOperation = async (request, { client, chunkOversizedBatches }) => {
  const result: BatchGetResult = { data: {}, unprocessedKeys: {} };
  const reads = new Map<string, TableRead>();
  const entries: BatchEntry[] = [];
  for (const [table, spec] of readBatchTables(request)) {
    const keys = Array.isArray(spec) ? spec : isRequestObject(spec) ? spec.keys : undefined;
    const tableEntries = toBatchEntries(table, keys, `$[tables][${table}][keys]`);
    reads.set(table, readTable(spec, tableEntries));
    result.data[table] = tableEntries.map(() => null);
    result.unprocessedKeys[table] = [];
    entries.push(...tableEntries);
  }
  for (const call of planBatchCalls(entries, batchLimits.get, 'BatchGetItem', chunkOversizedBatches)) {
    const positions = new Map<string, number>();
    const requestItems: Record<string, KeysAndAttributes> = {};
    for (const entry of call) {
      const read = reads.get(entry.table);
      if (read === undefined) continue;
      positions.set(`${entry.table}\n${canonicalItem(entry.value, read.keyNames)}`, entry.position);
      const tableItems = (requestItems[entry.table] ??= { ...read.options, Keys: [] });
      tableItems.Keys?.push(entry.value);
    }
    const output = await client.send(new BatchGetItemCommand({ RequestItems: requestItems }));
    for (const [table, items] of Object.entries(output.Responses ?? {})) {
      const read = reads.get(table);
      const data = result.data[table];
      if (read === undefined || data === undefined) continue;
      for (const item of items) {
        const position = positions.get(`${table}\n${canonicalItem(item, read.keyNames)}`);
        if (position !== undefined) data[position] = toPlainItem(without(item, read.addedNames));
      }
    }
    for (const [table, unprocessed] of Object.entries(output.UnprocessedKeys ?? {})) {
      result.unprocessedKeys[table]?.push(...(unprocessed.Keys ?? []).map((key) => toPlainItem(key)));
    }
  }
  return result;
};
