import { randomUUID } from 'node:crypto';
import type { Client, ConnectPacket, PublishPacket, Subscription } from 'aedes';
import { evaluatePolicies, type IotAction } from '../policy/policy-evaluator';
import type { PolicyContext } from '../policy/policy-context';
import type { IotArns } from '../registry/arns';
import type { RegistryState } from '../registry/registry-state';
import { basicIngestTarget } from '../rules/basic-ingest';
import type { CertificateIdentity, DeviceConnection } from './connection-state';
import type { PrincipalPolicies } from './principal-policies';
import { publishViolation, subscribeViolation } from './topic-limits';

export interface DeviceAuthorizerOptions {
  readonly state: RegistryState;
  readonly arns: IotArns;
  readonly policies: PrincipalPolicies;
  /** The identity the TLS layer admitted for a connection. */
  readonly identityOf: (client: Client) => CertificateIdentity | undefined;
  /**
   * Refuse a CONNECT unless the client id names a thing the certificate is attached to. AWS
   * does not require it (a fleet policy's IsAttached condition does); off by default.
   */
  readonly requireThingAttachment?: boolean;
  readonly log: (record: Record<string, unknown>) => void;
}

/**
 * The aedes hooks that make the broker decide as AWS IoT does: iot:Connect at CONNECT (a denial
 * hangs up without CONNACK), iot:Publish per message (a denial disconnects), iot:Subscribe per
 * filter (a denial answers SUBACK 0x80), iot:Receive per delivery (a denial drops the message).
 */
export class DeviceAuthorizer {
  /** The live session per client id, to tell a takeover from other disconnects. */
  readonly sessions = new Map<string, { client: Client; connection: DeviceConnection }>();
  private readonly connections = new WeakMap<Client, DeviceConnection>();
  private readonly versions = new Map<string, number>();

  constructor(private readonly options: DeviceAuthorizerOptions) {}

  connectionOf(client: Client): DeviceConnection | undefined {
    return this.connections.get(client);
  }

  readonly preConnect = (client: Client, packet: ConnectPacket, done: (error: Error | null, success: boolean) => void): void => {
    const identity = this.options.identityOf(client);
    const clientId = packet.clientId;
    if (!identity) return done(new Error('no admitted certificate'), false);
    const context = this.policyContext(clientId, identity);
    const attachedRequired = this.options.requireThingAttachment === true && !context.thing;
    const decision = attachedRequired ? 'NotAllowed' : this.decide(identity, context, 'iot:Connect', this.options.arns.client(clientId));
    if (decision !== 'Allow') {
      this.options.log({ level: 'INFO', message: 'MQTT connect refused', clientId, certificateId: identity.certificateId, decision });
      return done(new Error('not authorized'), false);
    }
    const versionNumber = (this.versions.get(clientId) ?? -1) + 1;
    this.versions.set(clientId, versionNumber);
    const connection: DeviceConnection = { identity, policyContext: context, sessionIdentifier: randomUUID(), versionNumber };
    this.connections.set(client, connection);
    // The older session with this client id is about to be taken over (aedes closes it).
    const older = this.sessions.get(clientId);
    if (older) older.connection.disconnectReason = 'DUPLICATE_CLIENTID';
    done(null, true);
  };

  readonly authorizePublish = (client: Client | null, packet: PublishPacket, done: (error?: Error | null) => void): void => {
    // The broker's own messages (lifecycle events) are not a device's.
    if (!client) return done(null);
    const connection = this.connections.get(client);
    if (!connection) return done(new Error('no session'));
    const violation = publishViolation(packet.topic, packet.payload.length, packet.qos);
    const decision = violation ? 'NotAllowed' : this.decide(connection.identity, connection.policyContext, 'iot:Publish', this.options.arns.topic(packet.topic));
    if (decision === 'Allow') return done(null);
    connection.disconnectReason = violation ? 'CLIENT_ERROR' : 'FORBIDDEN_ACCESS';
    this.options.log({ level: 'INFO', message: 'MQTT publish refused; disconnecting', clientId: client.id, topic: packet.topic, reason: violation ?? decision });
    done(new Error(violation ?? 'not authorized'));
  };

  readonly authorizeSubscribe = (client: Client, subscription: Subscription, done: (error: Error | null, subscription?: Subscription | null) => void): void => {
    const connection = this.connections.get(client);
    if (!connection) return done(new Error('no session'));
    const violation = subscribeViolation(subscription.topic);
    const decision = violation ? 'NotAllowed' : this.decide(connection.identity, connection.policyContext, 'iot:Subscribe', this.options.arns.topicFilter(subscription.topic));
    if (decision !== 'Allow') {
      this.options.log({ level: 'INFO', message: 'MQTT subscribe refused', clientId: client.id, filter: subscription.topic, reason: violation ?? decision });
      return done(null, null);
    }
    // AWS IoT has no QoS 2: it grants QoS 1 instead.
    done(null, subscription.qos > 1 ? { ...subscription, qos: 1 } : subscription);
  };

  readonly authorizeForward = <P extends { topic: string }>(client: Client, packet: P): P | null => {
    const connection = this.connections.get(client);
    // Basic Ingest messages go to their rule only, never to a subscriber.
    if (!connection || basicIngestTarget(packet.topic)) return null;
    const decision = this.decide(connection.identity, connection.policyContext, 'iot:Receive', this.options.arns.topic(packet.topic));
    return decision === 'Allow' ? packet : null;
  };

  private decide(identity: CertificateIdentity, context: PolicyContext, action: IotAction, resource: string) {
    const documents = this.options.policies.documentsFor(identity.certificateArn, context.thing?.name);
    return evaluatePolicies(documents, action, resource, context);
  }

  /** The thing variables resolve only when the client id is a thing the certificate is attached to. */
  private policyContext(clientId: string, identity: CertificateIdentity): PolicyContext {
    const thing = this.options.state.things[clientId];
    const attached = thing?.principals.includes(identity.certificateArn) === true;
    return {
      clientId,
      thing: attached && thing ? { name: thing.thingName, typeName: thing.thingTypeName, attributes: thing.attributes } : undefined,
      certificate: { id: identity.certificateId, subject: identity.subject, issuer: identity.issuer, serialNumber: identity.serialNumber },
    };
  }
}
