import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../../../../domain/errors/errors';
import { NotFoundError } from '../../../../domain/errors/errors';
import { ManagePartners } from '../../../../domain/partner/manage-partners.service';
import { secretMatches } from '../../../../domain/partner/partner-secret';
import { FakeKeys, FakePartners, NOW, PARTNER_ID, RecordingLog } from './fakes';

const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY_MS).toISOString();

function subject() {
  const partners = new FakePartners();
  const keys = new FakeKeys();
  const log = new RecordingLog();
  const service = new ManagePartners({ partners, keys, log, clock: () => NOW, newId: () => PARTNER_ID });
  return { partners, keys, log, service };
}

describe('ManagePartners', () => {
  it('issues a key whose secret is answered once and kept only as a hash', async () => {
    // Prepare
    const { keys, service } = subject();
    await service.create({ name: ' Yamato ' });

    // Act
    const issued = await service.issueKey({ partnerId: PARTNER_ID, scopes: ['BOXES_READ'], expiresAt: inDays(30) });

    // Assess
    expect(issued.secret).toMatch(/^tkp_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(issued.key).toMatchObject({ partnerId: PARTNER_ID, scopes: ['BOXES_READ'], prefix: issued.secret.slice(0, 12) });
    expect(issued.key).not.toHaveProperty('secretHash');
    const stored = keys.items.get(issued.key.keyId);
    expect(JSON.stringify(stored)).not.toContain(issued.secret);
    expect(secretMatches(issued.secret, stored?.secretHash ?? '')).toBe(true);
    expect(secretMatches(`${issued.secret.slice(0, -1)}x`, stored?.secretHash ?? '')).toBe(false);
  });

  it('refuses bad scopes and expiries, naming the field', async () => {
    // Prepare
    const { service } = subject();
    await service.create({ name: 'Yamato' });
    const attempts = [
      { scopes: [], expiresAt: inDays(1) },
      { scopes: ['BOXES_READ', 'BOXES_READ'], expiresAt: inDays(1) },
      { scopes: ['ADMIN'], expiresAt: inDays(1) },
      { scopes: ['BOXES_READ'], expiresAt: inDays(-1) },
      { scopes: ['BOXES_READ'], expiresAt: inDays(366) },
      { scopes: ['BOXES_READ'], expiresAt: 'soon' },
    ];

    // Act
    const fields = await Promise.all(
      attempts.map((input) => service.issueKey({ partnerId: PARTNER_ID, ...input }).then(() => 'issued', (error: ValidationError) => error.field)),
    );

    // Assess
    expect(fields).toEqual(['scopes', 'scopes', 'scopes', 'expiresAt', 'expiresAt', 'expiresAt']);
  });

  it('revokes a key once (the first time stays) and refuses another partner`s key', async () => {
    // Prepare
    const { service } = subject();
    await service.create({ name: 'Yamato' });
    const { key } = await service.issueKey({ partnerId: PARTNER_ID, scopes: ['DELIVERIES_WRITE'], expiresAt: inDays(1) });

    // Act
    const first = await service.revokeKey(PARTNER_ID, key.keyId);
    const again = await service.revokeKey(PARTNER_ID, key.keyId);
    const other = service.revokeKey('0b0b0b0b-1111-4222-8333-444444444444', key.keyId);

    // Assess
    expect(first.revokedAt).toBe(NOW.toISOString());
    expect(again.revokedAt).toBe(first.revokedAt);
    await expect(other).rejects.toBeInstanceOf(NotFoundError);
  });

  it('issues no key to a partner that does not exist', async () => {
    // Act
    const attempt = subject().service.issueKey({ partnerId: PARTNER_ID, scopes: ['BOXES_READ'], expiresAt: inDays(1) });

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
  });
});
