import { parseIotArn } from '../../registry/arns';
import { thingsOfPrincipal } from '../../registry/registry-queries';
import type { ControlPlaneContext } from '../control-plane-context';
import { invalidRequest, notFound } from '../iot-errors';
import { paginate } from '../pagination';
import type { Route } from '../router';

/** AttachThingPrincipal, DetachThingPrincipal, ListThingPrincipals, ListPrincipalThings. */
export function thingPrincipalRoutes(ctx: ControlPlaneContext): Route[] {
  const { state } = ctx.store;

  /** The SDK sends the principal in the `x-amzn-principal` header. */
  const principalOf = (header: string | string[] | undefined): string => {
    const principal = Array.isArray(header) ? header[0] : header;
    if (!principal) throw invalidRequest('The principal (x-amzn-principal) is required.');
    const arn = parseIotArn(principal);
    if (arn?.resourceType === 'cert' && !state.certificates[arn.resourceId]) throw notFound(`Certificate ${arn.resourceId} cannot be found.`);
    if (arn?.resourceType !== 'cert') throw invalidRequest(`${principal} is not a certificate ARN.`);
    return principal;
  };
  const requireThing = (name: string) => {
    const thing = state.things[name];
    if (!thing) throw notFound(`Thing ${name} cannot be found.`);
    return thing;
  };

  return [
    {
      operation: 'AttachThingPrincipal',
      method: 'PUT',
      path: '/things/{thingName}/principals',
      handle: ({ params, query, headers }) => {
        const thing = requireThing(params.thingName ?? '');
        const principal = principalOf(headers['x-amzn-principal']);
        if (thing.principals.includes(principal)) return {};
        const others = thingsOfPrincipal(state, principal);
        if (query.get('thingPrincipalType') === 'EXCLUSIVE_THING' && others.length > 0) {
          throw invalidRequest(`The principal is already attached to thing ${others[0]?.thingName ?? ''}; an exclusive attachment needs it alone.`);
        }
        thing.principals.push(principal);
        ctx.store.changed();
        return {};
      },
    },
    {
      operation: 'DetachThingPrincipal',
      method: 'DELETE',
      path: '/things/{thingName}/principals',
      handle: ({ params, headers }) => {
        const thing = requireThing(params.thingName ?? '');
        const principal = principalOf(headers['x-amzn-principal']);
        thing.principals = thing.principals.filter((candidate) => candidate !== principal);
        ctx.store.changed();
        return {};
      },
    },
    {
      operation: 'ListThingPrincipals',
      method: 'GET',
      path: '/things/{thingName}/principals',
      handle: ({ params, query }) => {
        const thing = requireThing(params.thingName ?? '');
        const page = paginate([...thing.principals].sort(), (principal) => principal, query.get('nextToken'), query.get('maxResults'));
        return { principals: page.items, nextToken: page.next };
      },
    },
    {
      operation: 'ListPrincipalThings',
      method: 'GET',
      path: '/principals/things',
      handle: ({ query, headers }) => {
        const principal = principalOf(headers['x-amzn-principal']);
        const names = thingsOfPrincipal(state, principal).map((thing) => thing.thingName);
        const page = paginate(names, (name) => name, query.get('nextToken'), query.get('maxResults'));
        return { things: page.items, nextToken: page.next };
      },
    },
  ];
}
