import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { CALLERS, type CallerName } from './support/matrix/callers';
import { MUTATION_ROWS } from './support/matrix/mutation-rows';
import type { Outcome } from './support/matrix/outcomes';
import { QUERY_ROWS } from './support/matrix/query-rows';
import { expectedOutcome } from './support/matrix/row';
import { printable, runMatrix } from './support/matrix/run-matrix';
import { SUBSCRIPTION_ROWS } from './support/matrix/subscription-rows';
import { buildWorld, type World } from './support/matrix/world';

/**
 * Who may do what, proven: every query, mutation and subscription of the schema, run as every
 * kind of caller against the local stack, each cell with its expected outcome. A root field
 * without a row fails the test, so a new field cannot skip the matrix.
 */
const stack = inject('stack');
const ROWS = [...QUERY_ROWS, ...MUTATION_ROWS, ...SUBSCRIPTION_ROWS];
// Enough cells in flight to keep the stack busy, few enough not to queue behind each other.
const CONCURRENCY = 8;

function schemaRootFields(): string[] {
  const sdl = `${readFileSync('schema/appsync-prelude.graphql', 'utf8')}\n${readFileSync('schema/schema.graphql', 'utf8')}`;
  const schema = buildSchema(sdl);
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
    isObjectType(type) ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );
}

let world: World;

beforeAll(async () => {
  world = await buildWorld(stack, 'matrix');
}, 120_000);

describe('authorization matrix', () => {
  it('has a row for every root field of the schema, and none for a field it lacks', () => {
    // Prepare
    const fields = schemaRootFields();
    const rows = ROWS.map((row) => row.field);

    // Assess
    expect(fields.filter((field) => !rows.includes(field)), 'root fields without a row').toEqual([]);
    expect(rows.filter((field) => !fields.includes(field)), 'rows for fields the schema lacks').toEqual([]);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it(`gives each of ${CALLERS.length} callers exactly its expected outcome on every field`, async () => {
    // Prepare
    const expected = Object.fromEntries(ROWS.map((row) => [row.field, Object.fromEntries(CALLERS.map((caller) => [caller, expectedOutcome(row, caller)]))])) as Record<
      string,
      Record<CallerName, Outcome>
    >;

    // Act
    const actual = await runMatrix(world, ROWS, CONCURRENCY);

    // Assess
    console.log(`authorization matrix: ${ROWS.length} operations x ${CALLERS.length} callers = ${ROWS.length * CALLERS.length} cells\n${printable(actual)}`);
    expect(actual).toEqual(expected);
  }, 120_000);
});
