import { describe, expect, it } from 'vitest';
import { createInvocationScope } from '../../../../../local/appsync/runtime/invocation-scope';
import { loadResolverCode } from '../../../../../local/appsync/runtime/load-resolver-code';

// The context of a resolver code is reused across invocations: each call below is a new
// invocation of the same code, which must not see what the previous one left behind.
const invoke = (code: string): unknown => {
  try {
    return loadResolverCode(code, createInvocationScope()).request?.({});
  } catch (error) {
    return `threw ${(error as Error).name}`;
  }
};

describe('resolver realms: one context per code, no state across invocations', () => {
  it.each([
    { name: 'a global set on globalThis', code: 'export function request() { const seen = globalThis.mark; globalThis.mark = 1; return seen ?? null; }' },
    { name: 'a global defined with defineProperty', code: "export function request() { const seen = globalThis.kept; Object.defineProperty(globalThis, 'kept', { value: 1, configurable: true }); return seen ?? null; }" },
    { name: 'a non-configurable global (the context is then replaced)', code: "export function request() { const seen = globalThis.stuck; Object.defineProperty(globalThis, 'stuck', { value: 1 }); return seen ?? null; }" },
    { name: 'a module-level variable', code: 'let calls = 0; export function request() { calls += 1; return calls === 1 ? null : calls; }' },
  ])('$name is gone for the next invocation', ({ code }) => {
    // Prepare: a first invocation leaves its mark
    invoke(code);

    // Act
    const seen = invoke(code);

    // Assess
    expect(seen).toBeNull();
  });

  it('built-ins are frozen: changing one throws and nothing leaks', () => {
    // Prepare
    const code = "export function request() { const before = [].extra ?? null; try { Array.prototype.extra = 1; return 'changed'; } catch (e) { return [before, e.name]; } }";

    // Act
    const results = [invoke(code), invoke(code)];

    // Assess
    expect(results).toEqual([[null, 'TypeError'], [null, 'TypeError']]);
  });

  it('assigning over an inherited built-in still works on the object itself', () => {
    // Prepare
    const code = "export function request() { const o = {}; o.toString = () => 'mine'; const e = new Error('x'); e.name = 'Custom'; return [String(o), e.name, Object.keys(o), {}.toString === Object.prototype.toString]; }";

    // Act
    const result = invoke(code);

    // Assess
    expect(result).toEqual(['mine', 'Custom', ['toString'], true]);
  });

  it('resolver code is strict, as ESM always is', () => {
    // Prepare: in sloppy mode this assignment would silently do nothing
    const code = "export function request() { try { undeclaredName = 1; return 'sloppy'; } catch (e) { return e.name; } }";

    // Act
    const result = invoke(code);

    // Assess
    expect(result).toBe('ReferenceError');
  });

  it('each invocation`s util is its own, also when handlers of two invocations interleave', () => {
    // Prepare: two loads of the same code, their handlers called alternately
    const code = "import { util } from '@aws-appsync/utils'; export function request(ctx) { util.appendError(ctx.label); globalThis.util.appendError(ctx.label + ' (global)'); return null; }";
    const [first, second] = [createInvocationScope(), createInvocationScope()];
    const [a, b] = [loadResolverCode(code, first), loadResolverCode(code, second)];

    // Act
    a.request?.({ label: 'a1' });
    b.request?.({ label: 'b1' });
    a.request?.({ label: 'a2' });

    // Assess
    expect(first.errors.map((error) => error.message)).toEqual(['a1', 'a1 (global)', 'a2', 'a2 (global)']);
    expect(second.errors.map((error) => error.message)).toEqual(['b1', 'b1 (global)']);
  });
});
