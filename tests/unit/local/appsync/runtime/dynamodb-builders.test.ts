import { describe, expect, it } from 'vitest';
import { get, put, query, remove, scan, sync } from '../../../../../local/appsync/runtime/dynamodb-builders';

describe('DynamoDB item builders', () => {
  it('get types the key and adds nothing that was not asked for', () => {
    // Prepare
    const payload = { key: { id: '1' } };

    // Act
    const request = get(payload);

    // Assess
    expect(request).toStrictEqual({ operation: 'GetItem', key: { id: { S: '1' } } });
  });

  it('get passes consistentRead and renders a projection with nested paths', () => {
    // Prepare
    const payload = { key: { pk: 'u#1', sk: 7 }, consistentRead: true, projection: ['name', 'address.city', 'tags[0]'] };

    // Act
    const request = get(payload);

    // Assess
    expect(request).toStrictEqual({
      operation: 'GetItem',
      key: { pk: { S: 'u#1' }, sk: { N: 7 } },
      consistentRead: true,
      projection: {
        expression: '#name, #address.#city, #tags[0]',
        expressionNames: { '#name': 'name', '#address': 'address', '#city': 'city', '#tags': 'tags' },
      },
    });
  });

  it('query renders the key condition and the filter, leaving out options given as null', () => {
    // Prepare
    const payload = {
      query: { userId: { eq: 'u' }, createdAt: { between: ['a', 'b'] as [string, string] } },
      filter: { status: { eq: 'OPEN' } },
      index: 'byUser',
      limit: 10,
      nextToken: null,
      scanIndexForward: false,
    };

    // Act
    const request = query(payload);

    // Assess
    expect(request).toStrictEqual({
      operation: 'Query',
      query: {
        expression: '#userId = :userId_eq AND #createdAt BETWEEN :createdAt_between_start AND :createdAt_between_end',
        expressionNames: { '#userId': 'userId', '#createdAt': 'createdAt' },
        expressionValues: {
          ':userId_eq': { S: 'u' },
          ':createdAt_between_start': { S: 'a' },
          ':createdAt_between_end': { S: 'b' },
        },
      },
      index: 'byUser',
      limit: 10,
      scanIndexForward: false,
      filter: {
        expression: '(#status = :status_eq)',
        expressionNames: { '#status': 'status' },
        expressionValues: { ':status_eq': { S: 'OPEN' } },
      },
    });
  });

  it('query writes beginsWith as a key condition function', () => {
    // Prepare
    const payload = { query: { pk: { eq: 'HUB#1' }, sk: { beginsWith: 'NODE#' } } };

    // Act
    const request = query(payload);

    // Assess
    expect(request.query.expression).toBe('#pk = :pk_eq AND begins_with(#sk, :sk_beginsWith)');
  });

  it('query refuses an operator DynamoDB does not allow in a key condition', () => {
    // Prepare
    const payload = { query: { userId: { ne: 'u' } } };

    // Act
    const act = () => query(payload);

    // Assess
    expect(act).toThrow(/operator ne is not allowed in a key condition/);
  });

  it('put types key and item and renders the condition without an empty value map', () => {
    // Prepare
    const payload = { key: { id: 'n1' }, item: { name: 'Box', slots: 2, open: false }, condition: { id: { attributeExists: false } } };

    // Act
    const request = put<{ id: string; name: string; slots: number; open: boolean }>(payload);

    // Assess
    expect(request).toStrictEqual({
      operation: 'PutItem',
      key: { id: { S: 'n1' } },
      attributeValues: { name: { S: 'Box' }, slots: { N: 2 }, open: { BOOL: false } },
      condition: { expression: '(attribute_not_exists(#id))', expressionNames: { '#id': 'id' } },
    });
  });

  it('remove passes the versioning options through', () => {
    // Prepare
    const payload = { key: { id: 'n1' }, condition: { owner: { eq: 'me' } }, _version: 3, customPartitionKey: 'pk' };

    // Act
    const request = remove(payload);

    // Assess
    expect(request).toStrictEqual({
      operation: 'DeleteItem',
      key: { id: { S: 'n1' } },
      condition: { expression: '(#owner = :owner_eq)', expressionNames: { '#owner': 'owner' }, expressionValues: { ':owner_eq': { S: 'me' } } },
      customPartitionKey: 'pk',
      _version: 3,
    });
  });

  it('scan and sync carry their own options and filters', () => {
    // Prepare
    const scanPayload = { limit: 20, totalSegments: 4, segment: 1, filter: { done: { eq: true } } };
    const syncPayload = { limit: 100, lastSync: 1_700_000_000_000, filter: {} };

    // Act
    const scanRequest = scan(scanPayload);
    const syncRequest = sync(syncPayload);

    // Assess
    expect(scanRequest).toStrictEqual({
      operation: 'Scan', limit: 20, totalSegments: 4, segment: 1,
      filter: { expression: '(#done = :done_eq)', expressionNames: { '#done': 'done' }, expressionValues: { ':done_eq': { BOOL: true } } },
    });
    expect(syncRequest).toStrictEqual({ operation: 'Sync', limit: 100, lastSync: 1_700_000_000_000 });
  });

  it('refuses a filter that util.transform cannot render', () => {
    // Prepare
    const payload = { filter: { status: 'OPEN' } };

    // Act
    const act = () => scan(payload as never);

    // Assess
    expect(act).toThrow('scan filter: not a valid DynamoDB filter object');
  });
});
