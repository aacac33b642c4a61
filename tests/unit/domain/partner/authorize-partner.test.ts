import { describe, expect, it } from 'vitest';
import { AuthorizePartner } from '../../../../domain/partner/authorize-partner.service';
import { ManagePartners } from '../../../../domain/partner/manage-partners.service';
import { FakeKeys, FakePartners, NOW, PARTNER_ID, RecordingLog } from './fakes';

async function subject(options: { expiresInMs?: number } = {}) {
  const partners = new FakePartners();
  const keys = new FakeKeys();
  const log = new RecordingLog();
  let now = NOW;
  const manage = new ManagePartners({ partners, keys, log, clock: () => now, newId: () => PARTNER_ID });
  await manage.create({ name: 'Yamato' });
  const issued = await manage.issueKey({ partnerId: PARTNER_ID, scopes: ['BOXES_READ'], expiresAt: new Date(NOW.getTime() + (options.expiresInMs ?? 3_600_000)).toISOString() });
  const authorize = new AuthorizePartner({ partners, keys, log, clock: () => now });
  return { partners, keys, log, manage, authorize, secret: issued.secret, keyId: issued.key.keyId, later: (ms: number) => (now = new Date(NOW.getTime() + ms)) };
}

describe('AuthorizePartner', () => {
  it('lets a live key in with its partner and scopes, and logs the call with the partner id', async () => {
    // Prepare
    const { authorize, secret, keyId, keys, log } = await subject();

    // Act
    const outcome = await authorize.execute(secret, 'partnerHub');

    // Assess
    expect(outcome).toEqual({ authorized: true, identity: { partnerId: PARTNER_ID, keyId, scopes: ['BOXES_READ'] } });
    expect(keys.items.get(keyId)?.lastUsedAt).toBe(NOW.toISOString());
    expect(log.records).toContainEqual({ level: 'INFO', event: 'partner_call_authorized', fields: expect.objectContaining({ partner_id: PARTNER_ID, operation: 'partnerHub' }) });
  });

  it('refuses a revoked key on its very next call', async () => {
    // Prepare
    const { authorize, manage, secret, keyId, log } = await subject();
    await manage.revokeKey(PARTNER_ID, keyId);

    // Act
    const outcome = await authorize.execute(secret, 'partnerHub');

    // Assess
    expect(outcome).toEqual({ authorized: false, reason: 'key revoked' });
    expect(log.records.at(-1)).toMatchObject({ level: 'WARN', event: 'partner_call_refused', fields: { partner_id: PARTNER_ID } });
  });

  it('refuses a key once it expired', async () => {
    // Prepare
    const { authorize, secret, later } = await subject({ expiresInMs: 1_000 });
    later(1_000);

    // Act
    const outcome = await authorize.execute(secret, undefined);

    // Assess
    expect(outcome).toEqual({ authorized: false, reason: 'key expired' });
  });

  it('refuses a wrong secret for a real key id, a token of another shape, and a disabled partner', async () => {
    // Prepare
    const { authorize, secret, partners } = await subject();
    const forged = `${secret.slice(0, 21)}${'A'.repeat(43)}`;

    // Act
    const wrong = await authorize.execute(forged, undefined);
    const shapeless = await authorize.execute('Bearer something', undefined);
    partners.items.set(PARTNER_ID, { ...partners.items.get(PARTNER_ID)!, status: 'DISABLED' });
    const disabled = await authorize.execute(secret, undefined);

    // Assess
    expect([wrong, shapeless, disabled]).toEqual([
      { authorized: false, reason: 'unknown key' },
      { authorized: false, reason: 'not a partner key' },
      { authorized: false, reason: 'partner disabled' },
    ]);
  });
});
