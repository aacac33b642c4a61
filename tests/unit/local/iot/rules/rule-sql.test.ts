import { describe, expect, it } from 'vitest';
import { SqlParseError } from '../../../../../local/iot/rules/sql/sql-lexer';
import { runRuleQuery, type SqlEnvironment } from '../../../../../local/iot/rules/sql/sql-evaluator';
import { parseRuleQuery } from '../../../../../local/iot/rules/sql/sql-parser';

const message: SqlEnvironment = {
  payload: { eventId: 'e1', type: 'PARCEL_DELIVERED', data: { weight: 1200, sensors: [{ door: 'open' }] }, count: '7' },
  topic: 'home/hub-1/node/box-2/events',
  clientId: 'hub-1',
  principal: 'c0ffee',
  timestamp: 1700000000123,
};
const run = (sql: string, env: SqlEnvironment = message) => runRuleQuery(parseRuleQuery(sql), env)?.value;

describe('rule SQL: SELECT', () => {
  it('passes the payload through SELECT * and adds projections with AS', () => {
    // Act
    const result = run("SELECT *, topic(4) AS nodeId, clientid() AS hubId, timestamp() AS ts, principal() AS by FROM 'home/+/node/+/events'");

    // Assess
    expect(result).toEqual({ ...(message.payload as object), nodeId: 'box-2', hubId: 'hub-1', ts: 1700000000123, by: 'c0ffee' });
  });

  it.each([
    ['a nested field named by its last part', "SELECT data.weight FROM 'home/#'", { weight: 1200 }],
    ['an array element', "SELECT data.sensors[0].door AS door FROM 'home/#'", { door: 'open' }],
    ['topic() as the whole topic', "SELECT topic() AS t FROM 'home/#'", { t: 'home/hub-1/node/box-2/events' }],
    ['a missing field left out', "SELECT nope, type FROM 'home/#'", { type: 'PARCEL_DELIVERED' }],
    ['a level past the end left out', "SELECT topic(9) AS level FROM 'home/#'", {}],
    ['functions named after themselves without AS', "SELECT clientid() FROM 'home/#'", { clientid: 'hub-1' }],
    ['lower and upper', "SELECT lower(type) AS l, upper('x') AS u FROM 'home/#'", { l: 'parcel_delivered', u: 'X' }],
  ])('projects %s', (_case, sql, expected) => {
    // Act and Assess
    expect(run(sql)).toEqual(expected);
  });

  it("answers clientid() 'n/a' for the broker's own events", () => {
    // Act and Assess
    expect(run("SELECT clientid() AS c FROM '#'", { ...message, clientId: undefined })).toEqual({ c: 'n/a' });
  });
});

describe('rule SQL: WHERE', () => {
  it.each([
    ["type = 'PARCEL_DELIVERED'", true],
    ["type <> 'PARCEL_DELIVERED'", false],
    ["type != 'BOX_OPENED'", true],
    ['data.weight > 1000 AND data.weight <= 1200', true],
    ["data.weight < 1000 OR type = 'PARCEL_DELIVERED'", true],
    ['NOT (data.weight >= 1200)', false],
    ['count = 7', true],
    ['count > 10', false],
    ['missing = 1', false],
    ["topic(2) = 'hub-1'", true],
    ["clientid() = 'hub-2'", false],
    ['data.weight = 1200.0', true],
  ])('%s is %s', (condition, matches) => {
    // Act
    const result = runRuleQuery(parseRuleQuery(`SELECT * FROM 'home/#' WHERE ${condition}`), message);

    // Assess
    expect(result !== undefined).toBe(matches);
  });
});

describe('rule SQL: parse errors', () => {
  it.each([
    ["SELECT FROM 'a'"],
    ['SELECT * FROM a'],
    ["SELECT * FROM 'a' WHERE"],
    ["SELECT nosuch() AS x FROM 'a'"],
    ["SELECT topic(1, 2) AS x FROM 'a'"],
    ["SELECT 1 + 2 FROM 'a'"],
    ["SELECT 'unterminated FROM 'a'"],
  ])('refuses %s', (sql) => {
    // Act and Assess
    expect(() => parseRuleQuery(sql)).toThrow(SqlParseError);
  });
});
