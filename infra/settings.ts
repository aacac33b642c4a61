/**
 * Settings a function reads from its environment. The CDK app and the local stack set the
 * same variables; nothing else tells a function where it runs.
 */
export const SETTINGS = {
  stage: 'STAGE',
  usersTable: 'USERS_TABLE',
  devicesTable: 'DEVICES_TABLE',
  tasksTable: 'TASKS_TABLE',
  eventsTable: 'EVENTS_TABLE',
  boxStatesTable: 'BOX_STATES_TABLE',
  eventDeadLettersTable: 'EVENT_DEAD_LETTERS_TABLE',
  partnersTable: 'PARTNERS_TABLE',
  partnerKeysTable: 'PARTNER_KEYS_TABLE',
  partnerGrantsTable: 'PARTNER_GRANTS_TABLE',
  partnerDeliveriesTable: 'PARTNER_DELIVERIES_TABLE',
  userPoolId: 'USER_POOL_ID',
  /** The one IoT policy every hub certificate carries (policy variables, no per-hub edits). */
  fleetPolicyName: 'FLEET_POLICY_NAME',
  /** Where backends publish to subscribers (IAM-signed mutations). */
  graphqlUrl: 'GRAPHQL_URL',
  commitId: 'COMMIT_ID',
} as const;

export type SettingName = keyof typeof SETTINGS;

export function setting(name: SettingName): string {
  const variable = SETTINGS[name];
  const value = process.env[variable];
  if (!value) throw new Error(`environment variable ${variable} is not set`);
  return value;
}
