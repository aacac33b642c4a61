import { WebSocket } from 'ws';

/**
 * A `ws` WebSocket class that trusts one extra CA, to stand in for the browser's WebSocket
 * that aws-amplify uses: Node 20 has none, and Amplify always connects with `wss://`. Passing
 * `ca` per socket works in-process, where NODE_EXTRA_CA_CERTS (read once, at process start)
 * cannot be set any more.
 */
export function trustingWebSocket(ca: string): new (url: string | URL, protocols?: string | string[]) => WebSocket {
  return class TrustingWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { ca });
    }
  };
}

/** Installs a WebSocket class as `globalThis.WebSocket`; answers how to put things back. */
export function installGlobalWebSocket(socketClass: new (url: string | URL, protocols?: string | string[]) => WebSocket): () => void {
  const global = globalThis as { WebSocket?: unknown };
  const previous = global.WebSocket;
  global.WebSocket = socketClass;
  return () => {
    global.WebSocket = previous;
  };
}
