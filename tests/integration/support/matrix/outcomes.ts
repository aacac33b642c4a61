import type { GraphQLResponse } from '../../../support/graphql-client';
import type { RealtimeMessage } from '../../../support/realtime-client';

/**
 * What one cell of the matrix came to: `data` (answered, no error), `denied` (the field is null
 * with errorType Unauthorized), `refused` (the request as a whole: HTTP 401, or the real-time
 * connection's `connection_error`), or anything else spelled out so a mismatch reads well.
 */
export type Outcome = 'data' | 'denied' | 'refused' | `other: ${string}`;

/** The outcome of a query or mutation on `field` (its response name). */
export function httpOutcome(field: string, response: GraphQLResponse): Outcome {
  if (response.status === 401) return 'refused';
  const [error] = response.errors ?? [];
  if (error?.errorType === 'Unauthorized') return response.data?.[field] == null ? 'denied' : `other: Unauthorized with data`;
  if (error) return `other: ${error.errorType} ${error.message}`;
  if (response.status !== 200) return `other: HTTP ${response.status}`;
  return response.data?.[field] == null ? 'other: null without error' : 'data';
}

/** The outcome of a subscription `start`, from its answer. */
export function startOutcome(answer: RealtimeMessage): Outcome {
  if (answer.type === 'start_ack') return 'data';
  const errors = (answer.payload?.errors ?? []) as { errorType?: string; message?: string }[];
  if (errors[0]?.errorType === 'Unauthorized') return 'denied';
  return `other: ${answer.type} ${JSON.stringify(errors)}`;
}
