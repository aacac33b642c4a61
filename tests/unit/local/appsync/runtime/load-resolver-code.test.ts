import { describe, expect, it } from 'vitest';
import { EarlyReturn } from '../../../../../local/appsync/runtime/early-return';
import { createInvocationScope, type ResolverLogLevel } from '../../../../../local/appsync/runtime/invocation-scope';
import { loadResolverCode, MAX_CODE_LENGTH } from '../../../../../local/appsync/runtime/load-resolver-code';
import { ResolverCodeError } from '../../../../../local/appsync/runtime/resolver-code-error';
import { ResolverError } from '../../../../../local/appsync/runtime/resolver-error';
import { bundleResolver } from './bundle-resolver';

describe('loadResolverCode', () => {
  it('runs a bundled resolver whose request uses the DynamoDB builders', async () => {
    // Prepare
    const code = await bundleResolver(`
      import { get } from '@aws-appsync/utils/dynamodb';
      export function request(ctx) { return get({ key: { id: ctx.args.id } }); }
      export function response(ctx) { return ctx.result; }`);

    // Act
    const request = loadResolverCode(code, createInvocationScope()).request?.({ args: { id: '1' } });

    // Assess
    expect(request).toStrictEqual({ operation: 'GetItem', key: { id: { S: '1' } } });
  });

  it('util.error stops the handler: nothing after it runs', async () => {
    // Prepare
    const code = await bundleResolver(`
      import { util } from '@aws-appsync/utils';
      export function request(ctx) { return {}; }
      export function response(ctx) {
        util.appendError('before');
        util.error('Hub not found', 'NotFound', { hubId: ctx.args.hubId });
        util.appendError('after');
        return ctx.result;
      }`);
    const scope = createInvocationScope();
    const { response } = loadResolverCode(code, scope);

    let thrown: unknown;

    // Act
    try {
      response?.({ args: { hubId: 'h1' }, result: { id: 'h1' } });
    } catch (error) {
      thrown = error;
    }

    // Assess
    expect(thrown).toBeInstanceOf(ResolverError);
    expect(thrown).toMatchObject({ message: 'Hub not found', errorType: 'NotFound', data: { hubId: 'h1' } });
    expect(scope.errors.map((error) => error.message)).toStrictEqual(['before']);
  });

  it('shows resolver code only the JavaScript built-ins and the AppSync globals', () => {
    // Prepare: plain ESM, not bundled, since esbuild rewrites `typeof require` to its own shim
    const code = `
      export function request() {
        return {
          hidden: [typeof process, typeof require, typeof Buffer, typeof setTimeout, typeof module, typeof fetch],
          builtIns: [typeof JSON, typeof Math, typeof Date, typeof Map, typeof Set, typeof Array],
          globals: Object.keys(globalThis),
        };
      }`;

    // Act
    const seen = loadResolverCode(code, createInvocationScope()).request?.({});

    // Assess
    expect(seen).toEqual({
      hidden: ['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined'],
      builtIns: ['object', 'object', 'function', 'function', 'function', 'function'],
      globals: ['util', 'runtime', 'extensions', 'console'],
    });
  });

  it('sends console output to the logger of the scope', async () => {
    // Prepare
    const code = await bundleResolver(`export function request(ctx) { console.warn('slow hub', ctx.args.hubId); return null; }`);
    const logged: [ResolverLogLevel, readonly unknown[]][] = [];
    const scope = createInvocationScope({ log: (level, args) => logged.push([level, args]) });

    // Act
    loadResolverCode(code, scope).request?.({ args: { hubId: 'h1' } });

    // Assess
    expect(logged).toEqual([['warn', ['slow hub', 'h1']]]);
  });

  it('gives each invocation a fresh context and its own util bindings', async () => {
    // Prepare
    const code = await bundleResolver(`
      import { util } from '@aws-appsync/utils';
      export function request() {
        globalThis.calls = (globalThis.calls ?? 0) + 1;
        util.appendError('call ' + globalThis.calls);
        return globalThis.calls;
      }`);
    const first = createInvocationScope();
    const second = createInvocationScope();

    // Act
    const results = [loadResolverCode(code, first).request?.({}), loadResolverCode(code, second).request?.({})];

    // Assess
    expect(results).toStrictEqual([1, 1]);
    expect([first.errors.length, second.errors.length]).toStrictEqual([1, 1]);
  });

  it('passes runtime.earlyReturn through to the caller as an EarlyReturn', async () => {
    // Prepare
    const code = await bundleResolver(`
      import { runtime } from '@aws-appsync/utils';
      export function request(ctx) { runtime.earlyReturn({ id: ctx.args.id }, { skipTo: 'END' }); }`);

    // Act
    const act = () => loadResolverCode(code, createInvocationScope()).request?.({ args: { id: '7' } });

    // Assess
    expect(act).toThrow(EarlyReturn);
    expect(act).toThrow(expect.objectContaining({ value: { id: '7' }, skipTo: 'END' }));
  });

  it("enforces AppSync's 32,768-character code limit, naming it", () => {
    // Prepare
    const body = 'export function request() { return 1; }\n';
    const atLimit = body + '/'.repeat(MAX_CODE_LENGTH - body.length - 2) + '\n\n';
    const overLimit = `${atLimit} `;

    // Act
    const act = () => loadResolverCode(overLimit, createInvocationScope());

    // Assess
    expect(loadResolverCode(atLimit.replace(/\/+/, (slashes) => `//${slashes.slice(2)}`), createInvocationScope()).request?.({})).toBe(1);
    expect(act).toThrow(ResolverCodeError);
    expect(act).toThrow('Resolver code is 32769 characters; AppSync accepts at most 32768 (32 KB) characters per code field');
  });

  it('stops a handler that runs past the timeout', async () => {
    // Prepare
    const code = await bundleResolver('export function request() { for (;;) { /* spin */ } }');
    const { request } = loadResolverCode(code, createInvocationScope(), { timeoutMs: 50 });

    // Act
    const act = () => request?.({});

    // Assess
    expect(act).toThrow(expect.objectContaining({ name: 'ResolverCodeError', code: 'TIMEOUT' }));
  });

  it('refuses modules AppSync does not provide and code that does not parse', () => {
    // Prepare
    const importsFs = "import { readFileSync } from 'fs'; export function request() { return readFileSync; }";
    const broken = 'export function request( {';

    // Act
    const loadFs = () => loadResolverCode(importsFs, createInvocationScope());
    const loadBroken = () => loadResolverCode(broken, createInvocationScope());

    // Assess
    expect(loadFs).toThrow(expect.objectContaining({ code: 'UNKNOWN_MODULE', message: expect.stringContaining('"fs"') }));
    expect(loadBroken).toThrow(expect.objectContaining({ code: 'INVALID_CODE' }));
  });
});
