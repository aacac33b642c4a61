/**
 * What the API is made of besides its schema: data sources and Lambda functions. The CDK app
 * deploys exactly this and the local runtime runs exactly this. Resolvers are found from
 * their file names (see resolver-files.ts).
 */
import type { SettingName } from '../infra/settings';
import { partnerDataSources, partnerFunctions } from './functions/partners';
import { userDataSources, userFunctions } from './functions/users';
import { boxStatesTable, devicesTable, eventDeadLettersTable, eventsTable, partnerGrantsTable, tasksTable, usersTable, type TableDefinition } from '../infra/tables';

export interface FunctionDefinition {
  /** Source file of the handler, from the repository root; it exports `handler`. */
  readonly entry: string;
  /** Settings (environment variables) the function reads. */
  readonly settings: readonly SettingName[];
  /** What the function may touch; the CDK app turns this into least-privilege grants. */
  readonly access: {
    readonly tables?: readonly { table: TableDefinition; write: boolean }[];
    readonly userPool?: readonly string[];
    /** User pool actions of a pool trigger, on the pool that invokes it (named by its event, not a setting). */
    readonly triggeringUserPool?: readonly string[];
    /** AWS IoT registry actions, on any thing, group, certificate and the fleet policy. */
    readonly iot?: readonly string[];
    /** May call the API's IAM-only fields (publishing task updates and events). */
    readonly publishesToApi?: boolean;
  };
}

// What every task-keeping function needs: its task table, and the API to push task updates.
const TASKS = { table: tasksTable, write: true } as const;
const TASK_SETTINGS = ['stage', 'commitId', 'tasksTable', 'graphqlUrl'] as const;
// Writes people make check that their user is still ACTIVE (domain/user/active-caller.ts).
const USERS_READ = { table: usersTable, write: false } as const;

export const functions = {
  ...userFunctions,
  ...partnerFunctions,
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
    settings: [...TASK_SETTINGS, 'devicesTable', 'usersTable'],
    access: { tables: [{ table: devicesTable, write: true }, USERS_READ, TASKS], publishesToApi: true },
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
    settings: [...TASK_SETTINGS, 'devicesTable', 'usersTable', 'fleetPolicyName'],
    access: {
      tables: [{ table: devicesTable, write: true }, USERS_READ, TASKS],
      iot: ['iot:CreateThing', 'iot:UpdateThing', 'iot:AddThingToThingGroup', 'iot:DescribeCertificate', 'iot:AttachPolicy'],
      publishesToApi: true,
    },
  },
  deregisterNode: {
    entry: 'lambdas/deregister-node.handler.ts',
    settings: [...TASK_SETTINGS, 'devicesTable', 'usersTable'],
    access: {
      tables: [{ table: devicesTable, write: true }, USERS_READ, TASKS],
      iot: ['iot:RemoveThingFromThingGroup', 'iot:DeleteThing'],
      publishesToApi: true,
    },
  },
  decommissionHub: {
    entry: 'lambdas/decommission-hub.handler.ts',
    settings: [...TASK_SETTINGS, 'devicesTable', 'usersTable'],
    access: {
      tables: [{ table: devicesTable, write: true }, USERS_READ, TASKS],
      iot: ['iot:RemoveThingFromThingGroup', 'iot:DeleteThing', 'iot:DeleteThingGroup', 'iot:UpdateCertificate', 'iot:DescribeCertificate', 'iot:DetachThingPrincipal'],
      publishesToApi: true,
    },
  },
  transferHub: {
    entry: 'lambdas/transfer-hub.handler.ts',
    settings: [...TASK_SETTINGS, 'devicesTable', 'usersTable', 'partnerGrantsTable'],
    // The previous owner's partner grants of the hub are removed (domain/partner/stale-grants.ts).
    access: { tables: [{ table: devicesTable, write: true }, { table: usersTable, write: false }, { table: partnerGrantsTable, write: true }, TASKS], publishesToApi: true },
  },
  // Box events from Kinesis (eventSourceMappings below); keeps each box's last state beside them.
  ingestBoxEvents: {
    entry: 'lambdas/ingest-box-events.handler.ts',
    settings: ['stage', 'commitId', 'devicesTable', 'eventsTable', 'eventDeadLettersTable', 'boxStatesTable', 'graphqlUrl'],
    access: {
      tables: [{ table: devicesTable, write: false }, { table: eventsTable, write: true }, { table: boxStatesTable, write: true }, { table: eventDeadLettersTable, write: true }],
      publishesToApi: true,
    },
  },
  hubPresence: {
    entry: 'lambdas/hub-presence.handler.ts',
    settings: ['stage', 'commitId', 'devicesTable'],
    access: { tables: [{ table: devicesTable, write: true }] },
  },
} as const satisfies Record<string, FunctionDefinition>;

