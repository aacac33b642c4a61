import type { X509Certificate } from 'node:crypto';
import { certificateIdOf } from '../pki/certificate-identity';
import { findIssuingCa, newCertificateRecord } from '../registry/certificate-records';
import type { CaCertificateRecord, CertificateRecord, RegistryState } from '../registry/registry-state';

/** What the broker does with a TLS client: let it speak MQTT, or hang up (after JITR, maybe). */
export type Admission =
  | { readonly kind: 'admit'; readonly certificate: CertificateRecord }
  | { readonly kind: 'refuse'; readonly reason: string; readonly pendingRegistration?: PendingRegistration };

/** A certificate waiting for activation, whose registration event AWS publishes (again). */
export interface PendingRegistration {
  readonly certificate: CertificateRecord;
  readonly ca: CaCertificateRecord;
}

/**
 * AWS IoT's rules for a client certificate, applied after the TLS handshake: a registered
 * certificate must be ACTIVE (and its CA too, when it has one); an unknown certificate signed by
 * an active CA with auto-registration is registered as PENDING_ACTIVATION (just-in-time
 * registration); anything else is refused. The registry is changed in place for JITR.
 */
export function admitCertificate(state: RegistryState, peer: X509Certificate | undefined, now: number): Admission {
  if (!peer) return { kind: 'refuse', reason: 'no client certificate' };
  if (Date.parse(peer.validTo) < now * 1000 || Date.parse(peer.validFrom) > now * 1000) return { kind: 'refuse', reason: 'certificate outside its validity' };
  const certificateId = certificateIdOf(peer);
  const known = state.certificates[certificateId];
  if (known) {
    const ca = known.caCertificateId ? state.caCertificates[known.caCertificateId] : undefined;
    if (known.status === 'PENDING_ACTIVATION' && ca) {
      return { kind: 'refuse', reason: 'certificate pending activation', pendingRegistration: { certificate: known, ca } };
    }
    if (known.status !== 'ACTIVE') return { kind: 'refuse', reason: `certificate ${known.status}` };
    if (known.caCertificateId && ca?.status !== 'ACTIVE') return { kind: 'refuse', reason: 'CA certificate not active' };
    return { kind: 'admit', certificate: known };
  }
  const ca = findIssuingCa(state, peer);
  if (!ca || ca.status !== 'ACTIVE') return { kind: 'refuse', reason: 'certificate unknown and not signed by an active registered CA' };
  if (ca.autoRegistrationStatus !== 'ENABLE') return { kind: 'refuse', reason: 'certificate unknown; its CA does not allow auto-registration' };
  const certificate = newCertificateRecord(peer, { status: 'PENDING_ACTIVATION', caCertificateId: ca.certificateId, mode: ca.certificateMode, now });
  state.certificates[certificateId] = certificate;
  return { kind: 'refuse', reason: 'certificate registered just in time, pending activation', pendingRegistration: { certificate, ca } };
}
