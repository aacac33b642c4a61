import type { ControlPlaneContext } from '../control-plane-context';
import { invalidRequest } from '../iot-errors';
import type { Route } from '../router';

const ENDPOINT_TYPES = ['iot:Data', 'iot:Data-ATS', 'iot:CredentialProvider', 'iot:Jobs'];

/**
 * DescribeEndpoint. AWS answers a host name (`<prefix>-ats.iot.<region>.amazonaws.com`) and
 * devices add port 8883; locally the broker's port is not fixed, so the answer is `host:port`
 * for the data endpoints. The credential provider and jobs endpoints do not exist locally.
 */
export function endpointRoutes(ctx: ControlPlaneContext): Route[] {
  return [
    {
      operation: 'DescribeEndpoint',
      method: 'GET',
      path: '/endpoint',
      handle: ({ query }) => {
        const type = query.get('endpointType') ?? 'iot:Data';
        if (!ENDPOINT_TYPES.includes(type)) throw invalidRequest(`Endpoint type ${type} not recognized.`);
        return { endpointAddress: ctx.dataEndpoint() };
      },
    },
  ];
}
