import type { PolicyContext } from '../policy/policy-context';

/** Who is at the other end of a TLS connection, from the client certificate it presented. */
export interface CertificateIdentity {
  readonly certificateId: string;
  readonly certificateArn: string;
  readonly subject: string;
  readonly issuer: string;
  readonly serialNumber: string;
  readonly remoteAddress: string;
}

/**
 * AWS's `disconnectReason` values for the presence event (the subset this broker can tell
 * apart).
 */
export type DisconnectReason =
  | 'CLIENT_INITIATED_DISCONNECT'
  | 'CLIENT_ERROR'
  | 'CONNECTION_LOST'
  | 'DUPLICATE_CLIENTID'
  | 'FORBIDDEN_ACCESS'
  | 'MQTT_KEEP_ALIVE_TIMEOUT'
  | 'SERVER_INITIATED_DISCONNECT';

/** One MQTT session of a device, from its accepted CONNECT to its end. */
export interface DeviceConnection {
  readonly identity: CertificateIdentity;
  readonly policyContext: PolicyContext;
  readonly sessionIdentifier: string;
  /** Increases with each connection of a client id, as AWS's presence `versionNumber` does. */
  readonly versionNumber: number;
  /** Set by whoever ends the session for a known reason; otherwise CONNECTION_LOST. */
  disconnectReason?: DisconnectReason;
}
