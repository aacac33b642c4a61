import { buildSchema, type GraphQLObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../../../local/appsync/auth/caller';
import { fieldRules, isAuthorized } from '../../../../../local/appsync/auth/field-authorization';

const prelude = readFileSync('schema/appsync-prelude.graphql', 'utf8');
const schema = buildSchema(`${prelude}
  type Query {
    open: String
    admins: String @aws_cognito_user_pools(cognito_groups: ["admin"])
    partners: Partnerish @aws_api_key
    keyed: Mixed @aws_api_key @aws_cognito_user_pools
  }
  type Partnerish @aws_api_key { name: String secret: String @aws_iam }
  type Mixed @aws_cognito_user_pools(cognito_groups: ["operator"]) { value: String }
`);

const admin: Caller = { mode: 'AMAZON_COGNITO_USER_POOLS', identity: {}, groups: ['admin'] };
const owner: Caller = { mode: 'AMAZON_COGNITO_USER_POOLS', identity: {}, groups: ['owner'] };
const apiKey: Caller = { mode: 'API_KEY', identity: null, groups: [] };
const iam: Caller = { mode: 'AWS_IAM', identity: {}, groups: [] };

function allowed(typeName: string, fieldName: string, caller: Caller): boolean {
  const type = schema.getType(typeName) as GraphQLObjectType;
  const field = type.getFields()[fieldName];
  if (!field) throw new Error(`no field ${fieldName}`);
  return isAuthorized(fieldRules(type, field, 'AMAZON_COGNITO_USER_POOLS'), caller);
}

describe('AppSync directive rules', () => {
  it('opens a field with no directive to the default mode only', () => {
    // Act / Assess
    expect([allowed('Query', 'open', owner), allowed('Query', 'open', apiKey), allowed('Query', 'open', iam)]).toEqual([true, false, false]);
  });

  it('limits a user pool directive with groups to those groups', () => {
    // Act / Assess
    expect([allowed('Query', 'admins', admin), allowed('Query', 'admins', owner), allowed('Query', 'admins', apiKey)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('lets a field directive replace its type`s directives', () => {
    // Act / Assess
    expect([allowed('Partnerish', 'name', apiKey), allowed('Partnerish', 'secret', apiKey), allowed('Partnerish', 'secret', iam)]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('checks nested types on their own: a root field open to a mode does not open its type', () => {
    // Act / Assess
    expect([allowed('Query', 'keyed', apiKey), allowed('Mixed', 'value', apiKey), allowed('Mixed', 'value', owner)]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
