import { createPrivateKey, type X509Certificate } from 'node:crypto';
import { certificateIdOf, isIssuedBy, parseCertificatePem } from '../../pki/certificate-identity';
import { issueCertificate } from '../../pki/issue-certificate';
import { generateKeyPair, privateKeyPem, publicKeyPem, RSA_2048 } from '../../pki/x509';
import { findIssuingCa, newCertificateRecord } from '../../registry/certificate-records';
import { CERTIFICATE_STATUSES, type CertificateRecord, type CertificateStatus } from '../../registry/registry-state';
import type { ControlPlaneContext } from '../control-plane-context';
import { alreadyExists, invalidRequest, IotServiceError } from '../iot-errors';
import type { Route } from '../router';
import { optionalString, requireString } from '../validation';

/** AWS's CreateKeysAndCertificate certificates are valid until the end of 2049. */
const AMAZON_ISSUED_UNTIL = Date.UTC(2049, 11, 31, 23, 59, 59);

const invalidCertificate = (message: string) => new IotServiceError('CertificateValidationException', message);

/** A PEM the API accepts: parseable, and not expired. */
export function validCertificate(pem: string, field: string): X509Certificate {
  const certificate = parseCertificatePem(pem);
  if (!certificate) throw invalidCertificate(`${field} is not a valid PEM certificate.`);
  if (Date.parse(certificate.validTo) < Date.now()) throw invalidCertificate(`${field} has expired.`);
  return certificate;
}

/** The status a registration asks for: `setAsActive` wins, then `status`, else INACTIVE. */
function requestedStatus(setAsActive: string | null, status: string | undefined): CertificateStatus {
  if (setAsActive === 'true') return 'ACTIVE';
  if (status === undefined) return 'INACTIVE';
  if (!CERTIFICATE_STATUSES.includes(status as CertificateStatus) || status === 'PENDING_TRANSFER') throw invalidRequest(`status ${status} cannot be registered.`);
  return status as CertificateStatus;
}

/** RegisterCertificate, RegisterCertificateWithoutCA, CreateKeysAndCertificate. */
export function certificateRegistrationRoutes(ctx: ControlPlaneContext): Route[] {
  const { state } = ctx.store;
  const store = (record: CertificateRecord) => {
    const arn = ctx.arns.certificate(record.certificateId);
    if (state.certificates[record.certificateId]) throw alreadyExists('The certificate is already provisioned or registered', record.certificateId, arn);
    state.certificates[record.certificateId] = record;
    ctx.store.changed();
    return { certificateArn: arn, certificateId: record.certificateId };
  };

  return [
    {
      operation: 'RegisterCertificate',
      method: 'POST',
      path: '/certificate/register',
      handle: ({ query, body }) => {
        const certificate = validCertificate(requireString(body.certificatePem, 'certificatePem'), 'certificatePem');
        const caPem = optionalString(body.caCertificatePem, 'caCertificatePem');
        // With a CA PEM, that CA must be registered and the signer; without one, the issuer is looked up.
        const ca = caPem
          ? state.caCertificates[certificateIdOf(validCertificate(caPem, 'caCertificatePem'))]
          : findIssuingCa(state, certificate);
        const caCertificate = ca && parseCertificatePem(ca.certificatePem);
        if (!ca || !caCertificate || !isIssuedBy(certificate, caCertificate)) {
          throw invalidCertificate('The certificate is not signed by a CA certificate registered in this account.');
        }
        const status = requestedStatus(query.get('setAsActive'), optionalString(body.status, 'status'));
        return store(newCertificateRecord(certificate, { status, caCertificateId: ca.certificateId, mode: ca.certificateMode, now: ctx.now() }));
      },
    },
    {
      operation: 'RegisterCertificateWithoutCA',
      method: 'POST',
      path: '/certificate/register-no-ca',
      handle: ({ body }) => {
        const certificate = validCertificate(requireString(body.certificatePem, 'certificatePem'), 'certificatePem');
        const status = requestedStatus(null, optionalString(body.status, 'status'));
        return store(newCertificateRecord(certificate, { status, mode: 'SNI_ONLY', now: ctx.now() }));
      },
    },
    {
      operation: 'CreateKeysAndCertificate',
      method: 'POST',
      path: '/keys-and-certificate',
      handle: async ({ query }) => {
        const keys = await generateKeyPair(RSA_2048);
        const issued = await issueCertificate({
          subject: 'CN=AWS IoT Certificate',
          publicKey: keys.publicKey,
          issuer: ctx.serviceCa,
          kind: 'client',
          days: Math.floor((AMAZON_ISSUED_UNTIL - Date.now()) / 86_400_000),
        });
        const certificatePem = issued.toString('pem');
        const certificate = validCertificate(certificatePem, 'certificatePem');
        const status: CertificateStatus = query.get('setAsActive') === 'true' ? 'ACTIVE' : 'INACTIVE';
        const stored = store(newCertificateRecord(certificate, { status, mode: 'DEFAULT', now: ctx.now() }));
        // AWS hands the private key out once, in PKCS#1 form; it keeps no copy.
        const privateKey = createPrivateKey(await privateKeyPem(keys.privateKey)).export({ type: 'pkcs1', format: 'pem' }).toString();
        return { ...stored, certificatePem, keyPair: { PublicKey: await publicKeyPem(keys.publicKey), PrivateKey: privateKey } };
      },
    },
  ];
}
