import { BatchWriteItemCommand, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { canonicalItem, toPlainItem, type SdkItem } from './dynamodb-attribute-values';
import {
  batchLimits,
  groupByTable,
  planBatchCalls,
  readBatchTables,
  toBatchEntries,
  type BatchEntry,
} from './dynamodb-batch-plan';
import type { DynamoDbOperation, DynamoDbOperationContext } from './dynamodb-operation-context';
import type { RequestObject } from './dynamodb-request-fields';

type PlainItems = Record<string, (Record<string, unknown> | null)[]>;
type UnprocessedList = Record<string, Record<string, unknown>[]>;

interface WriteKind {
  operation: 'BatchPutItem' | 'BatchDeleteItem';
  toRequest: (value: SdkItem) => WriteRequest;
  /** The key or item DynamoDB hands back for a write it did not process. */
  fromRequest: (request: WriteRequest) => SdkItem | undefined;
}

const putKind: WriteKind = {
  operation: 'BatchPutItem',
  toRequest: (item) => ({ PutRequest: { Item: item } }),
  fromRequest: (request) => request.PutRequest?.Item,
};

const deleteKind: WriteKind = {
  operation: 'BatchDeleteItem',
  toRequest: (key) => ({ DeleteRequest: { Key: key } }),
  fromRequest: (request) => request.DeleteRequest?.Key,
};

/**
 * Runs a batch of puts or deletes. Per table, `data` lists each item or key in request order,
 * null where DynamoDB did not process it; those are listed as plain JSON in `unprocessed`.
 */
async function writeBatch(kind: WriteKind, request: RequestObject, context: DynamoDbOperationContext) {
  const data: PlainItems = {};
  const unprocessed: UnprocessedList = {};
  const entries: BatchEntry[] = [];
  for (const [table, values] of readBatchTables(request)) {
    const tableEntries = toBatchEntries(table, values, `$[tables][${table}]`);
    data[table] = tableEntries.map((entry) => toPlainItem(entry.value));
    unprocessed[table] = [];
    entries.push(...tableEntries);
  }
  const limit = batchLimits.write;
  for (const call of planBatchCalls(entries, limit, kind.operation, context.chunkOversizedBatches)) {
    const output = await context.client.send(
      new BatchWriteItemCommand({ RequestItems: groupByTable(call, (entry) => kind.toRequest(entry.value)) })
    );
    for (const [table, requests] of Object.entries(output.UnprocessedItems ?? {})) {
      const left = new Set(requests.map(kind.fromRequest).flatMap((value) => (value ? [canonicalItem(value)] : [])));
      for (const entry of call) {
        if (entry.table !== table || !left.has(canonicalItem(entry.value))) continue;
        const tableData = data[table];
        if (tableData) tableData[entry.position] = null;
        unprocessed[table]?.push(toPlainItem(entry.value));
      }
    }
  }
  return { data, unprocessed };
}

/** BatchPutItem -> `{ data, unprocessedItems }`. */
export const batchPutItem: DynamoDbOperation = async (request, context) => {
  const { data, unprocessed } = await writeBatch(putKind, request, context);
  return { data, unprocessedItems: unprocessed };
};

/** BatchDeleteItem -> `{ data, unprocessedKeys }`; `data` holds the keys deleted. */
export const batchDeleteItem: DynamoDbOperation = async (request, context) => {
  const { data, unprocessed } = await writeBatch(deleteKind, request, context);
  return { data, unprocessedKeys: unprocessed };
};
