import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType, type GraphQLOutputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { claimsOf } from '../support/resident-sign-up';
import { SeededRandom } from '../support/seeded-random';
import { problemsOf, leaksIn, type CaseKind } from './support/fuzz/case-checks';
import { FUZZ_CALLER, poolsFor } from './support/fuzz/fuzz-plan';
import { ValueGenerator } from './support/fuzz/value-generator';
import { canonical, documentClientOf, itemsCarrying, WatchedState } from './support/fuzz/watched-state';
import { callAs } from './support/matrix/callers';
import { buildWorld, type World } from './support/matrix/world';

/**
 * Bad input, generated: every mutation of the schema gets CASES_PER_MUTATION sets of variables
 * from a seeded generator (TAKUHAI_FUZZ_SEED to explore others; the default keeps `npm test`
 * repeatable), sent by a caller the mutation is meant for. No answer may be an internal error or
 * name no field; a refused request leaves the world as it was and writes nothing it was given;
 * no answer carries another tenant's data or any secret. Every query gets CASES_PER_QUERY sets
 * too, checked for the same answers and leaks (reads write nothing).
 */
const stack = inject('stack');
const SEED = Number(process.env.TAKUHAI_FUZZ_SEED ?? 20_260_707);
const CASES_PER_MUTATION = 16;

const schema = buildSchema(`${readFileSync('schema/appsync-prelude.graphql', 'utf8')}\n${readFileSync('schema/schema.graphql', 'utf8')}`);
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
const queries = Object.values(schema.getQueryType()?.getFields() ?? {});
const CASES_PER_QUERY = 6;
// Staff read everything and an owner their own: both paths of every read meet the bad input.
const QUERY_CALLERS = ['admin', 'owner', 'partner'] as const;
const client = documentClientOf(stack);

/** Every field of a result two levels deep, so that data would show in the answer if it leaked. */
function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields()).filter((field) => field.args.length === 0);
  const selected = fields.flatMap((field) => {
    if (!isObjectType(getNamedType(field.type))) return [field.name];
    return depth > 1 ? [`${field.name} ${selectionOf(field.type, depth - 1)}`] : [];
  });
  return `{ __typename ${selected.join(' ')} }`;
}

function documentOf(field: (typeof mutations)[number], operation: 'mutation' | 'query' = 'mutation'): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const signature = field.args.length > 0 ? `(${variables})` : '';
  return `${operation} Fuzz${signature} { ${field.name}${field.args.length > 0 ? `(${args})` : ''} ${selectionOf(field.type, 2)} }`;
}

let world: World;
/** What no caller may ever read: secrets, hashes, internal keys. */
let secrets: string[];
/** What staff may read and a resident or a partner may not: another home's person. */
let othersData: string[];
const secretsFor = (caller: string) => (caller === 'admin' || caller === 'operator' || caller === 'iam' ? secrets : [...secrets, ...othersData]);

beforeAll(async () => {
  world = await buildWorld(stack, 'fuzz');
  othersData = [world.otherOwner.email, world.otherOwner.userId, String(claimsOf(world.otherOwner.idToken)['sub'])];
  secrets = [
    world.partner.partnerKey,
    world.partnerNoGrant.partnerKey,
    'claimCodeHash',
    'secretHash',
    'cognitoSub',
    'ownerSub',
  ];
}, 120_000);
afterAll(() => client.destroy());

describe('bad input to every mutation', () => {
  it('plans a caller for every mutation of the schema', () => {
    // Assess
    expect(mutations.map((field) => field.name).filter((name) => !FUZZ_CALLER[name])).toEqual([]);
  });

  it(`answers ${mutations.length} mutations x ${CASES_PER_MUTATION} generated cases (seed ${SEED}) without internal errors, partial writes or leaks`, async () => {
    // Prepare
    const random = new SeededRandom(SEED);
    const watched = new WatchedState(client, world);
    const problems: string[] = [];
    const refusedMarkers: string[] = [];
    const kinds: Record<CaseKind, number> = { data: 0, refused: 0, 'invalid-request': 0 };
    let current: Record<string, string | number> | undefined;

    // Act
    for (const [index, field] of mutations.flatMap((mutation) => Array.from({ length: CASES_PER_MUTATION }, () => mutation)).entries()) {
      const marker = `fz${SEED}c${index}z`;
      const variables = new ValueGenerator(random, poolsFor(world, field.name, marker), marker).argumentsOf(field.args);
      // The world as the last refused case left it, read again only after a case that had data.
      const before = (current ??= await watched.snapshot());
      const caller = FUZZ_CALLER[field.name] ?? 'admin';
      const response = await callAs(world, caller, documentOf(field), variables);
      const { kind, problems: found } = problemsOf(field.name, response);
      kinds[kind] += 1;
      const where = `case ${index} ${field.name} ${JSON.stringify(variables).slice(0, 300)}`;
      problems.push(...found.map((problem) => `${where}: ${problem}`));
      problems.push(...leaksIn(response, secretsFor(caller)).map((secret) => `${where}: leaks ${secret}`));
      if (kind === 'data') {
        current = undefined;
        continue;
      }
      refusedMarkers.push(marker);
      current = await watched.snapshot();
      if (canonical(current) !== canonical(before)) problems.push(`${where}: refused, yet the world changed: ${JSON.stringify(diff(before, current))}`);
    }
    const strayWrites = await itemsCarrying(client, stack, refusedMarkers);

    // Assess
    console.log(`bad-input fuzz: seed ${SEED}, ${mutations.length} mutations x ${CASES_PER_MUTATION} = ${mutations.length * CASES_PER_MUTATION} cases: ${JSON.stringify(kinds)}`);
    expect(problems).toEqual([]);
    expect(strayWrites, 'items written by refused requests').toEqual([]);
    expect(kinds.refused, 'most generated cases are refused by the business, not only by GraphQL').toBeGreaterThan(kinds['invalid-request']);
  }, 240_000);
});

describe('bad input to every query', () => {
  it(`answers ${queries.length} queries x ${CASES_PER_QUERY} generated cases without internal errors or leaks`, async () => {
    // Prepare
    const random = new SeededRandom(SEED + 1);
    const problems: string[] = [];

    // Act
    for (const [index, field] of queries.flatMap((query) => Array.from({ length: CASES_PER_QUERY }, () => query)).entries()) {
      const marker = `fq${SEED}c${index}z`;
      const variables = new ValueGenerator(random, poolsFor(world, field.name, marker), marker).argumentsOf(field.args);
      const caller = QUERY_CALLERS[index % QUERY_CALLERS.length] ?? 'admin';
      const response = await callAs(world, caller, documentOf(field, 'query'), variables);
      const where = `query case ${index} ${field.name} as ${caller} ${JSON.stringify(variables).slice(0, 300)}`;
      problems.push(...problemsOf(field.name, response).problems.map((problem) => `${where}: ${problem}`));
      problems.push(...leaksIn(response, secretsFor(caller)).map((secret) => `${where}: leaks ${secret}`));
    }

    // Assess
    console.log(`bad-input fuzz: seed ${SEED + 1}, ${queries.length} queries x ${CASES_PER_QUERY} = ${queries.length * CASES_PER_QUERY} cases`);
    expect(problems).toEqual([]);
  }, 120_000);
});

/** The keys whose values differ between two snapshots, with both values. */
function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return Object.fromEntries([...keys].filter((key) => before[key] !== after[key]).map((key) => [key, { before: before[key], after: after[key] }]));
}
