import { Aedes, type Client } from 'aedes';
import { X509Certificate } from 'node:crypto';
import { createServer, type TLSSocket } from 'node:tls';
import type { IotAccount, IotArns } from '../registry/arns';
import type { RegistryStore } from '../registry/registry-store';
import { admitCertificate } from './certificate-admission';
import type { CertificateIdentity } from './connection-state';
import { DeviceAuthorizer } from './device-authorizer';
import { certificateRegisteredEvent, connectedEvent, disconnectedEvent, type LifecycleEvent } from './lifecycle-events';
import { PrincipalPolicies } from './principal-policies';

/** A message as the rules engine sees it. */
export interface BrokerMessage {
  readonly topic: string;
  readonly payload: Buffer;
  readonly qos: number;
  /** Absent for the broker's own lifecycle events. */
  readonly clientId?: string;
  /** The certificate id of the publishing device. */
  readonly principal?: string;
  /** Epoch ms when the broker accepted it. */
  readonly timestamp: number;
}

export interface MqttBrokerOptions {
  readonly port: number;
  readonly serverCertificatePem: string;
  readonly serverKeyPem: string;
  readonly store: RegistryStore;
  readonly account: IotAccount;
  readonly arns: IotArns;
  readonly requireThingAttachment?: boolean;
  /** Every accepted message, devices' and lifecycle events alike (the rules engine). */
  readonly onMessage: (message: BrokerMessage) => void;
  readonly log: (record: Record<string, unknown>) => void;
}

export interface MqttBroker {
  /** `mqtts://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

function identityOf(socket: TLSSocket, certificateId: string, arns: IotArns): CertificateIdentity {
  const peer = socket.getPeerX509Certificate();
  return {
    certificateId,
    certificateArn: arns.certificate(certificateId),
    subject: peer?.subject ?? '',
    issuer: peer?.issuer ?? '',
    serialNumber: peer?.serialNumber ?? '',
    remoteAddress: socket.remoteAddress ?? '127.0.0.1',
  };
}

/**
 * AWS IoT's message broker on 127.0.0.1: MQTT 3.1.1 over mutual TLS. The TLS layer accepts any
 * client certificate so that AWS's rules, JITR included, are applied here rather than by OpenSSL.
 */
export async function startMqttBroker(options: MqttBrokerOptions): Promise<MqttBroker> {
  const { store, arns } = options;
  const identities = new WeakMap<object, CertificateIdentity>();
  const authorizer = new DeviceAuthorizer({
    state: store.state,
    arns,
    policies: new PrincipalPolicies(store.state, arns),
    identityOf: (client) => identities.get(client.conn),
    requireThingAttachment: options.requireThingAttachment,
    log: options.log,
  });
  const aedes = await Aedes.createBroker({
    preConnect: authorizer.preConnect,
    authorizePublish: authorizer.authorizePublish,
    authorizeSubscribe: authorizer.authorizeSubscribe,
    authorizeForward: authorizer.authorizeForward,
  });
  let stopping = false;
  const now = () => Date.now() / 1000;
  const publishEvent = (event: LifecycleEvent) => {
    if (stopping) return;
    aedes.publish({ cmd: 'publish', topic: event.topic, payload: Buffer.from(JSON.stringify(event.payload)), qos: 1, retain: false, dup: false }, () => undefined);
  };

  aedes.on('publish', (packet, client: Client | null) => {
    if (packet.topic.startsWith('$SYS/')) return;
    const principal = client ? authorizer.connectionOf(client)?.identity.certificateId : undefined;
    options.onMessage({ topic: packet.topic, payload: Buffer.from(packet.payload), qos: packet.qos, clientId: client?.id, principal, timestamp: Date.now() });
  });
  aedes.on('client', (client) => {
    const connection = authorizer.connectionOf(client);
    if (!connection) return;
    authorizer.sessions.set(client.id, { client, connection });
    publishEvent(connectedEvent(client.id, connection, now()));
  });
  aedes.on('keepaliveTimeout', (client) => {
    const connection = authorizer.connectionOf(client);
    if (connection) connection.disconnectReason ??= 'MQTT_KEEP_ALIVE_TIMEOUT';
  });
  aedes.on('clientDisconnect', (client) => {
    const connection = authorizer.connectionOf(client);
    if (!connection) return;
    if (authorizer.sessions.get(client.id)?.client === client) authorizer.sessions.delete(client.id);
    // aedes marks a client that sent DISCONNECT; its types do not show the flag.
    const sentDisconnect = (client as Client & { _disconnected?: boolean })._disconnected === true;
    const reason = connection.disconnectReason ?? (stopping ? 'SERVER_INITIATED_DISCONNECT' : sentDisconnect ? 'CLIENT_INITIATED_DISCONNECT' : 'CONNECTION_LOST');
    publishEvent(disconnectedEvent(client.id, connection, reason, now()));
  });

  const sockets = new Set<TLSSocket>();
  const server = createServer(
    { cert: options.serverCertificatePem, key: options.serverKeyPem, requestCert: true, rejectUnauthorized: false, minVersion: 'TLSv1.2' },
    (socket) => {
      socket.on('error', () => socket.destroy());
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      const peer = socket.getPeerX509Certificate();
      const admission = admitCertificate(store.state, peer instanceof X509Certificate ? peer : undefined, now());
      if (admission.kind === 'refuse' && admission.pendingRegistration) {
        store.changed();
        const { certificate, ca } = admission.pendingRegistration;
        publishEvent(certificateRegisteredEvent(certificate, ca.certificateId, options.account.accountId, now()));
      }
      if (admission.kind === 'refuse') {
        options.log({ level: 'INFO', message: 'TLS client refused', reason: admission.reason, subject: peer?.subject });
        socket.destroy();
        return;
      }
      identities.set(socket, identityOf(socket, admission.certificate.certificateId, arns));
      aedes.handle(socket);
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the local MQTT broker has no address');
  return {
    url: `mqtts://127.0.0.1:${address.port}`,
    port: address.port,
    stop: async () => {
      // Devices see the server hang up; their disconnected events are not published any more.
      stopping = true;
      await new Promise<void>((resolve) => aedes.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
