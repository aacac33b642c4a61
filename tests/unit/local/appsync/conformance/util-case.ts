import { expect } from 'vitest';
import type { InvocationScopeOptions } from '../../../../../local/appsync/runtime/invocation-scope';
import { callUtil } from './evaluate-util';

/** One row of a `util` table: a call from resolver code and what AppSync answers. */
export interface UtilCase {
  readonly name: string;
  /** The page and behaviour the row pins (see appsync-docs.ts). */
  readonly doc: string;
  /** The function under `util`, e.g. `time.nowFormatted`. */
  readonly fn: string;
  readonly input: readonly unknown[];
  /** The answer, compared with `toEqual` (resolver objects come from another realm). */
  readonly expected?: unknown;
  /** Or a pattern the answer (a string) matches. */
  readonly matches?: RegExp;
  /** Or the error the call throws. */
  readonly throws?: RegExp;
  readonly scope?: InvocationScopeOptions;
}

/** Act: calls the row's function as resolver code would; a throw is returned as `{ thrown }`. */
export function act(row: UtilCase): { value?: unknown; thrown?: unknown } {
  try {
    return { value: callUtil(row.fn, row.input, row.scope) };
  } catch (thrown) {
    return { thrown };
  }
}

/** Assess: the answer matches the row, and the failure message names the documented behaviour. */
export function assess(row: UtilCase, outcome: { value?: unknown; thrown?: unknown }): void {
  if (row.throws) {
    expect(outcome.thrown, row.doc).toBeDefined();
    expect(String((outcome.thrown as Error).message), row.doc).toMatch(row.throws);
    return;
  }
  expect(outcome.thrown, row.doc).toBeUndefined();
  if (row.matches) expect(outcome.value, row.doc).toMatch(row.matches);
  else expect(outcome.value, row.doc).toEqual(row.expected);
}
