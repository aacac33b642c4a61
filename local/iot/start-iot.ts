import { X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { startMqttBroker } from './broker/mqtt-broker';
import { controlPlaneRoutes } from './control-plane/control-plane-routes';
import { FaultInjector } from './control-plane/fault-injection';
import { startControlPlaneServer } from './control-plane/http-server';
import { OperationThrottle } from './control-plane/throttling';
import type { IotOptions, RunningIot } from './iot-options';
import { CheckpointStore } from './kinesis/checkpoint-store';
import { startKinesisPollers } from './kinesis/kinesis-pollers';
import { startKinesis } from './kinesis/kinesis-server';
import { loadLocalPki } from './local-pki';
import { certificateIdOf } from './pki/certificate-identity';
import { IotArns, LOCAL_ACCOUNT_ID, type IotAccount } from './registry/arns';
import { newCaCertificateRecord } from './registry/certificate-records';
import { RegistryStore } from './registry/registry-store';
import { RulesEngine } from './rules/rules-engine';

const defaultLog = (record: Record<string, unknown>) => {
  if (record.level === 'WARN' || record.level === 'ERROR') console.error(JSON.stringify(record));
};

/**
 * Starts the local AWS IoT Core on 127.0.0.1: the control plane, Kinesis (kinesalite), the rules
 * engine, the MQTT broker and the Kinesis → Lambda pollers. The maker CA is made and registered
 * with auto-registration on the first start; the registry persists under `options.home`.
 */
export async function startIot(options: IotOptions): Promise<RunningIot> {
  const account: IotAccount = { region: options.region ?? 'ap-northeast-1', accountId: options.accountId ?? LOCAL_ACCOUNT_ID };
  const log = options.log ?? defaultLog;
  const arns = new IotArns(account);
  const store = new RegistryStore(join(options.home, 'registry.json'));
  const pki = await loadLocalPki(options.home);
  const makerCaId = certificateIdOf(new X509Certificate(pki.makerCa.certificatePem));
  store.state.caCertificates[makerCaId] ??= newCaCertificateRecord(new X509Certificate(pki.makerCa.certificatePem), {
    active: true,
    autoRegistration: true,
    mode: 'DEFAULT',
    now: Date.now() / 1000,
  });
  store.changed();

  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const halt of stops.reverse()) await halt().catch((error: unknown) => log({ level: 'ERROR', message: 'local IoT stop failed', error: String(error) }));
    await store.flush();
  };
  try {
    const kinesis = await startKinesis(join(options.home, 'kinesis'), options.ports?.kinesis ?? 0, account);
    stops.push(kinesis.stop);
    const rules = new RulesEngine(options.rules ?? [], { kinesis: kinesis.client, account, log, lambdaRetryDelaysMs: options.lambdaRetryDelaysMs });
    const streams = new Map<string, number>();
    for (const name of [...rules.kinesisStreams, ...(options.eventSourceMappings ?? []).map((mapping) => mapping.streamName)]) streams.set(name, 1);
    for (const stream of options.streams ?? []) streams.set(stream.name, stream.shardCount ?? 1);
    for (const [name, shardCount] of streams) await kinesis.ensureStream(name, shardCount);

    const throttle = new OperationThrottle();
    if (options.throttling) throttle.configure(options.throttling);
    const faults = new FaultInjector();
    if (options.faults) faults.configure(options.faults);
    let mqttPort = 0;
    const controlPlane = await startControlPlaneServer({
      port: options.ports?.controlPlane ?? 0,
      routes: controlPlaneRoutes({ store, account, arns, now: () => Date.now() / 1000, serviceCa: pki.rootCa, dataEndpoint: () => `127.0.0.1:${mqttPort}` }),
      throttle,
      faults,
      log,
    });
    stops.push(controlPlane.stop);

    const checkpoints = new CheckpointStore(join(options.home, 'kinesis-checkpoints.json'));
    // Runs after the pollers stop (stops run in reverse): their last checkpoints reach the disk.
    stops.push(() => checkpoints.flush());
    const pollers = await startKinesisPollers(options.eventSourceMappings ?? [], { client: kinesis.client, account, checkpoints, onRecordsPut: kinesis.onRecordsPut, log });
    stops.push(pollers.stop);
    stops.push(() => rules.idle());
    const broker = await startMqttBroker({
      port: options.ports?.mqtt ?? 0,
      serverCertificatePem: pki.serverCertificatePem,
      serverKeyPem: pki.serverKeyPem,
      store,
      account,
      arns,
      requireThingAttachment: options.requireThingAttachment,
      onMessage: (message) => rules.handle(message),
      log,
    });
    stops.push(broker.stop);
    mqttPort = broker.port;

    return {
      endpoint: controlPlane.endpoint,
      mqttUrl: broker.url,
      caCertificateId: makerCaId,
      makerCa: { certFile: pki.makerCa.certFile, keyFile: pki.makerCa.keyFile },
      rootCaFile: pki.rootCa.certFile,
      kinesis: { endpoint: kinesis.endpoint },
      account,
      idle: () => rules.idle(),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
