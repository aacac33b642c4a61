/**
 * The user lifecycle's functions, spread into `functions` of `../manifest.ts` (which checks
 * their shape). Each admin write reads the users table for the caller's own status too.
 */
import { usersTable } from '../../infra/tables';

const USERS = { table: usersTable, write: true } as const;
const SETTINGS = ['stage', 'commitId', 'usersTable', 'userPoolId'] as const;

export const userFunctions = {
  updateUser: {
    entry: 'lambdas/update-user.handler.ts',
    settings: SETTINGS,
    access: {
      tables: [USERS],
      userPool: ['cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminRemoveUserFromGroup', 'cognito-idp:AdminUpdateUserAttributes'],
    },
  },
  disableUser: {
    entry: 'lambdas/disable-user.handler.ts',
    settings: SETTINGS,
    access: { tables: [USERS], userPool: ['cognito-idp:AdminDisableUser', 'cognito-idp:AdminEnableUser'] },
  },
  enableUser: {
    entry: 'lambdas/enable-user.handler.ts',
    settings: SETTINGS,
    access: { tables: [USERS], userPool: ['cognito-idp:AdminEnableUser', 'cognito-idp:AdminDisableUser'] },
  },
  // The user pool's PostConfirmation trigger: it learns the pool from its event (see the handler).
  confirmResident: {
    entry: 'lambdas/confirm-resident.handler.ts',
    settings: ['stage', 'commitId', 'usersTable'],
    access: { tables: [USERS], triggeringUserPool: ['cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminDeleteUser'] },
  },
} as const;

/** Data sources of the lifecycle's fields; resolver files name them in brackets. */
export const userDataSources = {
  updateUserFn: { kind: 'LAMBDA', functionId: 'updateUser' },
  disableUserFn: { kind: 'LAMBDA', functionId: 'disableUser' },
  enableUserFn: { kind: 'LAMBDA', functionId: 'enableUser' },
} as const;
