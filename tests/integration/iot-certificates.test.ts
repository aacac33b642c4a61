import {
  AttachPolicyCommand,
  AttachThingPrincipalCommand,
  CreateKeysAndCertificateCommand,
  CreatePolicyCommand,
  CreateThingCommand,
  DeleteCertificateCommand,
  DescribeCACertificateCommand,
  DescribeCertificateCommand,
  DescribeEndpointCommand,
  DetachThingPrincipalCommand,
  ListCertificatesByCACommand,
  ListCertificatesCommand,
  RegisterCACertificateCommand,
  RegisterCertificateCommand,
  RegisterCertificateWithoutCACommand,
  UpdateCertificateCommand,
  type CertificateStatus,
  type IoTClient,
} from '@aws-sdk/client-iot';
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCa } from '../../local/iot/pki/local-ca';
import { clientCertificate, foreignCa } from './support/iot-certificates';
import { attempt, expectIotError, startTestIot, type TestIot } from './support/iot-harness';

let local: TestIot;
let iot: IoTClient;
let issuer: LocalCa;
/** EC certificates registered without a CA: as good as CreateKeysAndCertificate's here, and faster than RSA. */
const newCertificate = async (active = true) => {
  const { certificatePem } = await clientCertificate(issuer, 'device');
  return (await iot.send(new RegisterCertificateWithoutCACommand({ certificatePem, status: active ? 'ACTIVE' : 'INACTIVE' }))).certificateId ?? '';
};

beforeAll(async () => {
  local = await startTestIot();
  iot = local.client;
  issuer = await foreignCa('Test issuer');
});
afterAll(() => local.stop());

