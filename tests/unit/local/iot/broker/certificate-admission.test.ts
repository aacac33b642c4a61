import { X509Certificate } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { admitCertificate } from '../../../../../local/iot/broker/certificate-admission';
import { certificateIdOf } from '../../../../../local/iot/pki/certificate-identity';
import { issueCertificate } from '../../../../../local/iot/pki/issue-certificate';
import { loadOrCreateCa, type LocalCa } from '../../../../../local/iot/pki/local-ca';
import { generateKeyPair } from '../../../../../local/iot/pki/x509';
import { newCaCertificateRecord, newCertificateRecord } from '../../../../../local/iot/registry/certificate-records';
import { emptyRegistry, type CertificateStatus, type RegistryState } from '../../../../../local/iot/registry/registry-state';

let maker: LocalCa;
let stranger: LocalCa;
const now = Date.now() / 1000;

async function deviceCertificate(ca: LocalCa, name: string): Promise<X509Certificate> {
  const keys = await generateKeyPair();
  return new X509Certificate((await issueCertificate({ subject: `CN=${name}`, publicKey: keys.publicKey, issuer: ca, kind: 'client', days: 1 })).toString('pem'));
}

function registryWithMaker(options: { active?: boolean; autoRegistration?: boolean } = {}): { state: RegistryState; makerId: string } {
  const state = emptyRegistry();
  const record = newCaCertificateRecord(new X509Certificate(maker.certificatePem), { active: options.active ?? true, autoRegistration: options.autoRegistration ?? true, mode: 'DEFAULT', now });
  state.caCertificates[record.certificateId] = record;
  return { state, makerId: record.certificateId };
}

beforeAll(async () => {
  maker = await loadOrCreateCa(mkdtempSync(join(tmpdir(), 'maker-')), 'CN=Maker');
  stranger = await loadOrCreateCa(mkdtempSync(join(tmpdir(), 'stranger-')), 'CN=Stranger');
});

describe('admitCertificate', () => {
  it('registers an unknown maker-signed certificate as PENDING_ACTIVATION and refuses the connection', async () => {
    // Prepare
    const { state, makerId } = registryWithMaker();
    const peer = await deviceCertificate(maker, 'hub-1');

    // Act
    const admission = admitCertificate(state, peer, now);

    // Assess
    expect(admission).toMatchObject({ kind: 'refuse', pendingRegistration: { ca: { certificateId: makerId } } });
    expect(state.certificates[certificateIdOf(peer)]).toMatchObject({ status: 'PENDING_ACTIVATION', caCertificateId: makerId });
  });

  it.each<[string, { active?: boolean; autoRegistration?: boolean }]>([
    ['its CA is inactive', { active: false }],
    ['its CA does not allow auto-registration', { autoRegistration: false }],
  ])('refuses an unknown certificate when %s, and registers nothing', async (_case, options) => {
    // Prepare
    const { state } = registryWithMaker(options);
    const peer = await deviceCertificate(maker, 'hub-2');

    // Act
    const admission = admitCertificate(state, peer, now);

    // Assess
    expect(admission.kind).toBe('refuse');
    expect(Object.keys(state.certificates)).toEqual([]);
  });

  it('refuses a certificate from a CA it does not know, and no certificate at all', async () => {
    // Prepare
    const { state } = registryWithMaker();

    // Act
    const foreign = admitCertificate(state, await deviceCertificate(stranger, 'x'), now);
    const none = admitCertificate(state, undefined, now);

    // Assess
    expect([foreign.kind, none.kind]).toEqual(['refuse', 'refuse']);
    expect(Object.keys(state.certificates)).toEqual([]);
  });

  it.each<[CertificateStatus, string]>([
    ['ACTIVE', 'admit'],
    ['INACTIVE', 'refuse'],
    ['REVOKED', 'refuse'],
    ['PENDING_ACTIVATION', 'refuse'],
  ])('decides on a registered certificate that is %s: %s', async (status, kind) => {
    // Prepare
    const { state, makerId } = registryWithMaker();
    const peer = await deviceCertificate(maker, 'hub-3');
    state.certificates[certificateIdOf(peer)] = newCertificateRecord(peer, { status, caCertificateId: makerId, mode: 'DEFAULT', now });

    // Act
    const admission = admitCertificate(state, peer, now);

    // Assess
    expect(admission.kind).toBe(kind);
    expect(admission.kind === 'refuse' && admission.pendingRegistration !== undefined).toBe(status === 'PENDING_ACTIVATION');
  });

  it('refuses an active certificate whose CA was deactivated', async () => {
    // Prepare
    const { state, makerId } = registryWithMaker();
    const peer = await deviceCertificate(maker, 'hub-4');
    state.certificates[certificateIdOf(peer)] = newCertificateRecord(peer, { status: 'ACTIVE', caCertificateId: makerId, mode: 'DEFAULT', now });
    const ca = state.caCertificates[makerId];
    if (ca) ca.status = 'INACTIVE';

    // Act and Assess
    expect(admitCertificate(state, peer, now).kind).toBe('refuse');
  });
});
