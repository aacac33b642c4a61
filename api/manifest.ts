/**
 * What the API is made of besides its schema: data sources and Lambda functions. The CDK app
 * deploys exactly this and the local runtime runs exactly this. Resolvers are found from
 * their file names (see resolver-files.ts).
 */
import type { SettingName } from '../infra/settings';
import { devicesTable, tasksTable, usersTable, type TableDefinition } from '../infra/tables';

export interface FunctionDefinition {
  /** Source file of the handler, from the repository root; it exports `handler`. */
  readonly entry: string;
  /** Settings (environment variables) the function reads. */
  readonly settings: readonly SettingName[];
  /** What the function may touch; the CDK app turns this into least-privilege grants. */
  readonly access: {
    readonly tables?: readonly { table: TableDefinition; write: boolean }[];
    readonly userPool?: readonly string[];
    /** AWS IoT registry actions, on any thing, group, certificate and the fleet policy. */
    readonly iot?: readonly string[];
    /** May call the API's IAM-only fields (publishing task updates and events). */
    readonly publishesToApi?: boolean;
  };
}

// What every task-keeping function needs: its task table, and the API to push task updates.
const TASKS = { table: tasksTable, write: true } as const;
const TASK_SETTINGS = ['stage', 'commitId', 'tasksTable', 'graphqlUrl'] as const;

export const functions = {
  createUser: {
    entry: 'lambdas/create-user.handler.ts',
    settings: ['stage', 'commitId', 'usersTable', 'userPoolId'],
    access: {
      tables: [{ table: usersTable, write: true }],
      userPool: ['cognito-idp:AdminCreateUser', 'cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminDeleteUser'],
    },
  },
  preregisterDevices: {
    entry: 'lambdas/preregister-devices.handler.ts',
    settings: [...TASK_SETTINGS, 'devicesTable'],
    access: { tables: [{ table: devicesTable, write: true }, TASKS], publishesToApi: true },
  },
  activateCertificate: {
    entry: 'lambdas/activate-certificate.handler.ts',
    settings: [...TASK_SETTINGS, 'devicesTable', 'fleetPolicyName'],
    access: {
      tables: [{ table: devicesTable, write: true }, TASKS],
      iot: ['iot:DescribeCertificate', 'iot:UpdateCertificate', 'iot:CreateThing', 'iot:UpdateThing', 'iot:AttachThingPrincipal', 'iot:AttachPolicy'],
      publishesToApi: true,
    },
  },
  registerHub: {
    entry: 'lambdas/register-hub.handler.ts',
    settings: [...TASK_SETTINGS, 'devicesTable', 'usersTable'],
    access: {
      tables: [{ table: devicesTable, write: true }, { table: usersTable, write: false }, TASKS],
      iot: ['iot:CreateThingGroup', 'iot:CreateThing', 'iot:UpdateThing', 'iot:AddThingToThingGroup'],
      publishesToApi: true,
    },
  },
  registerNodes: {
    entry: 'lambdas/register-nodes.handler.ts',
    settings: [...TASK_SETTINGS, 'devicesTable', 'fleetPolicyName'],
    access: {
      tables: [{ table: devicesTable, write: true }, TASKS],
      iot: ['iot:CreateThing', 'iot:UpdateThing', 'iot:AddThingToThingGroup', 'iot:DescribeCertificate', 'iot:AttachPolicy'],
      publishesToApi: true,
    },
  },
  deregisterNode: {
    entry: 'lambdas/deregister-node.handler.ts',
    settings: [...TASK_SETTINGS, 'devicesTable'],
    access: {
      tables: [{ table: devicesTable, write: true }, TASKS],
      iot: ['iot:RemoveThingFromThingGroup', 'iot:DeleteThing'],
      publishesToApi: true,
    },
  },
  decommissionHub: {
    entry: 'lambdas/decommission-hub.handler.ts',
    settings: [...TASK_SETTINGS, 'devicesTable'],
    access: {
      tables: [{ table: devicesTable, write: true }, TASKS],
      iot: ['iot:RemoveThingFromThingGroup', 'iot:DeleteThing', 'iot:DeleteThingGroup', 'iot:UpdateCertificate', 'iot:DescribeCertificate', 'iot:DetachThingPrincipal'],
      publishesToApi: true,
    },
  },
  transferHub: {
    entry: 'lambdas/transfer-hub.handler.ts',
    settings: [...TASK_SETTINGS, 'devicesTable', 'usersTable'],
    access: { tables: [{ table: devicesTable, write: true }, { table: usersTable, write: false }, TASKS], publishesToApi: true },
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
  devices: { kind: 'DYNAMODB', table: devicesTable },
  tasks: { kind: 'DYNAMODB', table: tasksTable },
  createUserFn: { kind: 'LAMBDA', functionId: 'createUser' },
  preregisterDevicesFn: { kind: 'LAMBDA', functionId: 'preregisterDevices' },
  registerHubFn: { kind: 'LAMBDA', functionId: 'registerHub' },
  registerNodesFn: { kind: 'LAMBDA', functionId: 'registerNodes' },
  deregisterNodeFn: { kind: 'LAMBDA', functionId: 'deregisterNode' },
  decommissionHubFn: { kind: 'LAMBDA', functionId: 'decommissionHub' },
  transferHubFn: { kind: 'LAMBDA', functionId: 'transferHub' },
  none: { kind: 'NONE' },
} as const satisfies Record<string, DataSourceDefinition>;

export type DataSourceId = keyof typeof dataSources;

export function isDataSourceId(name: string): name is DataSourceId {
  return Object.hasOwn(dataSources, name);
}

export interface TopicRuleDefinition {
  /** AWS IoT SQL, version 2016-03-23. */
  readonly sql: string;
  readonly action: { readonly lambda: FunctionId };
}

/** IoT topic rules: the CDK app deploys them, the local IoT runs them. */
export const topicRules = {
  // AWS announces each auto-registered certificate here, once per connection attempt.
  jit_registration: { sql: "SELECT * FROM '$aws/events/certificates/registered/#'", action: { lambda: 'activateCertificate' } },
} as const satisfies Record<string, TopicRuleDefinition>;
