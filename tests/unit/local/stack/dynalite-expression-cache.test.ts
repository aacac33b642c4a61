import { CreateTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand, UpdateItemCommand, type UpdateItemCommandInput } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { createRequire } from 'node:module';
import type { AddressInfo, Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDynaliteExpressions, withExpressionCache, type ExpressionParser, type ParseContext } from '../../../../local/stack/dynalite-expression-cache';

type Values = NonNullable<ParseContext['attrVals']>;

const load = createRequire(import.meta.url);
const conditionParser = load('dynalite/db/conditionParser') as ExpressionParser;
const updateParser = load('dynalite/db/updateParser') as ExpressionParser;
const { compare } = load('dynalite/db') as { compare: unknown };

/** A cached copy of one of dynalite's parsers, counting the parses that reach it. */
function cachedParser(real: ExpressionParser) {
  const parser = {
    parses: 0,
    parse(input: string, options: { context: ParseContext }) {
      parser.parses += 1;
      return real.parse(input, options);
    },
  };
  withExpressionCache(parser);
  return parser;
}

/** The context dynalite's validation gives its parsers for one request. */
function contextOf(values: Values, names: Record<string, string> = {}): ParseContext {
  const used = (keys: string[]) => Object.fromEntries(keys.map((key) => [key, true]));
  return { attrNames: names, attrVals: values, unusedAttrNames: used(Object.keys(names)), unusedAttrVals: used(Object.keys(values)), isReserved: () => false, compare } as ParseContext;
}

/** Every object a parse holds. */
function objectsIn(node: unknown, found = new Set<unknown>()): Set<unknown> {
  if (node === null || typeof node !== 'object' || found.has(node)) return found;
  found.add(node);
  for (const child of Object.values(node)) objectsIn(child, found);
  return found;
}

const STATE_CONDITION = 'hubId = :hubId AND (attribute_not_exists(lastEventAt) OR lastEventAt <= :last)';
const stateValues = (last: string): Values => ({ ':hubId': { S: 'hub-1' }, ':last': { S: last } });

