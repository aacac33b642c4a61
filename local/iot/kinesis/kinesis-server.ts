import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { Agent } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServerThread } from '../../threads/server-thread';
import type { IotAccount } from '../registry/arns';
import { RECORDS_PUT, type KinesisWorkerData } from './kinesis-thread';

export interface KinesisServer {
  /** `http://127.0.0.1:<port>`: the `endpoint` of a KinesisClient. */
  readonly endpoint: string;
  /** A client of this server, for the rules engine and the event source mappings. */
  readonly client: KinesisClient;
  /** Creates a stream unless it exists, and waits until it is ACTIVE. */
  ensureStream(name: string, shardCount: number): Promise<void>;
  /**
   * Calls `listener` each time a PutRecord or PutRecords call has been answered (its records are
   * readable then), whoever the producer; returns the unsubscribe function.
   */
  onRecordsPut(listener: () => void): () => void;
  stop(): Promise<void>;
}

/**
 * kinesalite, its LevelDB data under `path`, on 127.0.0.1 (HTTP/1.1 and HTTP/2), in a worker
 * thread of this process (kinesis-worker.ts).
 */
export async function startKinesis(path: string, port: number, account: IotAccount): Promise<KinesisServer> {
  const workerData: KinesisWorkerData = { path, port };
  const thread = await startServerThread(new URL('./kinesis-worker.ts', import.meta.url), {
    workerData,
    env: { ...process.env, AWS_REGION: account.region, AWS_ACCOUNT_ID: account.accountId },
  });
  const { endpoint } = thread;
  // HTTP/1.1 with keep-alive: the client's default, HTTP/2 (for SubscribeToShard, which the rules
  // engine and the pollers never call), took 1.8 times the CPU per PutRecords here.
  const client = new KinesisClient({
    endpoint,
    region: account.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    requestHandler: new NodeHttpHandler({ httpAgent: new Agent({ keepAlive: true, maxSockets: 16 }) }),
    // The middleware stack resolved once per command class, not on every call: nothing changes it.
    cacheMiddleware: true,
  });

  const status = (name: string) =>
    client.send(new DescribeStreamSummaryCommand({ StreamName: name })).then(
      (summary) => summary.StreamDescriptionSummary?.StreamStatus,
      (error: Error) => {
        if (error.name === 'ResourceNotFoundException') return undefined;
        throw error;
      },
    );

  return {
    endpoint,
    client,
    ensureStream: async (name, shardCount) => {
      if ((await status(name)) === undefined) await client.send(new CreateStreamCommand({ StreamName: name, ShardCount: shardCount }));
      while ((await status(name)) !== 'ACTIVE') await sleep(10);
    },
    onRecordsPut: (listener) => thread.onSignal((signal) => {
      if (signal === RECORDS_PUT) listener();
    }),
    stop: async () => {
      client.destroy();
      await thread.stop();
    },
  };
}
