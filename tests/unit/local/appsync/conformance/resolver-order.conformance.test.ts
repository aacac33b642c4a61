import { describe, expect, it } from 'vitest';
import type { ResolverDefinition } from '../../../../../local/appsync/engine/resolver-definition';
import { doc, DOCS } from './appsync-docs';
import { api, fn, pipeline, scriptedDataSource, unit } from './conformance-api';

// Handlers write what ran into ctx.stash.log; the field answers the log. Every function uses the
// data source `steps`, which answers `{ ran: <its payload> }` and keeps the payloads it got.
const SDL = /* GraphQL */ `
  type Outcome { log: [String] message: String type: String result: String }
  type Query { run: Outcome }
`;
const code = (request: string, response: string) => `
  import { util, runtime } from '@aws-appsync/utils';
  export function request(ctx) { ctx.stash.log = ctx.stash.log ?? []; ${request} }
  export function response(ctx) { ${response} }`;
const step = (name: string, request = `return { payload: '${name}' };`) =>
  fn(name, code(`ctx.stash.log.push('${name}.request prev=' + JSON.stringify(ctx.prev.result)); ${request}`, `ctx.stash.log.push('${name}.response'); return ctx.result.ran;`), 'steps');
const resolverAround = (functions: ReturnType<typeof fn>[], before = "return 'before';") =>
  pipeline('Query', 'run', code(`ctx.stash.log.push('before'); ${before}`, "ctx.stash.log.push('after prev=' + JSON.stringify(ctx.prev.result)); return { log: ctx.stash.log };"), functions);

const CASES: { name: string; doc: string; resolver: ResolverDefinition; log: string[] | null; dataSource: unknown[]; errorType?: string }[] = [
  {
    name: 'unit: request, data source, response',
    doc: doc(DOCS.overview, 'unit resolver: the request handler`s object goes to the data source; the response handler gets ctx.result'),
    resolver: unit('Query', 'run', code("ctx.stash.log.push('request'); return { payload: 'unit' };", "ctx.stash.log.push('response got ' + ctx.result.ran); return { log: ctx.stash.log };"), 'steps'),
    log: ['request', 'response got unit'], dataSource: ['unit'],
  },
  {
    name: 'pipeline: before, each function in order, after; the stash is shared; prev.result chains',
    doc: doc(DOCS.context, 'pipeline order; "The same stash object lives through a single resolver run"; prev.result is the previous step`s result'),
    resolver: resolverAround([step('f1'), step('f2')]),
    log: ['before', 'f1.request prev="before"', 'f1.response', 'f2.request prev="f1"', 'f2.response', 'after prev="f2"'], dataSource: ['f1', 'f2'],
  },
  {
    name: 'earlyReturn in the resolver`s request: no function runs, the response is called',
    doc: doc(DOCS.runtime, 'earlyReturn in a pipeline resolver request handler: "the pipeline execution is skipped, and the pipeline resolver response handler is called immediately"; prev.result is the returned object (?)'),
    resolver: resolverAround([step('f1')], "runtime.earlyReturn('cached');"),
    log: ['before', 'after prev="cached"'], dataSource: [],
  },
  {
    name: 'earlyReturn in a function`s request: its data source and response are skipped, the next function runs',
    doc: doc(DOCS.runtime, 'earlyReturn in a function request handler: "the data source and response handler are skipped, and the next function request handler ... is called"'),
    resolver: resolverAround([step('f1', "runtime.earlyReturn('early');"), step('f2')]),
    log: ['before', 'f1.request prev="before"', 'f2.request prev="early"', 'f2.response', 'after prev="f2"'], dataSource: ['f2'],
  },
  {
    name: 'earlyReturn with skipTo NEXT in a function: the same as without options',
    doc: doc(DOCS.runtime, 'skipTo "NEXT": "the function execution is skipped, and the next pipeline handler is called"'),
    resolver: resolverAround([step('f1', "runtime.earlyReturn('early', { skipTo: 'NEXT' });"), step('f2')]),
    log: ['before', 'f1.request prev="before"', 'f2.request prev="early"', 'f2.response', 'after prev="f2"'], dataSource: ['f2'],
  },
  {
    name: 'earlyReturn with skipTo END in a function: the remaining functions are skipped',
    doc: doc(DOCS.runtime, 'skipTo "END": "the pipeline execution is skipped, and the pipeline resolver response handler is called immediately"'),
    resolver: resolverAround([step('f1', "runtime.earlyReturn('done', { skipTo: 'END' });"), step('f2')]),
    log: ['before', 'f1.request prev="before"', 'after prev="done"'], dataSource: [],
  },
  {
    name: 'earlyReturn in a unit resolver`s request: the value is the field`s, the response is not called',
    doc: doc(DOCS.runtime, 'example: "never called because request returned early"'),
    resolver: unit('Query', 'run', code("runtime.earlyReturn({ log: ['early'] });", "return { log: ['response'] };"), 'steps'),
    log: ['early'], dataSource: [],
  },
  {
    name: 'util.error in a function: the rest of the pipeline does not run',
    doc: doc(DOCS.util, 'util.error throws: a pipeline function that raises it ends the resolver; later functions and the response are skipped (?)'),
    resolver: resolverAround([step('f1', "util.error('stop', 'Stopped');"), step('f2')]),
    log: null, dataSource: [], errorType: 'Stopped',
  },
  {
    name: 'util.appendError in a function: the pipeline goes on',
    doc: doc(DOCS.util, 'util.appendError "will not interrupt" the evaluation'),
    resolver: resolverAround([step('f1', "util.appendError('noted', 'Noted'); return { payload: 'f1' };"), step('f2')]),
    log: ['before', 'f1.request prev="before"', 'f1.response', 'f2.request prev="f1"', 'f2.response', 'after prev="f2"'], dataSource: ['f1', 'f2'], errorType: 'Noted',
  },
];