export type FunctionId = keyof typeof functions;

export type DataSourceDefinition =
  | { readonly kind: 'DYNAMODB'; readonly table: TableDefinition }
  | { readonly kind: 'LAMBDA'; readonly functionId: FunctionId }
  | { readonly kind: 'NONE' };

/** Keys are the names resolver files use in brackets: `Query.me.[users].ts`. */
export const dataSources = {
  users: { kind: 'DYNAMODB', table: usersTable },
  devices: { kind: 'DYNAMODB', table: devicesTable },
  tasks: { kind: 'DYNAMODB', table: tasksTable },
  events: { kind: 'DYNAMODB', table: eventsTable },
  boxStates: { kind: 'DYNAMODB', table: boxStatesTable },
  createUserFn: { kind: 'LAMBDA', functionId: 'createUser' },
  preregisterDevicesFn: { kind: 'LAMBDA', functionId: 'preregisterDevices' },
  registerHubFn: { kind: 'LAMBDA', functionId: 'registerHub' },
  registerNodesFn: { kind: 'LAMBDA', functionId: 'registerNodes' },
  deregisterNodeFn: { kind: 'LAMBDA', functionId: 'deregisterNode' },
  decommissionHubFn: { kind: 'LAMBDA', functionId: 'decommissionHub' },
  transferHubFn: { kind: 'LAMBDA', functionId: 'transferHub' },
  ...userDataSources,
  ...partnerDataSources,
  none: { kind: 'NONE' },
} as const satisfies Record<string, DataSourceDefinition>;

export type DataSourceId = keyof typeof dataSources;

/** Cognito user pool triggers: the CDK app attaches them to the pool, the local Cognito invokes them. */
export const userPoolTriggers = {
  PostConfirmation: 'confirmResident',
} as const satisfies Record<string, FunctionId>;

/**
 * The API's AWS_LAMBDA authorizer (partner keys). Its answers are never cached, so a revoked or
 * expired key is refused on its next call; `cacheTtlSeconds` is AppSync's setting and the TTL
 * the function answers with.
 */
export const lambdaAuthorizer = { functionId: 'partnerAuthorizer', cacheTtlSeconds: 0 } as const satisfies { functionId: FunctionId; cacheTtlSeconds: number };

export function isDataSourceId(name: string): name is DataSourceId {
  return Object.hasOwn(dataSources, name);
}

/** Kinesis data streams; the deployed name is `takuhai-<stage>-<id>`. */
export interface StreamDefinition {
  readonly id: string;
  /** One shard takes 1,000 records or 1 MB a second. */
  readonly shardCount: number;
}

export const streams = {
  /**
   * Lambda runs one batch per shard at a time, so the shards bound the ingest's concurrency as
   * well as the stream's 1,000 records a second each: at 1,000 box events a second, two shards
   * kept the ingest one batch behind and the local benchmark delivered 780 to 810 a second
   * (p50 2.2 to 2.8 s); four delivered 880 to 980 (p50 0.4 to 1.1 s). Lambda's
   * ParallelizationFactor would do the same on fewer shards; the local poller does not have it.
   */
  boxEvents: { id: 'box-events', shardCount: 4 },
} as const satisfies Record<string, StreamDefinition>;

