import { rootCertificates } from 'node:tls';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MqttClient } from 'mqtt';
import { ConnectionRefused, openMqttConnection, publishQos1 } from '../../../local/device/mqtt-connection';
import { ulid } from '../../../local/device/ulid';
import type { E2eSettings } from '../settings/e2e-settings';
import type { DeviceIdentity } from './maker-factory';

/** A box event as a hub publishes it on `home/<hubId>/node/<nodeId>/events`. */
export interface PublishedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly data: Record<string, unknown>;
}

/**
 * A hub on the network: MQTT over mutual TLS with its factory certificate, client id = its id.
 * AWS IoT refuses the first connection of a certificate it has not seen (just-in-time
 * registration), so connecting retries until the product's handler activated it, or gives up.
 */
export class HubDevice {
  private client: MqttClient | undefined;

  constructor(
    private readonly settings: E2eSettings,
    readonly identity: DeviceIdentity,
  ) {}

  get hubId(): string {
    return this.identity.deviceId;
  }

  /** One attempt; rejects with ConnectionRefused when the broker hangs up. */
  async connectOnce(): Promise<void> {
    this.client = await openMqttConnection({
      url: this.settings.iot.mqttUrl,
      clientId: this.hubId,
      keyPem: this.identity.keyPem,
      certificatePem: this.identity.certificatePem,
      // A stage's broker chains to Amazon's public root, which Node's bundled store holds.
      caPem: this.settings.iot.brokerCaPem ?? rootCertificates.join('\n'),
    });
  }

  /** Connects, retrying refusals with a doubling delay until `timeoutMs`. */
  async connect(timeoutMs = 30_000, firstDelayMs = 200): Promise<{ attempts: number }> {
    const deadline = Date.now() + timeoutMs;
    let delay = firstDelayMs;
    for (let attempts = 1; ; attempts++) {
      try {
        await this.connectOnce();
        return { attempts };
      } catch (error) {
        if (!(error instanceof ConnectionRefused) || Date.now() + delay > deadline) throw error;
        await sleep(delay);
        delay = Math.min(delay * 2, 2_000);
      }
    }
  }

  /** Publishes one box event (QoS 1) and resolves on PUBACK. */
  async publishEvent(nodeId: string, type: string, data: Record<string, unknown> = {}): Promise<PublishedEvent> {
    if (!this.client?.connected) throw new Error(`${this.hubId} is not connected`);
    const event = { eventId: ulid(), type, occurredAt: new Date().toISOString(), data };
    await publishQos1(this.client, `home/${this.hubId}/node/${nodeId}/events`, JSON.stringify(event));
    return event;
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    // A session the broker already ended has nothing to say goodbye to.
    if (!client.connected) return void client.end(true);
    await Promise.race([client.endAsync(), sleep(2_000).then(() => client.end(true))]);
  }
}
