import type { GraphQLResponse } from '../../../support/graphql-client';

/** The error types a refused request may carry (domain/errors): all but InternalError. */
const EXPECTED_ERRORS = new Set(['ValidationError', 'Unauthorized', 'NotFound', 'Conflict', 'Throttled', 'DeviceNotPreregistered', 'InvalidClaimCode']);

/** How a generated request ended, for the fuzz report. */
export type CaseKind = 'data' | 'refused' | 'invalid-request';

/**
 * What is wrong with one answer, if anything: a server error, an internal or unknown error type,
 * a ValidationError that names no field, an error at a field without a type.
 * Request-level GraphQL validation (a variable of the wrong type) has no path and no type: fine.
 */
export function problemsOf(field: string, response: GraphQLResponse): { kind: CaseKind; problems: string[] } {
  const problems: string[] = [];
  if (response.status !== 200) problems.push(`HTTP ${response.status}`);
  const errors = response.errors ?? [];
  for (const error of errors) {
    const atField = Array.isArray(error.path) && error.path.length > 0;
    if (error.errorType === null || error.errorType === undefined) {
      if (atField) problems.push(`untyped error at ${JSON.stringify(error.path)}: ${error.message}`);
      continue;
    }
    if (!EXPECTED_ERRORS.has(error.errorType)) problems.push(`${error.errorType}: ${error.message}`);
    const info = error.errorInfo as { field?: unknown } | null | undefined;
    if (error.errorType === 'ValidationError' && (typeof info?.field !== 'string' || info.field === '')) problems.push(`ValidationError without a field: ${error.message}`);
  }
  const atRoot = errors.filter((error) => Array.isArray(error.path) && error.path.length === 1);
  if (atRoot.length > 0) {
    if (response.data?.[field] != null) problems.push('an error at the field, and its data too');
    return { kind: 'refused', problems };
  }
  // Errors below the field (a nested field the caller may not read) come with the field's data.
  if (response.data?.[field] != null) return { kind: 'data', problems };
  return { kind: errors.length > 0 ? 'invalid-request' : 'data', problems };
}

/** The other tenants' values that must never appear in an answer to the fuzz's caller. */
export function leaksIn(response: GraphQLResponse, secrets: readonly string[]): string[] {
  const text = JSON.stringify(response).toLowerCase();
  return secrets.filter((secret) => secret !== '' && text.includes(secret.toLowerCase()));
}
