/**
 * kinesalite in a worker thread (see kinesis-server.ts), behind one port for HTTP/1.1 and
 * HTTP/2. Under load its sequence-number arithmetic and LevelDB calls are a tenth of the stack's
 * CPU; here they take the machine's other core instead of the event loop the functions share.
 */
import type { RequestListener } from 'node:http';
import { workerData } from 'node:worker_threads';
import { serveInThread } from '../../threads/serve-in-thread';
import { RECORDS_PUT, type KinesisWorkerData } from './kinesis-thread';
import { loadKinesalite } from './load-kinesalite';
import { createDualProtocolServer } from './protocol-front';

const { path, port } = workerData as KinesisWorkerData;
// kinesalite reads the account and region for its ARNs from the environment the parent gives.
const store = loadKinesalite()({ path, createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0 });
const handler = store.listeners('request')[0] as RequestListener;
const front = createDualProtocolServer((request, response) => {
  if (/\.PutRecords?$/.test(String(request.headers['x-amz-target'] ?? ''))) response.once('finish', () => thread.signal(RECORDS_PUT));
  handler(request, response);
});
const thread = serveInThread(front.server, port, (done) => {
  front.closeAll();
  // Closing kinesalite's own (never listening) server closes its LevelDB.
  front.server.close(() => store.close(() => done()));
});
