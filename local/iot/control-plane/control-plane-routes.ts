import type { ControlPlaneContext } from './control-plane-context';
import { caCertificateRoutes } from './operations/ca-certificates.operations';
import { certificateRegistrationRoutes } from './operations/certificate-registration.operations';
import { certificateRoutes } from './operations/certificates.operations';
import { endpointRoutes } from './operations/endpoint.operations';
import { policyRoutes } from './operations/policies.operations';
import { policyAttachmentRoutes } from './operations/policy-attachments.operations';
import { thingGroupMemberRoutes } from './operations/thing-group-members.operations';
import { thingGroupRoutes } from './operations/thing-groups.operations';
import { thingPrincipalRoutes } from './operations/thing-principals.operations';
import { thingTypeRoutes } from './operations/thing-types.operations';
import { thingRoutes } from './operations/things.operations';
import type { Route } from './router';

/** Every AWS IoT operation the local control plane implements. */
export function controlPlaneRoutes(ctx: ControlPlaneContext): Route[] {
  return [
    ...thingRoutes(ctx),
    ...thingTypeRoutes(ctx),
    ...thingGroupRoutes(ctx),
    ...thingGroupMemberRoutes(ctx),
    ...policyRoutes(ctx),
    ...policyAttachmentRoutes(ctx),
    ...thingPrincipalRoutes(ctx),
    ...certificateRoutes(ctx),
    ...certificateRegistrationRoutes(ctx),
    ...caCertificateRoutes(ctx),
    ...endpointRoutes(ctx),
  ];
}