export type StreamId = keyof typeof streams;

export function streamName(stage: string, stream: StreamId): string {
  return `takuhai-${stage}-${streams[stream].id}`;
}

/** A stream read by a function, with Lambda's event source mapping settings. */
export interface EventSourceMappingDefinition {
  readonly stream: StreamId;
  readonly functionId: FunctionId;
  readonly batchSize: number;
  readonly maximumBatchingWindowInSeconds: number;
  /** The function reports failed records (`batchItemFailures`); only they are retried. */
  readonly reportBatchItemFailures: true;
  /** Bounded, so that a record that always fails ends in the on-failure destination. */
  readonly maximumRetryAttempts: number;
  readonly maximumRecordAgeInSeconds: number;
  readonly bisectBatchOnFunctionError: boolean;
}

/** Kinesis -> Lambda: the CDK app deploys them (with an SQS on-failure queue), the local IoT polls them. */
export const eventSourceMappings = {
  ingestBoxEvents: {
    stream: 'boxEvents',
    functionId: 'ingestBoxEvents',
    batchSize: 100,
    maximumBatchingWindowInSeconds: 0,
    reportBatchItemFailures: true,
    maximumRetryAttempts: 5,
    maximumRecordAgeInSeconds: 3_600,
    bisectBatchOnFunctionError: true,
  },
} as const satisfies Record<string, EventSourceMappingDefinition>;

export type TopicRuleAction = { readonly lambda: FunctionId } | { readonly kinesis: { readonly stream: StreamId; readonly partitionKey: string } };

export interface TopicRuleDefinition {
  /** AWS IoT SQL, version 2016-03-23. */
  readonly sql: string;
  readonly action: TopicRuleAction;
}

/**
 * The JIT registration rule's SQL. AWS announces each auto-registered certificate on
 * `$aws/events/certificates/registered/<caCertificateId>`, once per connection attempt. The
 * CDK app narrows it to the maker CA it registers (`-c makerCaCertificate`), so that another
 * CA of the account never reaches this stage's activation; `+` is any CA.
 */
export function jitRegistrationSql(caCertificateId = '+'): string {
  return `SELECT * FROM '$aws/events/certificates/registered/${caCertificateId}'`;
}

/** IoT topic rules: the CDK app deploys them, the local IoT runs them. */
export const topicRules = {
  jit_registration: { sql: jitRegistrationSql(), action: { lambda: 'activateCertificate' } },
  // Box events; topic(2) is the hub (the fleet policy lets a hub publish under its own name only).
  // Partitioned by hub, so each home's events stay in order on one shard.
  box_events: {
    sql: "SELECT *, topic(2) AS hubId, topic(4) AS nodeId, timestamp() AS receivedAt FROM 'home/+/node/+/events'",
    action: { kinesis: { stream: 'boxEvents', partitionKey: '${topic(2)}' } },
  },
  hub_presence: { sql: "SELECT * FROM '$aws/events/presence/+/+'", action: { lambda: 'hubPresence' } },
} as const satisfies Record<string, TopicRuleDefinition>;

export type TopicRuleId = keyof typeof topicRules;

/** A topic rule's deployed name: letters, digits and underscores only. */
export function topicRuleName(stage: string, rule: string): string {
  return `takuhai_${stage.replace(/-/g, '_')}_${rule}`;
}

/**
 * Basic Ingest: a hub that publishes on `<this prefix><topic>` reaches that one rule directly,
 * without the broker (no messaging charge, no subscriber gets it); the rule sees `<topic>`.
 */
export function basicIngestPrefix(stage: string, rule: TopicRuleId): string {
  return `$aws/rules/${topicRuleName(stage, rule)}/`;
}
