import type { AppSyncIdentityCognito, Context } from '@aws-appsync/utils';

/** The signed-in caller's Cognito sub ('' for callers without one). */
export function callerSub(ctx: Context): string {
  return (ctx.identity as AppSyncIdentityCognito | null)?.sub ?? '';
}

/** Maker staff (admins, operators) see every home. */
export function isStaff(ctx: Context): boolean {
  const groups = (ctx.identity as AppSyncIdentityCognito | null)?.groups ?? [];
  return groups.includes('admin') || groups.includes('operator');
}

/** Whether the caller may see this hub item: staff, or its owner. */
export function maySeeHub(ctx: Context, hub: { ownerSub?: string } | null | undefined): boolean {
  return isStaff(ctx) || (!!hub && !!hub.ownerSub && hub.ownerSub === callerSub(ctx));
}
