import { randomUUID, type X509Certificate } from 'node:crypto';
import { certificateIdOf, isIssuedBy, parseCertificatePem, validityOf } from '../pki/certificate-identity';
import type { CaCertificateRecord, CertificateRecord, CertificateStatus, RegistryState } from './registry-state';

/** A registry record for a device certificate, keyed by AWS's certificate id. */
export function newCertificateRecord(
  certificate: X509Certificate,
  options: { status: CertificateStatus; caCertificateId?: string; mode: 'DEFAULT' | 'SNI_ONLY'; now: number },
): CertificateRecord {
  return {
    certificateId: certificateIdOf(certificate),
    certificatePem: certificate.toString(),
    caCertificateId: options.caCertificateId,
    status: options.status,
    certificateMode: options.mode,
    creationDate: options.now,
    lastModifiedDate: options.now,
    customerVersion: 1,
    generationId: randomUUID(),
    validity: validityOf(certificate),
  };
}

/** The registered CA (any status) that signed a certificate, if there is one. */
export function findIssuingCa(state: RegistryState, certificate: X509Certificate): CaCertificateRecord | undefined {
  return Object.values(state.caCertificates).find((ca) => {
    const parsed = parseCertificatePem(ca.certificatePem);
    return parsed !== undefined && isIssuedBy(certificate, parsed);
  });
}

/** A registry record for a CA certificate, keyed by its certificate id. */
export function newCaCertificateRecord(
  certificate: X509Certificate,
  options: { active: boolean; autoRegistration: boolean; mode: 'DEFAULT' | 'SNI_ONLY'; now: number },
): CaCertificateRecord {
  return {
    certificateId: certificateIdOf(certificate),
    certificatePem: certificate.toString(),
    status: options.active ? 'ACTIVE' : 'INACTIVE',
    autoRegistrationStatus: options.autoRegistration ? 'ENABLE' : 'DISABLE',
    certificateMode: options.mode,
    creationDate: options.now,
    lastModifiedDate: options.now,
    customerVersion: 1,
    generationId: randomUUID(),
    validity: validityOf(certificate),
  };
}
