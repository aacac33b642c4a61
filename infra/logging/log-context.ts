import { AsyncLocalStorage } from 'node:async_hooks';
import type { KeyField } from './application-table';

/** The keys a request binds: a task, a device, the invocation; null or absent means unknown. */
export type LogKeys = Partial<Record<KeyField, string | null | undefined>>;

type BoundKeys = Partial<Record<KeyField, string>>;

// One scope per request, carried by async context rather than by the logger instance: a
// process that runs invocations side by side (the local stack, Lambda managed instances)
// keeps each request's keys on its own records.
const scope = new AsyncLocalStorage<BoundKeys>();

function known(keys: LogKeys): BoundKeys {
  const bound: BoundKeys = {};
  for (const [key, value] of Object.entries(keys) as [KeyField, string | null | undefined][]) {
    if (typeof value === 'string' && value !== '') bound[key] = value;
  }
  return bound;
}

/**
 * Runs `fn` with `keys` on every record it logs, including from awaited calls; an inner scope
 * adds to (and may override) the outer one, and ends with `fn`.
 *
 * @example withLogContext({ task_uuid: task.taskId, device_id, hub_id }, () => registerNodes(...))
 */
export function withLogContext<T>(keys: LogKeys, fn: () => T): T {
  return scope.run({ ...scope.getStore(), ...known(keys) }, fn);
}

/**
 * Adds keys to the innermost scope, for keys learnt mid-request (a task's id once it is
 * started). Returns false when no scope is open, and changes nothing then.
 */
export function bindScopedKeys(keys: LogKeys): boolean {
  const current = scope.getStore();
  if (!current) return false;
  Object.assign(current, known(keys));
  return true;
}

/** The keys bound to the current request (empty outside any scope). */
export function currentLogKeys(): Readonly<BoundKeys> {
  return scope.getStore() ?? {};
}

/** The invocation's keys from a Lambda context, for the scope an entry point opens. */
export function lambdaLogKeys(context: { readonly awsRequestId: string; readonly functionName: string }): LogKeys {
  return { lambda_request_id: context.awsRequestId, lambda_handler: context.functionName };
}
