/**
 * What the API is made of besides its schema: data sources and Lambda functions. The CDK app
 * deploys exactly this and the local runtime runs exactly this. Resolvers are found from
 * their file names (see resolver-files.ts).
 */
import type { SettingName } from '../infra/settings';
import { usersTable, type TableDefinition } from '../infra/tables';

export interface FunctionDefinition {
  /** Source file of the handler, from the repository root; it exports `handler`. */
  readonly entry: string;
  /** Settings (environment variables) the function reads. */
  readonly settings: readonly SettingName[];
  /** What the function may touch; the CDK app turns this into least-privilege grants. */
  readonly access: {
    readonly tables?: readonly { table: TableDefinition; write: boolean }[];
    readonly userPool?: readonly string[];
  };
}

export const functions = {
  createUser: {
    entry: 'lambdas/create-user.handler.ts',
    settings: ['stage', 'commitId', 'usersTable', 'userPoolId'],
    access: {
      tables: [{ table: usersTable, write: true }],
      userPool: ['cognito-idp:AdminCreateUser', 'cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminDeleteUser'],
    },
  },
} as const satisfies Record<string, FunctionDefinition>;

export type FunctionId = keyof typeof functions;

export type DataSourceDefinition =
  | { readonly kind: 'DYNAMODB'; readonly table: TableDefinition }
  | { readonly kind: 'LAMBDA'; readonly functionId: FunctionId }
  | { readonly kind: 'NONE' };

/** Keys are the names resolver files use in brackets: `Query.user.[users].ts`. */
export const dataSources = {
  users: { kind: 'DYNAMODB', table: usersTable },
  createUserFn: { kind: 'LAMBDA', functionId: 'createUser' },
  none: { kind: 'NONE' },
} as const satisfies Record<string, DataSourceDefinition>;

export type DataSourceId = keyof typeof dataSources;

export function isDataSourceId(name: string): name is DataSourceId {
  return Object.hasOwn(dataSources, name);
}
