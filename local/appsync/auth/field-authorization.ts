import type { ConstDirectiveNode, GraphQLField, GraphQLObjectType } from 'graphql';
import { Kind } from 'graphql';
import type { AuthMode, Caller } from './caller';

interface AuthRule {
  readonly mode: AuthMode;
  /** For user pools: the caller must be in one of these groups; absent means any user. */
  readonly groups?: readonly string[];
}

const DIRECTIVE_MODES: Record<string, AuthMode> = {
  aws_api_key: 'API_KEY',
  aws_iam: 'AWS_IAM',
  aws_oidc: 'OPENID_CONNECT',
  aws_lambda: 'AWS_LAMBDA',
  aws_cognito_user_pools: 'AMAZON_COGNITO_USER_POOLS',
  aws_auth: 'AMAZON_COGNITO_USER_POOLS',
};

function groupsOf(directive: ConstDirectiveNode): string[] | undefined {
  const argument = directive.arguments?.find((arg) => arg.name.value === 'cognito_groups');
  if (argument?.value.kind !== Kind.LIST) return undefined;
  return argument.value.values.flatMap((value) => (value.kind === Kind.STRING ? [value.value] : []));
}

function rulesOf(directives: readonly ConstDirectiveNode[] | undefined): AuthRule[] {
  return (directives ?? []).flatMap((directive) => {
    const mode = DIRECTIVE_MODES[directive.name.value];
    return mode ? [{ mode, groups: groupsOf(directive) }] : [];
  });
}

/**
 * AppSync's rules: a field's auth directives replace its type's; with none on either, only
 * the API's default mode may read it. Applied at every level of a response, not only the root.
 */
export function fieldRules(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, defaultMode: AuthMode): AuthRule[] {
  const own = rulesOf(field.astNode?.directives);
  if (own.length > 0) return own;
  const typeDirectives = [type.astNode, ...type.extensionASTNodes].flatMap((node) => node?.directives ?? []);
  const inherited = rulesOf(typeDirectives);
  return inherited.length > 0 ? inherited : [{ mode: defaultMode }];
}

export function isAuthorized(rules: readonly AuthRule[], caller: Caller): boolean {
  return rules.some(
    (rule) => rule.mode === caller.mode && (!rule.groups || rule.groups.some((group) => caller.groups.includes(group))),
  );
}
