import type { CertificateRecord } from '../registry/registry-state';
import type { DeviceConnection, DisconnectReason } from './connection-state';

/** An event AWS IoT publishes itself: a reserved topic and a JSON payload. */
export interface LifecycleEvent {
  readonly topic: string;
  readonly payload: Record<string, unknown>;
}

/** `$aws/events/certificates/registered/<caCertificateId>`, published on each JITR connection. */
export function certificateRegisteredEvent(certificate: CertificateRecord, caCertificateId: string, accountId: string, now: number): LifecycleEvent {
  return {
    topic: `$aws/events/certificates/registered/${caCertificateId}`,
    payload: {
      certificateId: certificate.certificateId,
      caCertificateId,
      timestamp: Math.round(now * 1000),
      certificateStatus: certificate.status,
      awsAccountId: accountId,
      certificateRegistrationTimestamp: Math.round(certificate.creationDate * 1000),
    },
  };
}

/** `$aws/events/presence/connected/<clientId>`. */
export function connectedEvent(clientId: string, connection: DeviceConnection, now: number): LifecycleEvent {
  return {
    topic: `$aws/events/presence/connected/${clientId}`,
    payload: {
      clientId,
      timestamp: Math.round(now * 1000),
      eventType: 'connected',
      sessionIdentifier: connection.sessionIdentifier,
      principalIdentifier: connection.identity.certificateId,
      ipAddress: connection.identity.remoteAddress,
      versionNumber: connection.versionNumber,
    },
  };
}

/** `$aws/events/presence/disconnected/<clientId>`, with AWS's reason fields. */
export function disconnectedEvent(clientId: string, connection: DeviceConnection, reason: DisconnectReason, now: number): LifecycleEvent {
  return {
    topic: `$aws/events/presence/disconnected/${clientId}`,
    payload: {
      clientId,
      timestamp: Math.round(now * 1000),
      eventType: 'disconnected',
      sessionIdentifier: connection.sessionIdentifier,
      principalIdentifier: connection.identity.certificateId,
      clientInitiatedDisconnect: reason === 'CLIENT_INITIATED_DISCONNECT',
      disconnectReason: reason,
      versionNumber: connection.versionNumber,
    },
  };
}
