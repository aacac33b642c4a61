import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MqttClient } from 'mqtt';
import { topicMatches } from '../iot/rules/topic-filter';
import { deviceCertificate, type DeviceCertificate } from './device-certificate';
import { ConnectionRefused, openMqttConnection, publishQos1 } from './mqtt-connection';
import type { DeviceStackOutputs } from './stack-outputs';
import { ulid } from './ulid';

/** A box event as a hub publishes it on `home/<hubId>/node/<nodeId>/events`. */
export interface BoxEvent {
  readonly eventId: string;
  readonly type: string;
  /** ISO 8601, the device's clock. */
  readonly occurredAt: string;
  readonly data: Record<string, unknown>;
}

export interface SimulatedHubOptions {
  readonly hubId: string;
  /** Node ids of the boxes behind the hub, or how many to name `<hubId>-box-<n>`. */
  readonly boxes?: readonly string[] | number;
  /** Where the hub keeps its key and certificate; `<stack home>/devices/<hubId>` by default. */
  readonly certificateDir?: string;
  /**
   * Publish box events through Basic Ingest (`$aws/rules/<box events rule>/home/...`): straight
   * to the rule, no messaging charge, no subscriber gets them. Off by default.
   */
  readonly basicIngest?: boolean;
}

export interface ConnectOptions {
  /** Give up after this long (JITR waits for someone to activate the certificate); 60 s by default. */
  readonly timeoutMs?: number;
  /** First delay between attempts, doubled up to 10 s: 500 ms by default. */
  readonly backoffMs?: number;
  /** Told of each refused attempt (the CLI prints what it waits for). */
  readonly onRefused?: (attempt: number, reason: string) => void;
}

export interface SimulatedHub {
  readonly hubId: string;
  readonly boxes: readonly string[];
  /** AWS's id of the hub's certificate (SHA-256 of its DER). */
  certificate(): Promise<DeviceCertificate>;
  /** Connects with client id = hub id, retrying with backoff through JIT registration. */
  connect(options?: ConnectOptions): Promise<void>;
  /** Publishes one box event (QoS 1) and resolves on PUBACK. */
  publishEvent(nodeId: string, type: string, data?: Record<string, unknown>): Promise<BoxEvent>;
  /**
   * Publishes anything on a box's event topic (QoS 1): an event again (a redelivery), or a
   * malformed message; objects go out as JSON, strings as they are.
   */
  publishPayload(nodeId: string, payload: object | string): Promise<void>;
  /** The topic the hub publishes a box's events on (with the Basic Ingest prefix when it uses it). */
  eventTopic(nodeId: string): string;
  /** Publishes on any topic (QoS 1): what the fleet policy allows, or a try at what it does not. */
  publish(topic: string, payload: string): Promise<void>;
  /** Subscribes (QoS 1) to a topic filter the hub may read; rejects when the broker refuses it. */
  subscribe(filter: string, onMessage: (topic: string, payload: Buffer) => void): Promise<void>;
  close(): Promise<void>;
}

const MAX_BACKOFF_MS = 10_000;

function basicIngestPrefix(outputs: DeviceStackOutputs, hubId: string): string {
  if (!outputs.iot.boxEventsRule) throw new Error(`${hubId}: the stack's outputs name no box events rule for Basic Ingest`);
  return `$aws/rules/${outputs.iot.boxEventsRule}/`;
}

/** A hub played from this machine against the local stack's IoT, as a real hub would behave. */
export function createSimulatedHub(outputs: DeviceStackOutputs, options: SimulatedHubOptions): SimulatedHub {
  const { hubId } = options;
  const boxes = typeof options.boxes === 'number' || options.boxes === undefined ? Array.from({ length: options.boxes ?? 1 }, (_, index) => `${hubId}-box-${index + 1}`) : [...options.boxes];
  const dir = options.certificateDir ?? join(outputs.home, 'devices', hubId);
  let identity: Promise<DeviceCertificate> | undefined;
  let client: MqttClient | undefined;
  const certificate = () => (identity ??= deviceCertificate(dir, hubId, { certFile: outputs.iot.makerCaCertFile, keyFile: outputs.iot.makerCaKeyFile }));
  const ingestPrefix = options.basicIngest ? basicIngestPrefix(outputs, hubId) : '';
  const eventTopic = (nodeId: string) => `${ingestPrefix}home/${hubId}/node/${nodeId}/events`;
  const connected = () => {
    if (!client?.connected) throw new Error(`${hubId} is not connected`);
    return client;
  };
  const publishPayload = async (nodeId: string, payload: object | string) => {
    await publishQos1(connected(), eventTopic(nodeId), typeof payload === 'string' ? payload : JSON.stringify(payload));
  };

  return {
    hubId,
    boxes,
    certificate,
    async connect(connectOptions = {}) {
      const { certificatePem, keyPem } = await certificate();
      const caPem = readFileSync(outputs.iot.rootCaFile, 'utf8');
      const deadline = Date.now() + (connectOptions.timeoutMs ?? 60_000);
      let delay = connectOptions.backoffMs ?? 500;
      for (let attempt = 1; ; attempt++) {
        try {
          client = await openMqttConnection({ url: outputs.iot.mqttUrl, clientId: hubId, keyPem, certificatePem, caPem });
          return;
        } catch (error) {
          if (!(error instanceof ConnectionRefused)) throw error;
          connectOptions.onRefused?.(attempt, error.message);
          if (Date.now() + delay > deadline) throw new ConnectionRefused(`${hubId} could not connect within the timeout: ${error.message}`);
          await sleep(delay);
          delay = Math.min(MAX_BACKOFF_MS, delay * 2);
        }
      }
    },
    async publishEvent(nodeId, type, data = {}) {
      const event: BoxEvent = { eventId: ulid(), type, occurredAt: new Date().toISOString(), data };
      await publishPayload(nodeId, event);
      return event;
    },
    publishPayload,
    eventTopic,
    publish: (topic, payload) => publishQos1(connected(), topic, payload),
    async subscribe(filter, onMessage) {
      const mqtt = connected();
      mqtt.on('message', (topic, payload) => {
        if (topicMatches(filter, topic)) onMessage(topic, payload);
      });
      const granted = await mqtt.subscribeAsync(filter, { qos: 1 });
      if (granted.some((grant) => grant.qos === 128)) throw new Error(`${hubId} may not subscribe to ${filter}`);
    },
    async close() {
      const current = client;
      client = undefined;
      if (!current) return;
      // A session the broker already ended (taken over, refused) has nothing to say goodbye to:
      // mqtt.js would wait forever for the DISCONNECT to go out.
      if (!current.connected) return void current.end(true);
      await Promise.race([current.endAsync(), sleep(2000).then(() => current.end(true))]);
    },
  };
}
