import { parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';

/** A query text, parsed and validated against one schema, or why it could not be. */
export type ParsedDocument = { readonly document: DocumentNode } | { readonly errors: readonly GraphQLError[] };

const CACHE_LIMIT = 1_000;
const bySchema = new WeakMap<GraphQLSchema, Map<string, ParsedDocument>>();

/**
 * Parses and validates `query` against `schema`, once per distinct text: clients send the same
 * few operations over and over, and graphql-js's validation (every specified rule over the
 * document) cost more than running a simple query. Both outcomes depend only on the text and
 * the schema, so both are kept; the documents are never mutated by execution.
 */
export function parseAndValidate(schema: GraphQLSchema, query: string): ParsedDocument {
  let cache = bySchema.get(schema);
  if (!cache) bySchema.set(schema, (cache = new Map()));
  const cached = cache.get(query);
  if (cached) return cached;
  let parsed: ParsedDocument;
  try {
    const document = parse(query);
    const errors = validate(schema, document);
    parsed = errors.length > 0 ? { errors } : { document };
  } catch (error) {
    parsed = { errors: [error as GraphQLError] };
  }
  // Keeps the newest texts: an explorer session can send many one-off queries.
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(query, parsed);
  return parsed;
}
