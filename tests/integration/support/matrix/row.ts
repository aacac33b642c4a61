import { REFUSED_CALLERS, type CallerName } from './callers';
import type { Outcome } from './outcomes';
import type { World } from './world';

/**
 * One root field of the schema in the matrix: how to call it, with which variables (realistic,
 * so resolvers run; a cell expected to succeed at a destructive field gets a spare of its own),
 * and who may have its data. Every other caller is expected `denied`, but the callers whose
 * credential is no good (anonymous, an expired API key, a revoked partner key), `refused`.
 */
export interface MatrixRow {
  /** `Type.field`, as the schema names it. */
  readonly field: string;
  readonly document: string;
  readonly variables: (world: World, caller: CallerName) => Record<string, unknown> | Promise<Record<string, unknown>>;
  readonly allowed: readonly CallerName[];
}

/** The callers the staff-or-owner fields let in. */
export const STAFF: readonly CallerName[] = ['admin', 'operator'];
export const STAFF_AND_OWNER: readonly CallerName[] = ['admin', 'operator', 'owner'];
export const SIGNED_IN: readonly CallerName[] = ['admin', 'operator', 'owner', 'otherOwner'];

/** The outcome a row expects of `caller`. */
export function expectedOutcome(row: MatrixRow, caller: CallerName): Outcome {
  if (row.allowed.includes(caller)) return 'data';
  return REFUSED_CALLERS.includes(caller) ? 'refused' : 'denied';
}
