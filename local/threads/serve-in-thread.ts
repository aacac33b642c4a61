import type { Server } from 'node:net';
import { parentPort } from 'node:worker_threads';
import type { ServerThreadMessage } from './server-thread';

/**
 * The worker side of startServerThread: listens on 127.0.0.1, says on which port, and on the
 * parent's 'stop' runs `close` (which must close the server and its storage) before saying so.
 * @returns `signal`, to tell the parent that something happened (e.g. records were put).
 */
export function serveInThread(server: Server, port: number, close: (done: () => void) => void): { signal(name: string): void } {
  const post = (message: ServerThreadMessage) => parentPort?.postMessage(message);
  server.once('error', (error: Error) => post({ failed: String(error) }));
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    if (!address || typeof address === 'string') post({ failed: 'the server has no address' });
    else post({ listening: address.port });
  });
  parentPort?.on('message', (message: unknown) => {
    if (message === 'stop') close(() => post({ stopped: true }));
  });
  return { signal: (name) => post({ signal: name }) };
}