describe("dynalite's expression parses kept (local/stack/dynalite-expression-cache.ts)", () => {
  it('parses an expression met before once more to check the copy, then hands out copies holding each request`s own values', () => {
    // Prepare
    const parser = cachedParser(conditionParser);
    const requests = ['2026-01-01T00:00:01Z', '2026-01-01T00:00:02Z', '2026-01-01T00:00:03Z', '2026-01-01T00:00:04Z'].map((last) => contextOf(stateValues(last)));

    // Act
    const parsed = requests.map((context) => parser.parse(STATE_CONDITION, { context }));

    // Assess
    expect(parser.parses).toBe(2);
    const last = requests[3] as ParseContext;
    expect(parsed[3]).toEqual(conditionParser.parse(STATE_CONDITION, { context: contextOf(stateValues('2026-01-01T00:00:04Z')) }));
    expect(objectsIn(parsed[3]).has(last.attrVals?.[':last'])).toBe(true);
    expect(objectsIn(parsed[3]).has(requests[2]?.attrVals?.[':last'])).toBe(false);
    expect([last.unusedAttrNames, last.unusedAttrVals]).toEqual([{}, {}]);
  });

  it('parses again when a placeholder stands for another name or a value of another type', () => {
    // Prepare
    const parser = cachedParser(updateParser);
    const expression = 'SET #state = :value';
    const asString = () => contextOf({ ':value': { S: 'open' } }, { '#state': 'lockState' });

    // Act
    for (let round = 0; round < 3; round++) parser.parse(expression, { context: asString() });
    const parsesBefore = parser.parses;
    const asNumber = parser.parse(expression, { context: contextOf({ ':value': { N: '1' } }, { '#state': 'lockState' }) });
    const otherName = parser.parse(expression, { context: contextOf({ ':value': { S: 'open' } }, { '#state': 'occupied' }) });

    // Assess
    expect(parsesBefore).toBe(2);
    expect(parser.parses).toBe(4);
    expect(asNumber).toMatchObject({ sections: [{ type: 'set', path: ['lockState'], attrType: 'N' }] });
    expect(otherName).toMatchObject({ sections: [{ type: 'set', path: ['occupied'], attrType: 'S' }] });
  });

  it('never keeps a parse that failed, nor a BETWEEN, whose bounds dynalite compares by value', () => {
    // Prepare
    const parser = cachedParser(conditionParser);
    const between = 'n BETWEEN :low AND :high';
    const bounds = (low: string, high: string) => contextOf({ ':low': { N: low }, ':high': { N: high } });

    // Act
    const fine = [1, 2, 3].map(() => parser.parse(between, { context: bounds('1', '9') }));
    const reversed = parser.parse(between, { context: bounds('9', '1') });
    const undefinedValue = [1, 2, 3].map(() => parser.parse('n = :missing', { context: contextOf({}) }));

    // Assess
    expect(parser.parses).toBe(7);
    expect(fine.every((parse) => typeof parse === 'object')).toBe(true);
    expect(reversed).toMatch(/upper bound to be greater than or equal to lower bound/);
    expect(undefinedValue.every((parse) => typeof parse === 'string')).toBe(true);
  });

  describe('in dynalite, as the stack runs it', () => {
    cacheDynaliteExpressions();
    const server: Server = dynalite({ createTableMs: 0 });
    let client: DynamoDBClient;
    afterAll(async () => {
      client?.destroy();
      await new Promise((resolve) => server.close(resolve));
    });

    async function devicesTable(): Promise<DynamoDBClient> {
      const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
      client = new DynamoDBClient({ endpoint: `http://127.0.0.1:${port}`, region: 'ap-northeast-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
      await client.send(
        new CreateTableCommand({ TableName: 'devices', BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: [{ AttributeName: 'deviceId', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'deviceId', KeyType: 'HASH' }] }),
      );
      await client.send(new PutItemCommand({ TableName: 'devices', Item: { deviceId: { S: 'box-1' }, hubId: { S: 'hub-1' } } }));
      return client;
    }

    /** A box state write as infra/dynamodb/dynamodb-device-state.repository.ts makes it. */
    const stateWrite = (hubId: string, last: string, occupied: boolean): UpdateItemCommandInput => ({
      TableName: 'devices',
      Key: { deviceId: { S: 'box-1' } },
      UpdateExpression: 'SET lastEventAt = :last, #occupied = :occupied',
      ConditionExpression: STATE_CONDITION,
      ExpressionAttributeNames: { '#occupied': 'occupied' },
      ExpressionAttributeValues: { ':hubId': { S: hubId }, ':last': { S: last }, ':occupied': { BOOL: occupied } },
    });
    const outcome = (input: UpdateItemCommandInput) => client.send(new UpdateItemCommand(input)).then(
      () => 'written',
      (error: Error) => `${error.name}: ${error.message}`,
    );

    it('writes newer states, refuses older ones and another hub`s, and still refuses an unused value or a wrong type', async () => {
      // Prepare
      await devicesTable();
      const seconds = [1, 2, 3, 4, 5].map((second) => `2026-01-01T00:00:0${second}Z`);

      // Act
      const newer = [];
      for (const [index, last] of seconds.entries()) newer.push(await outcome(stateWrite('hub-1', last, index % 2 === 0)));
      const older = await outcome(stateWrite('hub-1', '2026-01-01T00:00:02Z', false));
      const otherHub = await outcome(stateWrite('hub-2', '2026-01-01T00:00:09Z', false));
      const unusedValue = await outcome({ ...stateWrite('hub-1', '2026-01-01T00:00:09Z', false), ExpressionAttributeValues: { ...stateWrite('hub-1', '2026-01-01T00:00:09Z', false).ExpressionAttributeValues, ':spare': { S: 'x' } } });
      const counter = (value: { N: string } | { S: string }) => outcome({ TableName: 'devices', Key: { deviceId: { S: 'box-1' } }, UpdateExpression: 'ADD opened :one', ExpressionAttributeValues: { ':one': value } });
      const counted = [await counter({ N: '1' }), await counter({ N: '1' }), await counter({ N: '1' })];
      const wrongType = await counter({ S: '1' });
      const item = await client.send(new GetItemCommand({ TableName: 'devices', Key: { deviceId: { S: 'box-1' } }, ConsistentRead: true }));

      // Assess
      expect(newer).toEqual(['written', 'written', 'written', 'written', 'written']);
      expect(older).toMatch(/^ConditionalCheckFailedException/);
      expect(otherHub).toMatch(/^ConditionalCheckFailedException/);
      expect(unusedValue).toMatch(/^ValidationException: Value provided in ExpressionAttributeValues unused in expressions: keys: \{:spare\}/);
      expect(counted).toEqual(['written', 'written', 'written']);
      expect(wrongType).toMatch(/^ValidationException: Invalid UpdateExpression: Incorrect operand type for operator or function/);
      expect(item.Item).toEqual({ deviceId: { S: 'box-1' }, hubId: { S: 'hub-1' }, lastEventAt: { S: '2026-01-01T00:00:05Z' }, occupied: { BOOL: true }, opened: { N: '3' } });
    });
  });
});
