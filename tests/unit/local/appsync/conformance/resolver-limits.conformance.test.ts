import { describe, expect, it } from 'vitest';
import { MAX_PIPELINE_FUNCTIONS } from '../../../../../local/appsync/engine/resolver-definition';
import { MAX_CODE_LENGTH } from '../../../../../local/appsync/runtime/load-resolver-code';
import { doc, DOCS } from './appsync-docs';
import { api, fn, handlers, pipeline, unit } from './conformance-api';

const SDL = 'type Query { field: String }';
const CODE = handlers('return { payload: "ok" };');
const AROUND = handlers('return {};', 'return ctx.prev.result;');
/** Code of exactly `length` characters, padded with a comment. */
const codeOf = (length: number) => `${CODE}\n//${'x'.repeat(length - CODE.length - 3)}`;

describe('conformance: resolver quotas', () => {
  it.each([
    { name: 'code of 32,768 characters is accepted', doc: doc(DOCS.quotas, 'resolver/function code: at most 32 KB, counted in characters of the code field (?)'), resolver: unit('Query', 'field', codeOf(MAX_CODE_LENGTH)), refused: undefined },
    { name: 'code of 32,769 characters is refused when the resolver is created', doc: doc(DOCS.quotas, 'code over 32 KB: AppSync refuses to create the resolver'), resolver: unit('Query', 'field', codeOf(MAX_CODE_LENGTH + 1)), refused: /code of 32769 characters; AppSync accepts at most 32768/ },
    { name: 'a pipeline function`s code is held to the same limit', doc: doc(DOCS.quotas, 'function code over 32 KB: AppSync refuses to create the function'), resolver: pipeline('Query', 'field', AROUND, [fn('big', codeOf(MAX_CODE_LENGTH + 1))]), refused: /code of 32769 characters/ },
    { name: 'a pipeline of 10 functions is accepted', doc: doc(DOCS.quotas, 'functions per pipeline resolver: 10'), resolver: pipeline('Query', 'field', AROUND, Array.from({ length: MAX_PIPELINE_FUNCTIONS }, (_, index) => fn(`f${index}`, CODE))), refused: undefined },
    { name: 'a pipeline of 11 functions is refused', doc: doc(DOCS.quotas, 'functions per pipeline resolver: 10; an 11th is refused'), resolver: pipeline('Query', 'field', AROUND, Array.from({ length: MAX_PIPELINE_FUNCTIONS + 1 }, (_, index) => fn(`f${index}`, CODE))), refused: /AppSync allows 10 functions a pipeline/ },
  ])('$name', async ({ doc: behaviour, resolver, refused }) => {
    // Prepare: the resolver as it would be deployed
    const deploy = () => api(SDL, [resolver]);

    // Act
    const outcome = (() => {
      try {
        return { deployed: deploy() };
      } catch (error) {
        return { error: error as Error };
      }
    })();

    // Assess
    if (refused) return void expect(outcome.error?.message, behaviour).toMatch(refused);
    expect(outcome.error, behaviour).toBeUndefined();
    expect(await outcome.deployed?.run('{ field }'), behaviour).toEqual({ data: { field: 'ok' } });
  });
});
