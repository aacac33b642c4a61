import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { DynamoDbDataSourceError, DynamoDbErrorType } from './dynamodb.errors';
import { isRequestObject } from './dynamodb-request-fields';

/** What a nextToken is bound to: a token only continues a listing of the same table and index. */
export interface NextTokenScope {
  table: string;
  index: string | undefined;
}

/** A key attribute as it travels inside a token: key attributes are only ever S, N or B. */
type TokenKeyValue = { S: string } | { N: string } | { B: string };

interface TokenBody {
  v: 1;
  t: string;
  i: string | null;
  k: Record<string, TokenKeyValue>;
}

// AppSync's own type and message, so code that looks for them finds them locally too.
const invalidToken = () =>
  new DynamoDbDataSourceError(
    DynamoDbErrorType.invalidNextToken,
    'com.amazonaws.deepdish.common.pagination.InvalidPaginationTokenException: Invalid pagination token given.'
  );

const toTokenValue = (value: AttributeValue): TokenKeyValue => {
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.B !== undefined) return { B: Buffer.from(value.B).toString('base64') };
  throw new Error(`DynamoDB returned a LastEvaluatedKey attribute that is not S, N or B: ${JSON.stringify(value)}`);
};

const fromTokenValue = (value: unknown): AttributeValue => {
  if (!isRequestObject(value) || Object.keys(value).length !== 1) throw invalidToken();
  if (typeof value.S === 'string') return { S: value.S };
  if (typeof value.N === 'string') return { N: value.N };
  if (typeof value.B === 'string') return { B: Buffer.from(value.B, 'base64') };
  throw invalidToken();
};

/**
 * Turns DynamoDB's `LastEvaluatedKey` into an opaque token (base64url of JSON), or `null` when
 * there is no further page, as AppSync returns `nextToken: null` on the last page.
 */
export function encodeNextToken(
  lastEvaluatedKey: Record<string, AttributeValue> | undefined,
  scope: NextTokenScope
): string | null {
  if (lastEvaluatedKey === undefined || Object.keys(lastEvaluatedKey).length === 0) return null;
  const key = Object.fromEntries(Object.entries(lastEvaluatedKey).map(([name, value]) => [name, toTokenValue(value)]));
  const body: TokenBody = { v: 1, t: scope.table, i: scope.index ?? null, k: key };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

/**
 * The `ExclusiveStartKey` a token stands for, `undefined` for the first page. A token that is
 * not one of ours, or that was made for another table or index, fails as AppSync fails it.
 */
export function decodeNextToken(
  token: string | undefined,
  scope: NextTokenScope
): Record<string, AttributeValue> | undefined {
  if (token === undefined) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidToken();
  }
  if (!isRequestObject(body) || body.v !== 1 || !isRequestObject(body.k)) throw invalidToken();
  if (body.t !== scope.table || body.i !== (scope.index ?? null)) throw invalidToken();
  const entries = Object.entries(body.k);
  if (entries.length === 0) throw invalidToken();
  return Object.fromEntries(entries.map(([name, value]) => [name, fromTokenValue(value)]));
}
