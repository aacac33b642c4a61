/** AWS IoT's limit on a policy document: 2,048 characters, white space excluded. */
export const MAX_POLICY_CHARACTERS = 2048;

/** One statement of an IoT policy, normalised: single values become lists. */
export interface PolicyStatement {
  readonly effect: 'Allow' | 'Deny';
  readonly actions?: readonly string[];
  readonly notActions?: readonly string[];
  readonly resources?: readonly string[];
  readonly notResources?: readonly string[];
  /** `{ operator: { key: value | values } }`, as in IAM. */
  readonly condition?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

export interface PolicyDocument {
  readonly statements: readonly PolicyStatement[];
}

/** A document AWS would refuse with MalformedPolicyException; the message says why. */
export class MalformedPolicyDocument extends Error {
  override readonly name = 'MalformedPolicyDocument';
}

function stringList(value: unknown, field: string): string[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every((item): item is string => typeof item === 'string')) {
    throw new MalformedPolicyDocument(`${field} must be a string or a non-empty list of strings`);
  }
  return list;
}

function conditionOf(value: unknown): PolicyStatement['condition'] {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MalformedPolicyDocument('Condition must be an object');
  const condition: Record<string, Record<string, string[]>> = {};
  for (const [operator, clauses] of Object.entries(value)) {
    if (typeof clauses !== 'object' || clauses === null || Array.isArray(clauses)) throw new MalformedPolicyDocument(`Condition ${operator} must be an object`);
    condition[operator] = {};
    for (const [key, expected] of Object.entries(clauses)) {
      const values = Array.isArray(expected) ? expected : [expected];
      condition[operator][key] = values.map((item) => String(item));
    }
  }
  return condition;
}

function statementOf(value: unknown): PolicyStatement {
  if (typeof value !== 'object' || value === null) throw new MalformedPolicyDocument('Each statement must be an object');
  const raw = value as Record<string, unknown>;
  if (raw.Effect !== 'Allow' && raw.Effect !== 'Deny') throw new MalformedPolicyDocument('Effect must be Allow or Deny');
  const statement: PolicyStatement = {
    effect: raw.Effect,
    actions: stringList(raw.Action, 'Action'),
    notActions: stringList(raw.NotAction, 'NotAction'),
    resources: stringList(raw.Resource, 'Resource'),
    notResources: stringList(raw.NotResource, 'NotResource'),
    condition: conditionOf(raw.Condition),
  };
  if (!statement.actions === !statement.notActions) throw new MalformedPolicyDocument('A statement needs exactly one of Action and NotAction');
  if (!statement.resources === !statement.notResources) throw new MalformedPolicyDocument('A statement needs exactly one of Resource and NotResource');
  return statement;
}

/** Parses and checks a policy document as CreatePolicy and CreatePolicyVersion do. */
export function parsePolicyDocument(text: string): PolicyDocument {
  if (text.replace(/\s/g, '').length > MAX_POLICY_CHARACTERS) {
    throw new MalformedPolicyDocument(`The policy document exceeds the maximum of ${MAX_POLICY_CHARACTERS} characters (white space excluded)`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new MalformedPolicyDocument('The policy document is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new MalformedPolicyDocument('The policy document must be a JSON object');
  const { Statement, Version } = parsed as Record<string, unknown>;
  if (Version !== undefined && Version !== '2012-10-17' && Version !== '2008-10-17') throw new MalformedPolicyDocument(`Unknown policy version ${String(Version)}`);
  if (Statement === undefined) throw new MalformedPolicyDocument('The policy document has no Statement');
  const statements = (Array.isArray(Statement) ? Statement : [Statement]).map(statementOf);
  return { statements };
}
