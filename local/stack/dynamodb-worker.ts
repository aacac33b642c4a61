/**
 * dynalite in a worker thread (see dynamodb-server.ts): its request parsing, expression
 * evaluation and LevelDB calls take a core of their own instead of the stack's event loop.
 */
import dynalite from 'dynalite';
import { parentPort, workerData } from 'node:worker_threads';

export interface DynamoDbWorkerData {
  readonly path: string;
  readonly port: number;
}

/** What the worker tells its parent. */
export type DynamoDbWorkerMessage = { readonly listening: number } | { readonly failed: string } | { readonly stopped: true };

const { path, port } = workerData as DynamoDbWorkerData;
const post = (message: DynamoDbWorkerMessage) => parentPort?.postMessage(message);
const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.once('error', (error: Error) => post({ failed: String(error) }));
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  if (!address || typeof address === 'string') post({ failed: 'dynalite has no address' });
  else post({ listening: address.port });
});
parentPort?.on('message', (message: unknown) => {
  // Closing the server closes dynalite's LevelDB too, so the next start finds the data whole.
  if (message === 'stop') server.close(() => post({ stopped: true }));
});
