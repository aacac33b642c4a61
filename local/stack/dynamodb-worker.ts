/**
 * dynalite in a worker thread (see dynamodb-server.ts): its request parsing, expression
 * evaluation and LevelDB calls take a core of their own instead of the stack's event loop.
 */
import dynalite from 'dynalite';
import { workerData } from 'node:worker_threads';
import { serveInThread } from '../threads/serve-in-thread';
import { cacheDynaliteExpressions } from './dynalite-expression-cache';
import { speedUpDynaliteLevelCalls } from './dynalite-level-calls';
import { cacheDynaliteTables } from './dynalite-table-cache';

export interface DynamoDbWorkerData {
  readonly path: string;
  readonly port: number;
}

const { path, port } = workerData as DynamoDbWorkerData;
cacheDynaliteTables();
cacheDynaliteExpressions();
speedUpDynaliteLevelCalls();
const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
// Closing the server closes dynalite's LevelDB too, so the next start finds the data whole.
serveInThread(server, port, (done) => server.close(() => done()));
