/**
 * Partners' functions, spread into `functions` of `../manifest.ts` (which checks their shape):
 * admins' management, owners' grants, and the API's Lambda authorizer.
 */
import { boxStatesTable, devicesTable, eventsTable, partnerDeliveriesTable, partnerGrantsTable, partnerKeysTable, partnersTable, usersTable } from '../../infra/tables';

const ADMIN_WRITE = {
  settings: ['stage', 'commitId', 'usersTable', 'partnersTable', 'partnerKeysTable'],
  access: {
    tables: [
      { table: usersTable, write: false },
      { table: partnersTable, write: true },
      { table: partnerKeysTable, write: true },
    ],
  },
} as const;

const OWNER_WRITE = {
  settings: ['stage', 'commitId', 'usersTable', 'devicesTable', 'partnersTable', 'partnerGrantsTable'],
  access: {
    tables: [
      { table: usersTable, write: false },
      { table: devicesTable, write: false },
      { table: partnersTable, write: false },
      { table: partnerGrantsTable, write: true },
    ],
  },
} as const;

export const partnerFunctions = {
  createPartner: { entry: 'lambdas/create-partner.handler.ts', ...ADMIN_WRITE },
  issuePartnerKey: { entry: 'lambdas/issue-partner-key.handler.ts', ...ADMIN_WRITE },
  revokePartnerKey: { entry: 'lambdas/revoke-partner-key.handler.ts', ...ADMIN_WRITE },
  grantPartnerAccess: { entry: 'lambdas/grant-partner-access.handler.ts', ...OWNER_WRITE },
  revokePartnerAccess: { entry: 'lambdas/revoke-partner-access.handler.ts', ...OWNER_WRITE },
  // A delivery becomes a box event through the devices' own store-once-and-push path (domain/events).
  recordDelivery: {
    entry: 'lambdas/record-delivery.handler.ts',
    settings: ['stage', 'commitId', 'devicesTable', 'eventsTable', 'boxStatesTable', 'partnerGrantsTable', 'partnerDeliveriesTable', 'graphqlUrl'],
    access: {
      tables: [
        { table: devicesTable, write: false },
        { table: eventsTable, write: true },
        { table: boxStatesTable, write: true },
        { table: partnerGrantsTable, write: false },
        { table: partnerDeliveriesTable, write: true },
      ],
      publishesToApi: true,
    },
  },
  // Runs on every partner call: reads a key and its partner, and notes when the key was last used.
  partnerAuthorizer: {
    entry: 'lambdas/partner-authorizer.handler.ts',
    settings: ['stage', 'commitId', 'partnersTable', 'partnerKeysTable'],
    access: { tables: [{ table: partnersTable, write: false }, { table: partnerKeysTable, write: true }] },
  },
} as const;

/** Data sources of the partner fields; resolver files name them in brackets. */
export const partnerDataSources = {
  partners: { kind: 'DYNAMODB', table: partnersTable },
  partnerKeys: { kind: 'DYNAMODB', table: partnerKeysTable },
  partnerGrants: { kind: 'DYNAMODB', table: partnerGrantsTable },
  createPartnerFn: { kind: 'LAMBDA', functionId: 'createPartner' },
  issuePartnerKeyFn: { kind: 'LAMBDA', functionId: 'issuePartnerKey' },
  revokePartnerKeyFn: { kind: 'LAMBDA', functionId: 'revokePartnerKey' },
  grantPartnerAccessFn: { kind: 'LAMBDA', functionId: 'grantPartnerAccess' },
  revokePartnerAccessFn: { kind: 'LAMBDA', functionId: 'revokePartnerAccess' },
  recordDeliveryFn: { kind: 'LAMBDA', functionId: 'recordDelivery' },
} as const;
