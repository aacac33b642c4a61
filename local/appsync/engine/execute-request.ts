import {
  execute, getOperationAST, Kind,
  type FragmentDefinitionNode, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { formatAppSyncError } from './appsync-error';
import { parseAndValidate } from './parsed-documents';
import type { RequestContext } from './request-context';

export interface GraphQLRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** An operation that ran, for what happens after it (a mutation's subscribers). */
export interface ExecutedOperation {
  readonly operation: OperationDefinitionNode;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** The variables as sent, before coercion. */
  readonly variables: Readonly<Record<string, unknown>>;
  /** The response's `data`, keyed by response names (aliases). */
  readonly data: Readonly<Record<string, unknown>> | null;
}

/** AppSync's response body, and the operation when one ran. */
export interface ExecutedRequest {
  readonly response: Record<string, unknown>;
  readonly executed?: ExecutedOperation;
}

function failure(errors: readonly GraphQLError[]) {
  return { response: { data: null, errors: errors.map(formatAppSyncError) } };
}

/** Parses, validates and runs one query or mutation; the response is AppSync's response body. */
export async function executeRequest(schema: GraphQLSchema, body: GraphQLRequestBody, request: RequestContext): Promise<ExecutedRequest> {
  if (typeof body.query !== 'string') {
    return { response: { errors: [{ errorType: 'MalformedHttpRequestException', message: 'The request body has no query.' }] } };
  }
  const parsed = parseAndValidate(schema, body.query);
  if ('errors' in parsed) return failure(parsed.errors);
  const { document } = parsed;
  const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
  const variables = (body.variables ?? {}) as Record<string, unknown>;
  const result = await execute({ schema, document, contextValue: request, variableValues: variables, operationName });
  const errors = [...(result.errors ?? []), ...request.appendedErrors];
  const response = errors.length > 0 ? { data: result.data ?? null, errors: errors.map(formatAppSyncError) } : { data: result.data ?? null };
  const operation = getOperationAST(document, operationName);
  if (!operation) return { response };
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return { response, executed: { operation, fragments, variables, data: result.data ?? null } };
}
