import { execute, parse, validate, type GraphQLError, type GraphQLSchema } from 'graphql';
import { formatAppSyncError } from './appsync-error';
import type { RequestContext } from './request-context';

export interface GraphQLRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

function failure(errors: readonly GraphQLError[]) {
  return { data: null, errors: errors.map(formatAppSyncError) };
}

/** Parses, validates and runs one query or mutation; the body is AppSync's response body. */
export async function executeRequest(schema: GraphQLSchema, body: GraphQLRequestBody, request: RequestContext): Promise<Record<string, unknown>> {
  if (typeof body.query !== 'string') {
    return { errors: [{ errorType: 'MalformedHttpRequestException', message: 'The request body has no query.' }] };
  }
  let document;
  try {
    document = parse(body.query);
  } catch (error) {
    return failure([error as GraphQLError]);
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return failure(invalid);
  const result = await execute({
    schema,
    document,
    contextValue: request,
    variableValues: (body.variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
  });
  const errors = [...(result.errors ?? []), ...request.appendedErrors];
  return errors.length > 0 ? { data: result.data ?? null, errors: errors.map(formatAppSyncError) } : { data: result.data ?? null };
}
