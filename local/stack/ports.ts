import { createServer } from 'node:net';

/** A port the OS says is free on 127.0.0.1 now (for servers that cannot take port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The configured port, or a free one when it is 0. */
export async function portOrFree(port: number): Promise<number> {
  return port === 0 ? freePort() : port;
}
