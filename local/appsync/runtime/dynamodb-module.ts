import type * as DynamoDBHelpers from '@aws-appsync/utils/lib/dynamodb-helpers';
import { batchDelete, batchGet, batchPut, transactGet, transactWrite } from './dynamodb-batch-builders';
import { get, put, query, remove, scan, sync, update } from './dynamodb-builders';
import { operations } from './dynamodb-update';
import { asSetValue } from './dynamodb-values';

/** `toStringSet` of the module (as opposed to `util.dynamodb`'s): `{ SS: [...] }`. */
export function toStringSet(list: string[]): { SS: string[] } {
  return asSetValue({ SS: [...list] });
}

/** `toNumberSet` of the module: its d.ts documents the numbers as strings, `{ NS: ['1'] }`. */
export function toNumberSet(numbers: number[]): { NS: string[] } {
  return asSetValue({ NS: numbers.map(String) });
}

/** `toBinarySet` of the module: `{ BS: [...] }` of base64 strings. */
export function toBinarySet(values: string[]): { BS: string[] } {
  return asSetValue({ BS: [...values] });
}

/**
 * What `@aws-appsync/utils/dynamodb` resolves to for resolver code. It holds no state, so one
 * module serves every invocation. Its prototype is null so that esbuild's ESM interop, which
 * copies the prototype, creates nothing from this realm inside the resolver's context.
 */
export const dynamodbModule = Object.freeze(
  Object.assign(Object.create(null) as object, {
    get, put, remove, update, query, scan, sync,
    batchGet, batchPut, batchDelete, transactGet, transactWrite,
    toStringSet, toNumberSet, toBinarySet, operations,
  } satisfies Record<keyof typeof DynamoDBHelpers, unknown>),
);
