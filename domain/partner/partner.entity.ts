import { ValidationError } from '../errors/errors';
import { LOWER_CASE_UUID } from '../shared/lower-case-uuid';
import { requiredText } from '../shared/required-text';

export type PartnerStatus = 'ACTIVE' | 'DISABLED';

/** A delivery company that calls the API with keys of its own. */
export interface Partner {
  readonly partnerId: string;
  readonly name: string;
  readonly status: PartnerStatus;
  readonly createdAt: string;
}

/** What a partner key may be used for; the API's partner fields each need one. */
export const PARTNER_SCOPES = ['BOXES_READ', 'DELIVERIES_WRITE'] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

const MAX_NAME = 128;

/** A partner id, or a ValidationError: partner ids are UUIDs the service makes, anything else cannot name one. */
export function parsePartnerId(value: unknown, field = 'partnerId'): string {
  if (typeof value !== 'string' || !LOWER_CASE_UUID.test(value)) throw new ValidationError(field, 'must be a partner id (a lower-case UUID)');
  return value;
}

/** A new partner from untrusted input, ACTIVE, with a UUID. */
export function newPartner(input: { name: unknown }, now: Date, newId: () => string): Partner {
  return { partnerId: newId(), name: requiredText('name', input.name, MAX_NAME), status: 'ACTIVE', createdAt: now.toISOString() };
}

/** One or more known scopes, each once. */
export function parseScopes(value: unknown): PartnerScope[] {
  if (!Array.isArray(value) || value.length === 0) throw new ValidationError('scopes', 'must list at least one scope');
  const scopes = value.map((scope: unknown) => {
    const known = PARTNER_SCOPES.find((name) => name === scope);
    if (!known) throw new ValidationError('scopes', `must be among ${PARTNER_SCOPES.join(', ')}`);
    return known;
  });
  if (new Set(scopes).size !== scopes.length) throw new ValidationError('scopes', 'lists a scope twice');
  return scopes;
}
