import { conditionHolds } from './policy-conditions';
import type { PolicyContext } from './policy-context';
import { substituteVariables } from './policy-context';
import type { PolicyDocument, PolicyStatement } from './policy-document';
import { wildcardMatch } from './wildcard-match';

/** IoT's data-plane actions. */
export type IotAction = 'iot:Connect' | 'iot:Publish' | 'iot:Subscribe' | 'iot:Receive';

/** `Deny` means an explicit deny; `NotAllowed` means no statement allowed it (deny by default). */
export type PolicyDecision = 'Allow' | 'Deny' | 'NotAllowed';

function matchesAny(patterns: readonly string[], value: string, context: PolicyContext, ignoreCase: boolean): boolean {
  return patterns.some((pattern) => {
    const resolved = substituteVariables(pattern, context);
    return resolved !== undefined && wildcardMatch(resolved, value, ignoreCase);
  });
}

function applies(statement: PolicyStatement, action: string, resource: string, context: PolicyContext): boolean {
  // Action names are case-insensitive, as in IAM; resources are not.
  const actionMatches = statement.actions ? matchesAny(statement.actions, action, context, true) : !matchesAny(statement.notActions ?? [], action, context, true);
  if (!actionMatches) return false;
  const resourceMatches = statement.resources
    ? matchesAny(statement.resources, resource, context, false)
    : !matchesAny(statement.notResources ?? [], resource, context, false);
  return resourceMatches && conditionHolds(statement.condition, context);
}

/**
 * AWS's evaluation over all policies of a principal: an explicit Deny anywhere wins, then any
 * Allow, else the request is not allowed.
 */
export function evaluatePolicies(documents: readonly PolicyDocument[], action: IotAction, resource: string, context: PolicyContext): PolicyDecision {
  let allowed = false;
  for (const document of documents) {
    for (const statement of document.statements) {
      if (!applies(statement, action, resource, context)) continue;
      if (statement.effect === 'Deny') return 'Deny';
      allowed = true;
    }
  }
  return allowed ? 'Allow' : 'NotAllowed';
}
