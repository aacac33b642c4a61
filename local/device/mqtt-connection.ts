import { connect, type IClientOptions, type MqttClient } from 'mqtt';

/** The broker hung up or refused: AWS IoT closes the socket without a CONNACK on most refusals. */
export class ConnectionRefused extends Error {
  override readonly name = 'ConnectionRefused';
}

export interface MqttConnectionOptions {
  readonly url: string;
  readonly clientId: string;
  readonly keyPem: string;
  readonly certificatePem: string;
  /** The CA the broker's certificate must chain to. */
  readonly caPem: string;
  readonly timeoutMs?: number;
}

/**
 * One MQTT 3.1.1 connection attempt over mutual TLS: resolves on CONNACK, rejects when the
 * broker closes first. mqtt.js alone would retry forever (and `connectAsync` never settles on a
 * silent hang-up), so reconnection is off and the caller decides about retries.
 */
export function openMqttConnection(options: MqttConnectionOptions): Promise<MqttClient> {
  const clientOptions: IClientOptions = {
    clientId: options.clientId,
    protocolVersion: 4,
    key: options.keyPem,
    cert: options.certificatePem,
    ca: options.caPem,
    rejectUnauthorized: true,
    reconnectPeriod: 0,
    connectTimeout: options.timeoutMs ?? 5000,
    clean: true,
  };
  return new Promise((resolve, reject) => {
    const client = connect(options.url, clientOptions);
    // Only this attempt's listeners come off: mqtt.js keeps its own on the same events.
    const onError = (error: Error) => fail(error.message);
    const onClose = () => fail('the broker closed the connection');
    const settle = () => {
      client.off('connect', onConnect);
      client.off('error', onError);
      client.off('close', onClose);
    };
    const fail = (reason: string) => {
      settle();
      client.end(true);
      reject(new ConnectionRefused(reason));
    };
    const onConnect = () => {
      settle();
      // Later errors surface as 'close'; unhandled they would crash the process.
      client.on('error', () => undefined);
      resolve(client);
    };
    client.once('connect', onConnect);
    client.once('error', onError);
    client.once('close', onClose);
  });
}

/** Resolves on PUBACK; rejects if the broker disconnects first (AWS's answer to a denied publish). */
export function publishQos1(client: MqttClient, topic: string, payload: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const closed = () => reject(new ConnectionRefused(`the broker closed the connection on a publish to ${topic}`));
    client.once('close', closed);
    client.publish(topic, payload, { qos: 1 }, (error) => {
      client.removeListener('close', closed);
      if (error) reject(error);
      else resolve();
    });
  });
}
