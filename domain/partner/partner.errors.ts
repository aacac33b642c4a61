import { NotFoundError } from '../errors/errors';

export class PartnerNotFoundError extends NotFoundError {
  override readonly name: string = 'PartnerNotFoundError';
  constructor(partnerId: string) {
    super(`partner ${partnerId} does not exist or is disabled`, { partnerId });
  }
}

export class PartnerKeyNotFoundError extends NotFoundError {
  override readonly name: string = 'PartnerKeyNotFoundError';
  constructor(partnerId: string, keyId: string) {
    super(`partner ${partnerId} has no key ${keyId}`, { partnerId, keyId });
  }
}

export class GrantNotFoundError extends NotFoundError {
  override readonly name: string = 'GrantNotFoundError';
  constructor(hubId: string, partnerId: string) {
    super(`hub ${hubId} has not granted access to partner ${partnerId}`, { hubId, partnerId });
  }
}
