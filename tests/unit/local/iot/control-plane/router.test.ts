import { describe, expect, it } from 'vitest';
import { Router, type Route } from '../../../../../local/iot/control-plane/router';

const route = (operation: string, method: Route['method'], path: string): Route => ({ operation, method, path, handle: () => ({}) });
const router = new Router([
  route('CreateThingGroup', 'PUT', '/thing-groups/{thingGroupName}'),
  route('AddThingToThingGroup', 'PUT', '/thing-groups/addThingToThingGroup'),
  route('ListAttachedPolicies', 'POST', '/attached-policies/{target}'),
  route('GetPolicyVersion', 'GET', '/policies/{policyName}/version/{policyVersionId}'),
]);

describe('Router', () => {
  it.each([
    ['PUT', '/thing-groups/addThingToThingGroup', 'AddThingToThingGroup', {}],
    ['PUT', '/thing-groups/home-1', 'CreateThingGroup', { thingGroupName: 'home-1' }],
    ['POST', '/attached-policies/arn%3Aaws%3Aiot%3Ax%3A1%3Acert%2Fabc', 'ListAttachedPolicies', { target: 'arn:aws:iot:x:1:cert/abc' }],
    ['GET', '/policies/fleet/version/3', 'GetPolicyVersion', { policyName: 'fleet', policyVersionId: '3' }],
  ])('routes %s %s', (method, path, operation, params) => {
    // Act
    const match = router.match(method, path);

    // Assess
    expect({ operation: match?.route.operation, params: match?.params }).toEqual({ operation, params });
  });

  it('finds nothing for an unknown method or path', () => {
    // Act and Assess
    expect([router.match('DELETE', '/thing-groups/x'), router.match('GET', '/nope')]).toEqual([undefined, undefined]);
  });
});
