import type { RequestListener } from 'node:http';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttp2Server } from 'node:http2';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { Duplex } from 'node:stream';

/** The first bytes of an HTTP/2 connection with prior knowledge (RFC 9113, section 3.4). */
const HTTP2_PREFACE = Buffer.from('PRI * HTTP/2.0');

/**
 * Wraps a socket whose first chunk was already read into a fresh stream that replays it:
 * Node's HTTP/2 server reads the socket's native handle, so `unshift` would not reach it.
 */
function replaying(socket: Socket, first: Buffer): Duplex {
  const stream = new Duplex({
    read: () => socket.resume(),
    write: (chunk: Buffer, _encoding, done) => void socket.write(chunk, done),
    final: (done) => {
      socket.end();
      done();
    },
    destroy: (error, done) => {
      socket.destroy(error ?? undefined);
      done(error);
    },
  });
  stream.push(first);
  socket.on('data', (chunk: Buffer) => {
    if (!stream.push(chunk)) socket.pause();
  });
  socket.on('end', () => stream.push(null));
  socket.on('error', (error) => stream.destroy(error));
  socket.on('close', () => stream.destroy());
  return stream;
}

/**
 * One port that answers HTTP/1.1 and cleartext HTTP/2 with the same handler. The AWS SDK's
 * Kinesis client speaks HTTP/2 by default (for SubscribeToShard), kinesalite only HTTP/1.1:
 * this lets the unchanged client reach it through `AWS_ENDPOINT_URL_KINESIS`.
 */
export function createDualProtocolServer(handler: RequestListener): { server: Server; closeAll(): void } {
  const http1 = createHttpServer(handler);
  const http2 = createHttp2Server(handler as unknown as Parameters<typeof createHttp2Server>[0]);
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.once('data', (first: Buffer) => {
      if (first.subarray(0, HTTP2_PREFACE.length).equals(HTTP2_PREFACE)) {
        http2.emit('connection', replaying(socket, first));
        return;
      }
      socket.pause();
      socket.unshift(first);
      http1.emit('connection', socket);
      socket.resume();
    });
  });
  return {
    server,
    closeAll: () => {
      for (const socket of sockets) socket.destroy();
    },
  };
}
