/**
 * The registry as the local IoT keeps it: plain JSON, so it is saved as is. Dates are epoch
 * seconds, the form AWS's REST-JSON protocol gives timestamps in.
 */
export interface RegistryState {
  /** Bumped when the layout changes in a way old files cannot be read with. */
  readonly format: 1;
  things: Record<string, ThingRecord>;
  thingTypes: Record<string, ThingTypeRecord>;
  thingGroups: Record<string, ThingGroupRecord>;
  policies: Record<string, PolicyRecord>;
  certificates: Record<string, CertificateRecord>;
  caCertificates: Record<string, CaCertificateRecord>;
}

export interface ThingRecord {
  thingName: string;
  thingId: string;
  thingTypeName?: string;
  billingGroupName?: string;
  attributes: Record<string, string>;
  version: number;
  /** Names of the static thing groups the thing is in (at most 10, as on AWS). */
  groups: string[];
  /** ARNs of the principals (certificates) attached to the thing. */
  principals: string[];
}

export interface ThingTypeRecord {
  thingTypeName: string;
  thingTypeId: string;
  thingTypeDescription?: string;
  searchableAttributes?: string[];
  creationDate: number;
}

export interface ThingGroupRecord {
  thingGroupName: string;
  thingGroupId: string;
  parentGroupName?: string;
  thingGroupDescription?: string;
  attributes: Record<string, string>;
  version: number;
  creationDate: number;
}

export interface PolicyVersionRecord {
  versionId: string;
  document: string;
  createDate: number;
}

export interface PolicyRecord {
  policyName: string;
  defaultVersionId: string;
  /** Version ids keep increasing after deletes, as on AWS. */
  nextVersionId: number;
  versions: PolicyVersionRecord[];
  /** ARNs the policy is attached to: certificates or thing groups. */
  targets: string[];
  creationDate: number;
  lastModifiedDate: number;
  generationId: string;
}

export const CERTIFICATE_STATUSES = [
  'ACTIVE',
  'INACTIVE',
  'REVOKED',
  'PENDING_TRANSFER',
  'REGISTER_INACTIVE',
  'PENDING_ACTIVATION',
] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export interface CertificateRecord {
  certificateId: string;
  certificatePem: string;
  caCertificateId?: string;
  status: CertificateStatus;
  certificateMode: 'DEFAULT' | 'SNI_ONLY';
  creationDate: number;
  lastModifiedDate: number;
  customerVersion: number;
  generationId: string;
  validity: { notBefore: number; notAfter: number };
}

export interface CaCertificateRecord {
  certificateId: string;
  certificatePem: string;
  status: 'ACTIVE' | 'INACTIVE';
  autoRegistrationStatus: 'ENABLE' | 'DISABLE';
  certificateMode: 'DEFAULT' | 'SNI_ONLY';
  creationDate: number;
  lastModifiedDate: number;
  customerVersion: number;
  generationId: string;
  validity: { notBefore: number; notAfter: number };
}

export function emptyRegistry(): RegistryState {
  return { format: 1, things: {}, thingTypes: {}, thingGroups: {}, policies: {}, certificates: {}, caCertificates: {} };
}
