import { util, type Context } from '@aws-appsync/utils';

/** The calling partner, as the Lambda authorizer put it in `ctx.identity.resolverContext`. */
export function partnerCaller(ctx: Context): { partnerId: string; scopes: string[] } {
  const identity = ctx.identity as { resolverContext?: { partnerId?: string; scopes?: string } } | null;
  const context = identity?.resolverContext;
  return { partnerId: context?.partnerId ?? '', scopes: (context?.scopes ?? '').split(' ') };
}

/**
 * Refuses a caller who is not a partner with `scope`. The authorizer's deniedFields already do
 * so; a field that reads the scope itself stays shut if that list ever misses it.
 */
export function requirePartnerScope(ctx: Context, scope: string) {
  const partner = partnerCaller(ctx);
  if (partner.partnerId === '' || !partner.scopes.includes(scope)) util.unauthorized();
  return partner;
}
