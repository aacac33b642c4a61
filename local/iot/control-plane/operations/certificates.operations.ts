import { thingsOfPrincipal, policiesAttachedTo } from '../../registry/registry-queries';
import { CERTIFICATE_STATUSES, type CertificateRecord, type CertificateStatus } from '../../registry/registry-state';
import type { ControlPlaneContext } from '../control-plane-context';
import { certificateState, deleteConflict, invalidRequest, notFound } from '../iot-errors';
import { paginate } from '../pagination';
import type { Route } from '../router';

/** Statuses only AWS itself sets (JITR, transfers): UpdateCertificate refuses them. */
const SERVICE_ONLY_STATUSES: readonly CertificateStatus[] = ['PENDING_TRANSFER', 'PENDING_ACTIVATION'];

/**
 * The moves UpdateCertificate refuses with CertificateStateException: a certificate in transfer
 * cannot change, and a revoked one stays revoked (our reading of AWS's rule; see the README).
 */
function refusedMove(current: CertificateStatus, next: CertificateStatus): string | undefined {
  if (SERVICE_ONLY_STATUSES.includes(next)) return `The status ${next} cannot be set through UpdateCertificate.`;
  if (current === 'PENDING_TRANSFER') return 'A certificate pending transfer cannot change status.';
  if (current === 'REVOKED' && next !== 'REVOKED') return 'A revoked certificate cannot change status.';
  return undefined;
}

/** DescribeCertificate, UpdateCertificate, DeleteCertificate, ListCertificates, ListCertificatesByCA. */
export function certificateRoutes(ctx: ControlPlaneContext): Route[] {
  const { state } = ctx.store;
  const requireCertificate = (id: string): CertificateRecord => {
    const certificate = state.certificates[id];
    if (!certificate) throw notFound(`Certificate ${id} cannot be found.`);
    return certificate;
  };
  const listed = (certificates: CertificateRecord[], query: URLSearchParams) => {
    // Newest first unless isAscendingOrder; the key sorts the same way the list does.
    const ascending = query.get('isAscendingOrder') === 'true';
    const keyOf = (certificate: CertificateRecord) => {
      const time = String(Math.round(certificate.creationDate * 1000)).padStart(15, '0');
      return `${ascending ? time : String(1e15 - Number(time)).padStart(15, '0')}|${certificate.certificateId}`;
    };
    const sorted = [...certificates].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
    const page = paginate(sorted, keyOf, query.get('marker'), query.get('pageSize'));
    return {
      certificates: page.items.map((certificate) => ({
        certificateArn: ctx.arns.certificate(certificate.certificateId),
        certificateId: certificate.certificateId,
        status: certificate.status,
        certificateMode: certificate.certificateMode,
        creationDate: certificate.creationDate,
      })),
      nextMarker: page.next,
    };
  };

  return [
    {
      operation: 'DescribeCertificate',
      method: 'GET',
      path: '/certificates/{certificateId}',
      handle: ({ params }) => {
        const certificate = requireCertificate(params.certificateId ?? '');
        return {
          certificateDescription: {
            certificateArn: ctx.arns.certificate(certificate.certificateId),
            certificateId: certificate.certificateId,
            caCertificateId: certificate.caCertificateId,
            status: certificate.status,
            certificatePem: certificate.certificatePem,
            ownedBy: ctx.account.accountId,
            creationDate: certificate.creationDate,
            lastModifiedDate: certificate.lastModifiedDate,
            customerVersion: certificate.customerVersion,
            generationId: certificate.generationId,
            validity: certificate.validity,
            certificateMode: certificate.certificateMode,
          },
        };
      },
    },
    {
      operation: 'UpdateCertificate',
      method: 'PUT',
      path: '/certificates/{certificateId}',
      handle: ({ params, query }) => {
        const certificate = requireCertificate(params.certificateId ?? '');
        const next = query.get('newStatus') as CertificateStatus | null;
        if (next === null || !CERTIFICATE_STATUSES.includes(next)) throw invalidRequest(`newStatus must be one of ${CERTIFICATE_STATUSES.join(', ')}.`);
        const refusal = refusedMove(certificate.status, next);
        if (refusal) throw certificateState(`${refusal} Id: ${certificate.certificateId}`);
        if (certificate.status === next) return {};
        certificate.status = next;
        certificate.lastModifiedDate = ctx.now();
        certificate.customerVersion += 1;
        ctx.store.changed();
        return {};
      },
    },
    {
      operation: 'DeleteCertificate',
      method: 'DELETE',
      path: '/certificates/{certificateId}',
      handle: ({ params, query }) => {
        const certificate = requireCertificate(params.certificateId ?? '');
        const arn = ctx.arns.certificate(certificate.certificateId);
        if (certificate.status === 'ACTIVE') {
          throw certificateState(`Certificate must be deactivated (not ACTIVE) before deletion. Id: ${certificate.certificateId}`);
        }
        if (thingsOfPrincipal(state, arn).length > 0) throw deleteConflict(`Things must be detached before deletion (arn: ${arn})`);
        const policies = policiesAttachedTo(state, arn);
        if (policies.length > 0 && query.get('forceDelete') !== 'true') {
          throw deleteConflict(`Certificate policies must be detached before deletion (arn: ${arn})`);
        }
        for (const policy of policies) policy.targets = policy.targets.filter((target) => target !== arn);
        delete state.certificates[certificate.certificateId];
        ctx.store.changed();
        return {};
      },
    },
    {
      operation: 'ListCertificates',
      method: 'GET',
      path: '/certificates',
      handle: ({ query }) => listed(Object.values(state.certificates), query),
    },
    {
      operation: 'ListCertificatesByCA',
      method: 'GET',
      path: '/certificates-by-ca/{caCertificateId}',
      handle: ({ params, query }) => {
        const caCertificateId = params.caCertificateId ?? '';
        if (!state.caCertificates[caCertificateId]) throw notFound(`CA certificate ${caCertificateId} cannot be found.`);
        return listed(Object.values(state.certificates).filter((certificate) => certificate.caCertificateId === caCertificateId), query);
      },
    },
  ];
}
