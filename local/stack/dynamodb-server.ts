import type { DynamoDbWorkerData, DynamoDbWorkerMessage } from './dynamodb-worker';
import { typescriptWorker } from './typescript-worker';

export interface RunningServer {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * dynalite, with its data under `path` so a second start finds it again, in a worker thread of
 * this process: under load it is a quarter of the stack's CPU (LevelDB, expression parsing), and
 * on its own thread it uses the machine's second core. The thread ends with the process.
 */
export async function startDynamoDb(path: string, port: number): Promise<RunningServer> {
  const workerData: DynamoDbWorkerData = { path, port };
  const worker = typescriptWorker(new URL('./dynamodb-worker.ts', import.meta.url), { workerData });
  const next = () =>
    new Promise<DynamoDbWorkerMessage>((resolve, reject) => {
      const onExit = (code: number) => reject(new Error(`the DynamoDB worker exited with ${code}`));
      worker.once('error', reject);
      worker.once('exit', onExit);
      worker.once('message', (message: DynamoDbWorkerMessage) => {
        worker.off('error', reject);
        worker.off('exit', onExit);
        resolve(message);
      });
    });
  const started = await next().catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  if (!('listening' in started)) {
    await worker.terminate();
    throw new Error(`dynalite did not start: ${'failed' in started ? started.failed : 'no answer'}`);
  }
  return {
    endpoint: `http://127.0.0.1:${started.listening}`,
    stop: async () => {
      const stopped = next().catch(() => undefined);
      worker.postMessage('stop');
      await stopped;
      await worker.terminate();
    },
  };
}
