import { parseIotArn } from '../../registry/arns';
import { groupWithAncestors, policiesAttachedTo } from '../../registry/registry-queries';
import type { ControlPlaneContext } from '../control-plane-context';
import { invalidRequest, IotServiceError, notFound } from '../iot-errors';
import { paginate } from '../pagination';
import type { Route } from '../router';
import { requireString } from '../validation';

/** AWS's limit: at most 10 policies on one certificate. */
export const MAX_POLICIES_PER_CERTIFICATE = 10;

/** Cognito identity ids (`<region>:<uuid>`) are targets too; the local IoT keeps them as given. */
const COGNITO_IDENTITY = /^[\w-]+:[0-9a-f-]{36}$/;

/** AttachPolicy, DetachPolicy, ListAttachedPolicies, ListTargetsForPolicy. */
export function policyAttachmentRoutes(ctx: ControlPlaneContext): Route[] {
  const { state } = ctx.store;

  /** The target must exist: a certificate, a thing group, or a Cognito identity id. */
  const requireTarget = (target: string): void => {
    if (COGNITO_IDENTITY.test(target)) return;
    const arn = parseIotArn(target);
    if (arn?.resourceType === 'cert') {
      if (!state.certificates[arn.resourceId]) throw notFound(`Certificate ${arn.resourceId} cannot be found.`);
      return;
    }
    if (arn?.resourceType === 'thinggroup') {
      if (!state.thingGroups[arn.resourceId]) throw notFound(`No thing group with ARN ${target} exists`);
      return;
    }
    throw invalidRequest(`The target ${target} is not a certificate ARN, a thing group ARN or a Cognito identity.`);
  };
  const requirePolicy = (name: string) => {
    const policy = state.policies[name];
    if (!policy) throw notFound(`Policy not found (name=${name})`);
    return policy;
  };

  return [
    {
      operation: 'AttachPolicy',
      method: 'PUT',
      path: '/target-policies/{policyName}',
      handle: ({ params, body }) => {
        const policy = requirePolicy(params.policyName ?? '');
        const target = requireString(body.target, 'target');
        requireTarget(target);
        if (policy.targets.includes(target)) return {};
        if (parseIotArn(target)?.resourceType === 'cert' && policiesAttachedTo(state, target).length >= MAX_POLICIES_PER_CERTIFICATE) {
          throw new IotServiceError('LimitExceededException', `A certificate can have at most ${MAX_POLICIES_PER_CERTIFICATE} policies attached.`);
        }
        policy.targets.push(target);
        ctx.store.changed();
        return {};
      },
    },
    {
      operation: 'DetachPolicy',
      method: 'POST',
      path: '/target-policies/{policyName}',
      handle: ({ params, body }) => {
        const policy = requirePolicy(params.policyName ?? '');
        const target = requireString(body.target, 'target');
        requireTarget(target);
        policy.targets = policy.targets.filter((candidate) => candidate !== target);
        ctx.store.changed();
        return {};
      },
    },
    {
      operation: 'ListAttachedPolicies',
      method: 'POST',
      path: '/attached-policies/{target}',
      handle: ({ params, query }) => {
        const target = params.target ?? '';
        requireTarget(target);
        const arn = parseIotArn(target);
        // recursive: a thing group's policies include those of its ancestors.
        const targets =
          query.get('recursive') === 'true' && arn?.resourceType === 'thinggroup'
            ? groupWithAncestors(state, arn.resourceId).map((name) => ctx.arns.thingGroup(name))
            : [target];
        const names = [...new Set(targets.flatMap((candidate) => policiesAttachedTo(state, candidate).map((policy) => policy.policyName)))].sort();
        const page = paginate(names, (name) => name, query.get('marker'), query.get('pageSize'));
        return { policies: page.items.map((policyName) => ({ policyName, policyArn: ctx.arns.policy(policyName) })), nextMarker: page.next };
      },
    },
    {
      operation: 'ListTargetsForPolicy',
      method: 'POST',
      path: '/policy-targets/{policyName}',
      handle: ({ params, query }) => {
        const policy = requirePolicy(params.policyName ?? '');
        const page = paginate([...policy.targets].sort(), (target) => target, query.get('marker'), query.get('pageSize'));
        return { targets: page.items, nextMarker: page.next };
      },
    },
  ];
}
