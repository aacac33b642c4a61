import { PARTNER_SCOPES, type PartnerScope } from '../../domain/partner/partner.entity';
import type { PartnerIdentity } from '../../domain/partner/authorize-partner.service';

/**
 * The partner fields (`@aws_lambda` in the schema) each scope opens. A key without a scope has
 * that scope's fields denied by the authorizer (`deniedFields`: null and Unauthorized). A unit
 * test checks that every `@aws_lambda` field of the schema is listed here.
 */
export const SCOPE_FIELDS: Readonly<Record<PartnerScope, readonly string[]>> = {
  BOXES_READ: ['Query.partnerHub'],
  DELIVERIES_WRITE: ['Mutation.recordDelivery'],
};

/** The fields a key with `scopes` may not use, as AppSync's `TypeName.FieldName`. */
export function deniedFieldsFor(scopes: readonly PartnerScope[]): string[] {
  return (Object.entries(SCOPE_FIELDS) as [PartnerScope, readonly string[]][]).filter(([scope]) => !scopes.includes(scope)).flatMap(([, fields]) => fields);
}

/**
 * What resolvers read as `ctx.identity.resolverContext`: flat strings, as AppSync passes the
 * authorizer's context (scopes space-separated).
 */
export interface PartnerResolverContext {
  readonly [key: string]: string;
  readonly partnerId: string;
  readonly keyId: string;
  readonly scopes: string;
}

export function resolverContextOf(identity: PartnerIdentity): PartnerResolverContext {
  return { partnerId: identity.partnerId, keyId: identity.keyId, scopes: identity.scopes.join(' ') };
}

/** The partner behind a Lambda-authorized call, from a resolver event's identity; undefined for other callers. */
export function partnerOf(identity: unknown): { partnerId: string; scopes: PartnerScope[] } | undefined {
  const context = (identity as { resolverContext?: Partial<PartnerResolverContext> } | null)?.resolverContext;
  if (typeof context?.partnerId !== 'string') return undefined;
  const scopes = (context.scopes ?? '').split(' ').filter((scope): scope is PartnerScope => (PARTNER_SCOPES as readonly string[]).includes(scope));
  return { partnerId: context.partnerId, scopes };
}
