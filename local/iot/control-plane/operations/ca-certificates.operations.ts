import { certificateIdOf, isIssuedBy } from '../../pki/certificate-identity';
import { newCaCertificateRecord } from '../../registry/certificate-records';
import type { CaCertificateRecord } from '../../registry/registry-state';
import type { ControlPlaneContext } from '../control-plane-context';
import { alreadyExists, invalidRequest, IotServiceError, notFound } from '../iot-errors';
import { paginate } from '../pagination';
import type { Route } from '../router';
import { optionalString, requireString } from '../validation';
import { validCertificate } from './certificate-registration.operations';

/** RegisterCACertificate, DescribeCACertificate, UpdateCACertificate, ListCACertificates. */
export function caCertificateRoutes(ctx: ControlPlaneContext): Route[] {
  const { state } = ctx.store;
  const requireCa = (id: string): CaCertificateRecord => {
    const ca = state.caCertificates[id];
    if (!ca) throw notFound(`CA certificate ${id} cannot be found.`);
    return ca;
  };

  return [
    {
      operation: 'RegisterCACertificate',
      method: 'POST',
      path: '/cacertificate',
      handle: ({ query, body }) => {
        const certificate = validCertificate(requireString(body.caCertificate, 'caCertificate'), 'caCertificate');
        if (!certificate.ca) throw new IotServiceError('CertificateValidationException', 'The certificate is not a CA certificate.');
        // The proof of possession is checked when given; the local IoT has no registration codes to demand one.
        const verification = optionalString(body.verificationCertificate, 'verificationCertificate');
        if (verification && !isIssuedBy(validCertificate(verification, 'verificationCertificate'), certificate)) {
          throw new IotServiceError('CertificateValidationException', 'The verification certificate is not signed by the CA certificate.');
        }
        const certificateId = certificateIdOf(certificate);
        const arn = ctx.arns.caCertificate(certificateId);
        if (state.caCertificates[certificateId]) throw alreadyExists('The CA certificate is already registered', certificateId, arn);
        const mode = optionalString(body.certificateMode, 'certificateMode') ?? 'DEFAULT';
        if (mode !== 'DEFAULT' && mode !== 'SNI_ONLY') throw invalidRequest('certificateMode must be DEFAULT or SNI_ONLY.');
        state.caCertificates[certificateId] = newCaCertificateRecord(certificate, {
          active: query.get('setAsActive') === 'true',
          autoRegistration: query.get('allowAutoRegistration') === 'true',
          mode,
          now: ctx.now(),
        });
        ctx.store.changed();
        return { certificateArn: arn, certificateId };
      },
    },
    {
      operation: 'DescribeCACertificate',
      method: 'GET',
      path: '/cacertificate/{certificateId}',
      handle: ({ params }) => {
        const ca = requireCa(params.certificateId ?? '');
        return {
          certificateDescription: {
            certificateArn: ctx.arns.caCertificate(ca.certificateId),
            certificateId: ca.certificateId,
            status: ca.status,
            certificatePem: ca.certificatePem,
            ownedBy: ctx.account.accountId,
            creationDate: ca.creationDate,
            autoRegistrationStatus: ca.autoRegistrationStatus,
            lastModifiedDate: ca.lastModifiedDate,
            customerVersion: ca.customerVersion,
            generationId: ca.generationId,
            validity: ca.validity,
            certificateMode: ca.certificateMode,
          },
        };
      },
    },
    {
      operation: 'UpdateCACertificate',
      method: 'PUT',
      path: '/cacertificate/{certificateId}',
      handle: ({ params, query }) => {
        const ca = requireCa(params.certificateId ?? '');
        const status = query.get('newStatus');
        const autoRegistration = query.get('newAutoRegistrationStatus');
        if (status !== null && status !== 'ACTIVE' && status !== 'INACTIVE') throw invalidRequest('newStatus must be ACTIVE or INACTIVE.');
        if (autoRegistration !== null && autoRegistration !== 'ENABLE' && autoRegistration !== 'DISABLE') {
          throw invalidRequest('newAutoRegistrationStatus must be ENABLE or DISABLE.');
        }
        if (status) ca.status = status;
        if (autoRegistration) ca.autoRegistrationStatus = autoRegistration;
        ca.lastModifiedDate = ctx.now();
        ca.customerVersion += 1;
        ctx.store.changed();
        return {};
      },
    },
    {
      operation: 'ListCACertificates',
      method: 'GET',
      path: '/cacertificates',
      handle: ({ query }) => {
        const cas = Object.values(state.caCertificates).sort((a, b) => (a.certificateId < b.certificateId ? -1 : 1));
        const page = paginate(cas, (ca) => ca.certificateId, query.get('marker'), query.get('pageSize'));
        return {
          certificates: page.items.map((ca) => ({
            certificateArn: ctx.arns.caCertificate(ca.certificateId),
            certificateId: ca.certificateId,
            status: ca.status,
            creationDate: ca.creationDate,
          })),
          nextMarker: page.next,
        };
      },
    },
  ];
}
