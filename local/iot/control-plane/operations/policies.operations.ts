import { randomUUID } from 'node:crypto';
import { MalformedPolicyDocument, parsePolicyDocument } from '../../policy/policy-document';
import type { PolicyRecord } from '../../registry/registry-state';
import type { ControlPlaneContext } from '../control-plane-context';
import { alreadyExists, deleteConflict, IotServiceError, notFound } from '../iot-errors';
import type { Route } from '../router';
import { requirePolicyName, requireString } from '../validation';

/** AWS keeps at most 5 versions of a policy. */
export const MAX_POLICY_VERSIONS = 5;

function checkedDocument(value: unknown): string {
  const document = requireString(value, 'policyDocument');
  try {
    parsePolicyDocument(document);
  } catch (error) {
    if (error instanceof MalformedPolicyDocument) throw new IotServiceError('MalformedPolicyException', error.message);
    throw error;
  }
  return document;
}

/** CreatePolicy, GetPolicy, DeletePolicy and the version operations. */
export function policyRoutes(ctx: ControlPlaneContext): Route[] {
  const { state } = ctx.store;
  const requirePolicy = (name: string): PolicyRecord => {
    const policy = state.policies[name];
    if (!policy) throw notFound(`Policy not found (name=${name})`);
    return policy;
  };
  const requireVersion = (policy: PolicyRecord, versionId: string) => {
    const version = policy.versions.find((candidate) => candidate.versionId === versionId);
    if (!version) throw notFound(`Policy version ${versionId} of ${policy.policyName} cannot be found.`);
    return version;
  };
  const touch = (policy: PolicyRecord) => {
    policy.lastModifiedDate = ctx.now();
    policy.generationId = randomUUID();
    ctx.store.changed();
  };

  return [
    {
      operation: 'CreatePolicy',
      method: 'POST',
      path: '/policies/{policyName}',
      handle: ({ params, body }) => {
        const policyName = requirePolicyName(params.policyName);
        const document = checkedDocument(body.policyDocument);
        if (state.policies[policyName]) {
          throw alreadyExists(`Policy cannot be created - name already exists (name=${policyName})`, policyName, ctx.arns.policy(policyName));
        }
        const now = ctx.now();
        state.policies[policyName] = {
          policyName,
          defaultVersionId: '1',
          nextVersionId: 2,
          versions: [{ versionId: '1', document, createDate: now }],
          targets: [],
          creationDate: now,
          lastModifiedDate: now,
          generationId: randomUUID(),
        };
        ctx.store.changed();
        return { policyName, policyArn: ctx.arns.policy(policyName), policyDocument: document, policyVersionId: '1' };
      },
    },
    {
      operation: 'GetPolicy',
      method: 'GET',
      path: '/policies/{policyName}',
      handle: ({ params }) => {
        const policy = requirePolicy(params.policyName ?? '');
        return {
          policyName: policy.policyName,
          policyArn: ctx.arns.policy(policy.policyName),
          policyDocument: requireVersion(policy, policy.defaultVersionId).document,
          defaultVersionId: policy.defaultVersionId,
          creationDate: policy.creationDate,
          lastModifiedDate: policy.lastModifiedDate,
          generationId: policy.generationId,
        };
      },
    },
    {
      operation: 'DeletePolicy',
      method: 'DELETE',
      path: '/policies/{policyName}',
      handle: ({ params }) => {
        const policy = requirePolicy(params.policyName ?? '');
        if (policy.targets.length > 0) {
          throw deleteConflict(`The policy cannot be deleted as the policy is attached to one or more principals (name=${policy.policyName})`);
        }
        if (policy.versions.length > 1) {
          throw deleteConflict(`Cannot delete the policy because it has one or more policy versions attached to it (name=${policy.policyName})`);
        }
        delete state.policies[policy.policyName];
        ctx.store.changed();
        return {};
      },
    },
    {
      operation: 'CreatePolicyVersion',
      method: 'POST',
      path: '/policies/{policyName}/version',
      handle: ({ params, query, body }) => {
        const policy = requirePolicy(params.policyName ?? '');
        const document = checkedDocument(body.policyDocument);
        if (policy.versions.length >= MAX_POLICY_VERSIONS) {
          throw new IotServiceError('VersionsLimitExceededException', `The policy ${policy.policyName} already has the maximum number of versions (${MAX_POLICY_VERSIONS})`);
        }
        const versionId = String(policy.nextVersionId);
        policy.nextVersionId += 1;
        policy.versions.push({ versionId, document, createDate: ctx.now() });
        const isDefaultVersion = query.get('setAsDefault') === 'true';
        if (isDefaultVersion) policy.defaultVersionId = versionId;
        touch(policy);
        return { policyArn: ctx.arns.policy(policy.policyName), policyDocument: document, policyVersionId: versionId, isDefaultVersion };
      },
    },
    {
      operation: 'GetPolicyVersion',
      method: 'GET',
      path: '/policies/{policyName}/version/{policyVersionId}',
      handle: ({ params }) => {
        const policy = requirePolicy(params.policyName ?? '');
        const version = requireVersion(policy, params.policyVersionId ?? '');
        return {
          policyArn: ctx.arns.policy(policy.policyName),
          policyName: policy.policyName,
          policyDocument: version.document,
          policyVersionId: version.versionId,
          isDefaultVersion: version.versionId === policy.defaultVersionId,
          creationDate: version.createDate,
          lastModifiedDate: policy.lastModifiedDate,
          generationId: policy.generationId,
        };
      },
    },
    {
      operation: 'DeletePolicyVersion',
      method: 'DELETE',
      path: '/policies/{policyName}/version/{policyVersionId}',
      handle: ({ params }) => {
        const policy = requirePolicy(params.policyName ?? '');
        const version = requireVersion(policy, params.policyVersionId ?? '');
        if (version.versionId === policy.defaultVersionId) throw deleteConflict('Cannot delete the default version of a policy');
        policy.versions = policy.versions.filter((candidate) => candidate !== version);
        touch(policy);
        return {};
      },
    },
    {
      operation: 'ListPolicyVersions',
      method: 'GET',
      path: '/policies/{policyName}/version',
      handle: ({ params }) => {
        const policy = requirePolicy(params.policyName ?? '');
        const policyVersions = [...policy.versions]
          .reverse()
          .map((version) => ({ versionId: version.versionId, isDefaultVersion: version.versionId === policy.defaultVersionId, createDate: version.createDate }));
        return { policyVersions };
      },
    },
    {
      operation: 'SetDefaultPolicyVersion',
      method: 'PATCH',
      path: '/policies/{policyName}/version/{policyVersionId}',
      handle: ({ params }) => {
        const policy = requirePolicy(params.policyName ?? '');
        policy.defaultVersionId = requireVersion(policy, params.policyVersionId ?? '').versionId;
        touch(policy);
        return {};
      },
    },
  ];
}