describe('conformance: unit and pipeline resolvers', () => {
  it.each(CASES)('$name', async ({ doc: behaviour, resolver, log, dataSource, errorType }) => {
    // Prepare
    const steps = scriptedDataSource((request) => ({ result: { ran: (request as { payload: unknown }).payload } }));
    const runner = api(SDL, [resolver], { steps });

    // Act
    const response = await runner.run('{ run { log } }');

    // Assess
    expect(response.data, behaviour).toEqual({ run: log === null ? null : { log } });
    expect(steps.requests.map((request) => (request as { payload: unknown }).payload), behaviour).toEqual(dataSource);
    expect(response.errors?.map((error) => error.errorType), behaviour).toEqual(errorType ? [errorType] : undefined);
  });
});

describe('conformance: data source errors', () => {
  it.each([
    {
      name: 'the response handler sees ctx.error and no ctx.result',
      doc: doc(DOCS.context, 'ctx.error { message, type } is set when the data source fails; the response handler decides'),
      response: "return { message: ctx.error.message, type: ctx.error.type, result: String(ctx.result) };",
      expected: { data: { run: { message: 'The conditional request failed', type: 'DynamoDB:ConditionalCheckFailedException', result: 'undefined' } } },
    },
    {
      name: 'an error the response does not raise leaves the field null and errors[] empty',
      doc: doc(DOCS.overview, 'a data source error is not raised unless the response handler raises it (util.error / appendError) (?)'),
      response: 'return ctx.result;',
      expected: { data: { run: null } },
    },
    {
      name: 'raising it with util.error gives AppSync`s error entry',
      doc: doc(DOCS.dynamodbTutorial, 'errors[] entry: path, data, errorType DynamoDB:ConditionalCheckFailedException, errorInfo, locations, message'),
      response: 'util.error(ctx.error.message, ctx.error.type);',
      expected: {
        data: { run: null },
        errors: [{ path: ['run'], data: null, errorType: 'DynamoDB:ConditionalCheckFailedException', errorInfo: null, locations: [{ line: 1, column: 3, sourceName: null }], message: 'The conditional request failed' }],
      },
    },
  ])('$name', async ({ doc: behaviour, response, expected }) => {
    // Prepare: a data source that fails as DynamoDB does on a false condition
    const failing = scriptedDataSource(() => ({ error: { message: 'The conditional request failed', type: 'DynamoDB:ConditionalCheckFailedException' } }));
    const runner = api(SDL, [unit('Query', 'run', code('return { payload: null };', response), 'failing')], { failing });

    // Act
    const result = await runner.run('{ run { message type result } }');

    // Assess
    expect(result, behaviour).toEqual(expected);
  });
});