describe('certificates', () => {
  it('makes an RSA key pair once and names the certificate by the SHA-256 of its DER', async () => {
    // Act
    const made = await iot.send(new CreateKeysAndCertificateCommand({ setAsActive: true }));
    const described = await iot.send(new DescribeCertificateCommand({ certificateId: made.certificateId }));

    // Assess
    const der = new X509Certificate(made.certificatePem ?? '').raw;
    expect(made.certificateId).toBe(createHash('sha256').update(der).digest('hex'));
    expect(made.keyPair?.PrivateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    expect(described.certificateDescription).toMatchObject({ status: 'ACTIVE', certificateArn: made.certificateArn, ownedBy: '000000000000' });
  });

  it.each([
    ['INACTIVE', 'ACTIVE', {}],
    ['ACTIVE', 'REVOKED', {}],
    ['REVOKED', 'ACTIVE', { name: 'CertificateStateException', status: 406 }],
    ['ACTIVE', 'PENDING_ACTIVATION', { name: 'CertificateStateException', status: 406 }],
    ['ACTIVE', 'PENDING_TRANSFER', { name: 'CertificateStateException', status: 406 }],
    ['ACTIVE', 'BROKEN', { name: 'InvalidRequestException', status: 400 }],
  ] as const)('moves a certificate from %s to %s as AWS allows', async (from, to, expected) => {
    // Prepare
    const certificateId = await newCertificate(from === 'ACTIVE');
    if (from === 'REVOKED') await iot.send(new UpdateCertificateCommand({ certificateId, newStatus: 'REVOKED' }));

    // Act
    const outcome = await attempt(iot.send(new UpdateCertificateCommand({ certificateId, newStatus: to as CertificateStatus })));

    // Assess
    const status = (await iot.send(new DescribeCertificateCommand({ certificateId }))).certificateDescription?.status;
    expect({ outcome, status }).toEqual({ outcome: expected, status: 'name' in expected ? from : to });
  });

  it('deletes a certificate only once inactive, detached from things, and without policies unless forced', async () => {
    // Prepare
    const certificateId = await newCertificate(true);
    const principal = `arn:aws:iot:ap-northeast-1:000000000000:cert/${certificateId}`;
    await iot.send(new CreateThingCommand({ thingName: `t-${certificateId.slice(0, 8)}` }));
    await iot.send(new AttachThingPrincipalCommand({ thingName: `t-${certificateId.slice(0, 8)}`, principal }));
    await iot.send(new CreatePolicyCommand({ policyName: `p-${certificateId.slice(0, 8)}`, policyDocument: '{"Statement":{"Effect":"Allow","Action":"iot:*","Resource":"*"}}' }));
    await iot.send(new AttachPolicyCommand({ policyName: `p-${certificateId.slice(0, 8)}`, target: principal }));

    // Act
    const active = await attempt(iot.send(new DeleteCertificateCommand({ certificateId })));
    await iot.send(new UpdateCertificateCommand({ certificateId, newStatus: 'INACTIVE' }));
    const withThing = await attempt(iot.send(new DeleteCertificateCommand({ certificateId })));
    await iot.send(new DetachThingPrincipalCommand({ thingName: `t-${certificateId.slice(0, 8)}`, principal }));
    const withPolicy = await attempt(iot.send(new DeleteCertificateCommand({ certificateId })));
    const forced = await attempt(iot.send(new DeleteCertificateCommand({ certificateId, forceDelete: true })));

    // Assess
    expect([active, withThing, withPolicy, forced]).toEqual([
      { name: 'CertificateStateException', status: 406 },
      { name: 'DeleteConflictException', status: 409 },
      { name: 'DeleteConflictException', status: 409 },
      {},
    ]);
    await expectIotError(iot.send(new DescribeCertificateCommand({ certificateId })), 'ResourceNotFoundException', 404);
  });

  it('lists certificates newest first by default, page by page', async () => {
    // Prepare
    const made: string[] = [];
    for (let index = 0; index < 3; index++) {
      made.push(await newCertificate());
      // Creation times are in ms: a tick apart, the order is the creation order.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }

    // Act
    const first = await iot.send(new ListCertificatesCommand({ pageSize: 2 }));
    const ascending = await iot.send(new ListCertificatesCommand({ ascendingOrder: true, pageSize: 250 }));

    // Assess
    expect(first.certificates).toHaveLength(2);
    expect(first.nextMarker).toBeDefined();
    const ids = (ascending.certificates ?? []).map((certificate) => certificate.certificateId);
    expect(ids.filter((id) => made.includes(id ?? ''))).toEqual(made);
  });
});

describe('CA certificates and registration', () => {
  it('registers a CA, refuses it twice, and registers certificates it signed (not others)', async () => {
    // Prepare
    const ca = await foreignCa('Partner CA');
    const signed = await clientCertificate(ca, 'partner-device');
    const stranger = await clientCertificate(await foreignCa('Stranger CA'), 'stranger');

    // Act
    const registered = await iot.send(new RegisterCACertificateCommand({ caCertificate: ca.certificatePem, setAsActive: true }));
    const twice = await attempt(iot.send(new RegisterCACertificateCommand({ caCertificate: ca.certificatePem })));
    const device = await iot.send(new RegisterCertificateCommand({ certificatePem: signed.certificatePem, setAsActive: true }));
    const byCa = await iot.send(new ListCertificatesByCACommand({ caCertificateId: registered.certificateId }));
    const described = await iot.send(new DescribeCACertificateCommand({ certificateId: registered.certificateId }));

    // Assess
    expect(twice).toEqual({ name: 'ResourceAlreadyExistsException', status: 409 });
    expect(described.certificateDescription).toMatchObject({ status: 'ACTIVE', autoRegistrationStatus: 'DISABLE' });
    expect(byCa.certificates?.map((certificate) => certificate.certificateId)).toEqual([device.certificateId]);
    await expectIotError(iot.send(new RegisterCertificateCommand({ certificatePem: stranger.certificatePem })), 'CertificateValidationException', 400);
    await expectIotError(iot.send(new RegisterCertificateCommand({ certificatePem: signed.certificatePem })), 'ResourceAlreadyExistsException', 409);
    await expectIotError(iot.send(new RegisterCACertificateCommand({ caCertificate: signed.certificatePem })), 'CertificateValidationException', 400);
    await expectIotError(iot.send(new RegisterCACertificateCommand({ caCertificate: 'not a certificate' })), 'CertificateValidationException', 400);
    await expectIotError(iot.send(new DescribeCACertificateCommand({ certificateId: 'missing' })), 'ResourceNotFoundException', 404);
  });

  it('registers a certificate without a CA in SNI_ONLY mode', async () => {
    // Prepare
    const { certificatePem } = await clientCertificate(await foreignCa(), 'lonely-device');

    // Act
    const registered = await iot.send(new RegisterCertificateWithoutCACommand({ certificatePem, status: 'ACTIVE' }));
    const described = await iot.send(new DescribeCertificateCommand({ certificateId: registered.certificateId }));

    // Assess
    expect(described.certificateDescription).toMatchObject({ status: 'ACTIVE', certificateMode: 'SNI_ONLY' });
    expect(described.certificateDescription?.caCertificateId).toBeUndefined();
  });

  it('has the local maker CA registered with auto-registration', async () => {
    // Act
    const described = await iot.send(new DescribeCACertificateCommand({ certificateId: local.iot.caCertificateId }));

    // Assess
    expect(described.certificateDescription?.certificatePem?.trim()).toBe(readFileSync(local.iot.makerCa.certFile, 'utf8').trim());
    expect(described.certificateDescription).toMatchObject({ status: 'ACTIVE', autoRegistrationStatus: 'ENABLE' });
  });

  it('answers the data endpoint and refuses unknown endpoint types', async () => {
    // Act
    const endpoint = await iot.send(new DescribeEndpointCommand({ endpointType: 'iot:Data-ATS' }));

    // Assess
    expect(endpoint.endpointAddress).toBe(new URL(local.iot.mqttUrl).host);
    await expectIotError(iot.send(new DescribeEndpointCommand({ endpointType: 'iot:Nope' })), 'InvalidRequestException', 400);
  });
});
