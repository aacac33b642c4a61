import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import kinesalite from 'kinesalite';
import type { RequestListener } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { IotAccount } from '../registry/arns';
import { createDualProtocolServer } from './protocol-front';

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

/** kinesalite reads the account and region for its ARNs from the environment when it starts. */
function withAccountEnvironment<T>(account: IotAccount, make: () => T): T {
  const saved = { region: process.env.AWS_REGION, account: process.env.AWS_ACCOUNT_ID };
  process.env.AWS_REGION = account.region;
  process.env.AWS_ACCOUNT_ID = account.accountId;
  try {
    return make();
  } finally {
    if (saved.region === undefined) delete process.env.AWS_REGION;
    else process.env.AWS_REGION = saved.region;
    if (saved.account === undefined) delete process.env.AWS_ACCOUNT_ID;
    else process.env.AWS_ACCOUNT_ID = saved.account;
  }
}

/** kinesalite in this process, its LevelDB data under `path`, on 127.0.0.1 (HTTP/1.1 and HTTP/2). */
export async function startKinesis(path: string, port: number, account: IotAccount): Promise<KinesisServer> {
  const store = withAccountEnvironment(account, () => kinesalite({ path, createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0 }));
  const handler = store.listeners('request')[0] as RequestListener;
  const putListeners = new Set<() => void>();
  const front = createDualProtocolServer((request, response) => {
    if (/\.PutRecords?$/.test(String(request.headers['x-amz-target'] ?? ''))) {
      response.once('finish', () => {
        for (const listener of putListeners) listener();
      });
    }
    handler(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    front.server.once('error', reject);
    front.server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = front.server.address();
  if (!address || typeof address === 'string') throw new Error('local Kinesis has no address');
  const endpoint = `http://127.0.0.1:${address.port}`;
  const client = new KinesisClient({ endpoint, region: account.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

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
    onRecordsPut: (listener) => {
      putListeners.add(listener);
      return () => void putListeners.delete(listener);
    },
    stop: async () => {
      putListeners.clear();
      client.destroy();
      front.closeAll();
      await new Promise<void>((resolve) => front.server.close(() => resolve()));
      // Closing kinesalite's own (never listening) server closes its LevelDB.
      await new Promise<void>((resolve) => store.close(() => resolve()));
    },
  };
}
