import { createServer, type Server, type Socket } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';

/** A TLS connection opens with a handshake record (content type 0x16); no HTTP request does. */
const TLS_HANDSHAKE = 0x16;

/** The listening socket and a way to drop every connection it accepted (for a prompt stop). */
export interface DualProtocolListener {
  readonly server: Server;
  destroyConnections(): void;
}

/**
 * One TCP port for both plain HTTP and TLS: the first byte of each connection tells which, and
 * the socket goes to the matching server (neither listens itself). AWS's clients insist on
 * `wss://` for real time while tools and tests speak plain HTTP, so the port takes both.
 * Without `secure`, every connection is plain HTTP.
 */
export function dualProtocolListener(plain: HttpServer, secure?: HttpsServer): DualProtocolListener {
  const sockets = new Set<Socket>();
  const server = createServer({ noDelay: true }, (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      if (secure && first[0] === TLS_HANDSHAKE) {
        // The TLS socket reads what was unshifted when it wraps this one; resuming here would lose it.
        secure.emit('connection', socket);
      } else {
        plain.emit('connection', socket);
        socket.resume();
      }
    });
    socket.on('error', () => socket.destroy());
  });
  return { server, destroyConnections: () => sockets.forEach((socket) => socket.destroy()) };
}
