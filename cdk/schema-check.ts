import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType, type GraphQLSchema } from 'graphql';
import { PRELUDE_FILE, SCHEMA_FILE } from './paths';

/** The part of a resolver file the check needs: where it claims to attach. */
export interface ResolverTarget {
  readonly typeName: string;
  readonly fieldName: string;
  readonly file: string;
}

/** The deployed schema as graphql-js sees it, with AppSync's built-ins declared first. */
export function loadSchema(): GraphQLSchema {
  return buildSchema(`${readFileSync(PRELUDE_FILE, 'utf8')}\n${readFileSync(SCHEMA_FILE, 'utf8')}`);
}

function problemOf(schema: GraphQLSchema, target: ResolverTarget): string | undefined {
  const type = schema.getType(target.typeName);
  if (!type) return `type ${target.typeName} is not in the schema`;
  if (!isObjectType(type)) return `${target.typeName} is not an object type`;
  if (!type.getFields()[target.fieldName]) return `type ${target.typeName} has no field ${target.fieldName}`;
  return undefined;
}

/**
 * Fails the synth when a resolver file names a type or field the schema lacks. AppSync would
 * otherwise refuse it in the middle of a deploy (or, after a rename, a resolver would go on
 * serving nothing); here the message names the file.
 */
export function checkResolverFields(targets: readonly ResolverTarget[], schema: GraphQLSchema = loadSchema()): void {
  const problems = targets.flatMap((target) => {
    const problem = problemOf(schema, target);
    return problem ? [`  ${target.file}: ${problem}`] : [];
  });
  if (problems.length > 0) {
    throw new Error(`Resolver files that do not match schema/schema.graphql:\n${problems.join('\n')}`);
  }
}

/**
 * The mutations IAM callers may use (`@aws_iam` on the field): all the functions that publish
 * to subscribers are granted, rather than every mutation of the API.
 */
export function iamMutations(schema: GraphQLSchema = loadSchema()): string[] {
  const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
  return fields.filter((field) => field.astNode?.directives?.some((directive) => directive.name.value === 'aws_iam')).map((field) => field.name);
}
