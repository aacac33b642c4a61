import type { SubscriptionFilter } from '@aws-appsync/utils';
import {
  execute, getArgumentValues, getOperationAST, getVariableValues, Kind,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema,
} from 'graphql';
import { authenticate, RequestRefused, type AuthenticationConfig } from '../auth/authenticate';
import { formatAppSyncError } from '../engine/appsync-error';
import { parseAndValidate } from '../engine/parsed-documents';
import type { RecordedExtensionCalls, RequestContext } from '../engine/request-context';
import { argumentFilter, type ArgumentFilter } from './argument-filter';
import { checkFilter, InvalidSubscriptionFilter } from './enhanced-filter';
import { compileEventShape, type EventShape } from './event-shape';
import type { RealtimeError } from './protocol-messages';
import { fieldsOf } from './selections';

/** What starting a subscription needs to know about the API. */
export interface StartContext {
  readonly schema: GraphQLSchema;
  readonly auth: AuthenticationConfig;
  /** `/graphql`: a start's IAM signature covers `POST <graphqlPath>` with `data` as the body. */
  readonly graphqlPath: string;
  readonly log: (record: Record<string, unknown>) => void;
}

/** A subscription ready to be registered: what filters and shapes its events. */
export interface StartedSubscription {
  readonly fieldName: string;
  readonly arguments: ArgumentFilter;
  readonly filter?: SubscriptionFilter;
  readonly invalidationFilter?: SubscriptionFilter;
  readonly shape: EventShape;
}

export type StartOutcome = { readonly started: StartedSubscription } | { readonly errors: readonly RealtimeError[] };

const refuse = (errorType: string, message: string): StartOutcome => ({ errors: [{ errorType, message }] });

/**
 * Handles the `payload` of a `start` message as AppSync does: authenticates its own
 * `extensions.authorization`, validates `data` (`{query, variables}` as JSON text), runs the
 * subscription field with the subscriber's identity (directive rules and the field's resolver,
 * which may deny with `util.unauthorized`/`util.error` or set filters), and keeps what the
 * fan-out needs. Every refusal comes back as the errors of an `error` message.
 */
export async function startSubscription(context: StartContext, payload: unknown, sourceIp: string): Promise<StartOutcome> {
  const { data, extensions } = (payload ?? {}) as { data?: unknown; extensions?: { authorization?: unknown } };
  if (typeof data !== 'string') return refuse('BadRequestException', 'The start message has no payload.data (a JSON string of {query, variables}).');
  const headers = lowerCaseHeaders(extensions?.authorization);
  let caller;
  try {
    caller = await authenticate(context.auth, headers, sourceIp, { method: 'POST', path: context.graphqlPath, body: data });
  } catch (error) {
    if (error instanceof RequestRefused) return refuse(error.errorType, error.message);
    throw error;
  }
  let request: { query?: unknown; variables?: unknown; operationName?: unknown };
  try {
    request = JSON.parse(data) as typeof request;
  } catch {
    return refuse('BadRequestException', 'The start message has a payload.data that is not JSON.');
  }
  const parsed = parseAndValidate(context.schema, String(request.query));
  if ('errors' in parsed) return { errors: parsed.errors.map(formatAppSyncError) };
  const { document } = parsed;
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'subscription') {
    return refuse('UnsupportedOperation', `${operation?.operation ?? 'unknown'} not supported through the realtime channel`);
  }
  const variables = (request.variables ?? {}) as Record<string, unknown>;
  const recorded: RecordedExtensionCalls[] = [];
  const requestContext: RequestContext = { caller, headers, domainName: null, appendedErrors: [], log: context.log, extensionCalls: recorded };
  const result = await execute({ schema: context.schema, document, operationName, variableValues: variables, contextValue: requestContext });
  if (result.errors?.length) return { errors: result.errors.map(formatAppSyncError) };
  return describe(context.schema, document, operation, variables, recorded);
}

function describe(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: NonNullable<ReturnType<typeof getOperationAST>>,
  variables: Record<string, unknown>,
  recorded: readonly RecordedExtensionCalls[],
): StartOutcome {
  const subscriptionType = schema.getSubscriptionType();
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables).coerced ?? {};
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const scope = { fragments, variables: coerced };
  const [node] = fieldsOf(operation.selectionSet, scope);
  const field = node && subscriptionType?.getFields()[node.name.value];
  if (!node || !field || !subscriptionType) return refuse('BadRequestException', 'The subscription selects no field.');
  const calls = recorded.find((entry) => entry.typeName === subscriptionType.name && entry.fieldName === field.name)?.calls;
  try {
    if (calls?.subscriptionFilter) checkFilter(calls.subscriptionFilter);
    if (calls?.invalidationFilter) checkFilter(calls.invalidationFilter);
  } catch (error) {
    if (error instanceof InvalidSubscriptionFilter) return refuse('BadRequestException', error.message);
    throw error;
  }
  return {
    started: {
      fieldName: field.name,
      arguments: argumentFilter(getArgumentValues(field, node, coerced)),
      filter: calls?.subscriptionFilter,
      invalidationFilter: calls?.invalidationFilter,
      shape: compileEventShape(field, node, scope),
    },
  };
}

// The authorization of a start is a JSON object of headers; names are matched case-insensitively.
function lowerCaseHeaders(value: unknown): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  if (value === null || typeof value !== 'object') return headers;
  for (const [name, header] of Object.entries(value)) {
    if (typeof header === 'string') headers[name.toLowerCase()] = header;
  }
  return headers;
}
