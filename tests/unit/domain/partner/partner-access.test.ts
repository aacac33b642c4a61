import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../../../../domain/errors/errors';
import { NotFoundError, UnauthorizedError } from '../../../../domain/errors/errors';
import { PartnerAccess } from '../../../../domain/partner/partner-access.service';
import { grantHolds } from '../../../../domain/partner/partner-grant.entity';
import { FakeGrants, FakePartners, NOW, ownedHub, PARTNER_ID, RecordingLog } from './fakes';

const OWNER = { sub: 'sub-owner', groups: ['owner'], userId: 'owner-1' };
const STRANGER = { sub: 'sub-stranger', groups: ['owner'], userId: 'stranger-1' };

function subject() {
  const devices = new Map([['hub-1', ownedHub('hub-1')]]);
  const partners = new FakePartners();
  partners.items.set(PARTNER_ID, { partnerId: PARTNER_ID, name: 'Yamato', status: 'ACTIVE', createdAt: '' });
  const grants = new FakeGrants();
  const access = new PartnerAccess({ devices: { get: async (id) => devices.get(id) }, partners, grants, log: new RecordingLog(), clock: () => NOW });
  return { devices, partners, grants, access };
}

describe('PartnerAccess', () => {
  it('lets the owner grant once: granting again answers the first grant', async () => {
    // Prepare
    const { access, grants } = subject();

    // Act
    const first = await access.grant(OWNER, 'hub-1', PARTNER_ID);
    const again = await access.grant({ ...OWNER }, 'hub-1', PARTNER_ID);

    // Assess
    expect(first).toEqual({ hubId: 'hub-1', partnerId: PARTNER_ID, partnerName: 'Yamato', grantedAt: NOW.toISOString(), grantedBy: 'owner-1' });
    expect(again).toEqual(first);
    expect(grants.items.size).toBe(1);
  });

  it('refuses another owner`s hub, and a missing one, the same way', async () => {
    // Prepare
    const { access, grants } = subject();

    // Act
    const theirs = access.grant(STRANGER, 'hub-1', PARTNER_ID);
    const missing = access.grant(OWNER, 'hub-404', PARTNER_ID);

    // Assess
    await expect(theirs).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(missing).rejects.toBeInstanceOf(UnauthorizedError);
    expect(grants.items.size).toBe(0);
  });

  it('refuses an unknown partner with NotFound and bad ids with ValidationError', async () => {
    // Prepare
    const { access } = subject();

    // Act
    const unknown = access.grant(OWNER, 'hub-1', '0c0c0c0c-1111-4222-8333-444444444444');
    const badHub = access.grant(OWNER, 'hub 1', PARTNER_ID).catch((error: ValidationError) => error.field);
    const badPartner = access.grant(OWNER, 'hub-1', 'yamato').catch((error: ValidationError) => error.field);

    // Assess
    await expect(unknown).rejects.toBeInstanceOf(NotFoundError);
    expect([await badHub, await badPartner]).toEqual(['hubId', 'partnerId']);
  });

  it('revokes a grant, and says NotFound when there is none', async () => {
    // Prepare
    const { access, grants } = subject();
    await access.grant(OWNER, 'hub-1', PARTNER_ID);

    // Act
    const removed = await access.revoke(OWNER, 'hub-1', PARTNER_ID);
    const again = access.revoke(OWNER, 'hub-1', PARTNER_ID);

    // Assess
    expect(removed.partnerId).toBe(PARTNER_ID);
    expect(grants.items.size).toBe(0);
    await expect(again).rejects.toBeInstanceOf(NotFoundError);
  });

  it('counts a grant only while its giver owns the hub', () => {
    // Prepare
    const grant = { hubId: 'hub-1', partnerId: PARTNER_ID, partnerName: 'Yamato', grantedAt: '', grantedBy: 'owner-1' };

    // Assess
    expect([grantHolds(grant, 'owner-1'), grantHolds(grant, 'owner-2'), grantHolds(undefined, 'owner-1'), grantHolds(grant, undefined)]).toEqual([true, false, false, false]);
  });
});
