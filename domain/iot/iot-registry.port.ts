export type CertificateStatus = 'ACTIVE' | 'INACTIVE' | 'REVOKED' | 'PENDING_ACTIVATION' | 'PENDING_TRANSFER' | 'REGISTER_INACTIVE';

export interface CertificateInfo {
  readonly certificateId: string;
  readonly certificateArn: string;
  /** The subject's CN: the device id the maker wrote into the certificate. */
  readonly commonName: string;
  readonly status: CertificateStatus;
}

/**
 * The device registry (AWS IoT): things, groups, certificates and the fleet policy. Every
 * method is idempotent, so a business step can be re-run after a cut.
 */
export interface IotRegistry {
  describeCertificate(certificateId: string): Promise<CertificateInfo>;
  setCertificateStatus(certificateId: string, status: 'ACTIVE' | 'REVOKED' | 'INACTIVE'): Promise<void>;
  /** Creates the thing, or brings an existing one's attributes in line. */
  ensureThing(thingName: string, attributes: Record<string, string>): Promise<void>;
  ensureThingGroup(groupName: string): Promise<void>;
  addThingToGroup(thingName: string, groupName: string): Promise<void>;
  attachThingPrincipal(thingName: string, certificateArn: string): Promise<void>;
  /** Attaches the one fleet policy (policy variables, no per-hub edits) to a certificate. */
  attachFleetPolicy(certificateArn: string): Promise<void>;
  /** Succeeds when the thing is gone already. */
  deleteThing(thingName: string): Promise<void>;
  /** Succeeds when the group is gone already. */
  deleteThingGroup(groupName: string): Promise<void>;
  removeThingFromGroup(thingName: string, groupName: string): Promise<void>;
  detachThingPrincipal(thingName: string, certificateArn: string): Promise<void>;
}
