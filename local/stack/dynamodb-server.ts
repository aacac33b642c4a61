import { startServerThread } from '../threads/server-thread';
import type { DynamoDbWorkerData } from './dynamodb-worker';

export interface RunningServer {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * dynalite, with its data under `path` so a second start finds it again, in a worker thread of
 * this process: under load it is a quarter of the stack's CPU (LevelDB, expression parsing), and
 * on its own thread it uses the machine's second core.
 */
export async function startDynamoDb(path: string, port: number): Promise<RunningServer> {
  const workerData: DynamoDbWorkerData = { path, port };
  const thread = await startServerThread(new URL('./dynamodb-worker.ts', import.meta.url), { workerData });
  return { endpoint: thread.endpoint, stop: thread.stop };
}
