import { invalidRequest } from './iot-errors';

/** Things, thing types and thing groups: `[a-zA-Z0-9:_-]+`, 1 to 128 characters. */
const REGISTRY_NAME = /^[a-zA-Z0-9:_-]{1,128}$/;
/** Policies: `[\w+=,.@-]+`, 1 to 128 characters. */
const POLICY_NAME = /^[\w+=,.@-]{1,128}$/;

export function requireRegistryName(value: unknown, field: string): string {
  if (typeof value !== 'string' || !REGISTRY_NAME.test(value)) {
    throw invalidRequest(`${field} must match [a-zA-Z0-9:_-]+ and be 1 to 128 characters long.`);
  }
  return value;
}

export function requirePolicyName(value: unknown): string {
  if (typeof value !== 'string' || !POLICY_NAME.test(value)) {
    throw invalidRequest('policyName must match [\\w+=,.@-]+ and be 1 to 128 characters long.');
  }
  return value;
}

export function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') throw invalidRequest(`${field} is required.`);
  return value;
}

export function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidRequest(`${field} must be a string.`);
  return value;
}

/** Thing and group attributes: a map of strings (values up to 800 characters on AWS). */
export function attributesOf(value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidRequest('attributes must be a map of strings.');
  const attributes: Record<string, string> = {};
  for (const [name, attribute] of Object.entries(value)) {
    if (typeof attribute !== 'string' || attribute.length > 800) throw invalidRequest(`Attribute ${name} must be a string of at most 800 characters.`);
    attributes[name] = attribute;
  }
  return attributes;
}

/** `expectedVersion` from a body (number) or a query (string). */
export function optionalVersion(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const version = Number(value);
  if (!Number.isInteger(version)) throw invalidRequest('expectedVersion must be an integer.');
  return version;
}

export function sameAttributes(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
