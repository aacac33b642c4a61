import type { Worker } from 'node:worker_threads';
import { typescriptWorker } from './typescript-worker';

/** What a server thread tells its parent (see serve-in-thread.ts). */
export type ServerThreadMessage = { readonly listening: number } | { readonly failed: string } | { readonly stopped: true } | { readonly signal: string };

export interface ServerThread {
  /** `http://127.0.0.1:<port>`. */
  readonly endpoint: string;
  /** Calls `listener` with each signal the server sends; returns the unsubscribe function. */
  onSignal(listener: (signal: string) => void): () => void;
  stop(): Promise<void>;
}

/**
 * A local server (a TypeScript module calling `serveInThread`) in a worker thread of this
 * process: its request parsing and storage work take the machine's other core instead of the
 * stack's event loop. The thread ends with the process.
 */
export async function startServerThread(entry: URL, options: { readonly workerData: unknown; readonly env?: NodeJS.ProcessEnv }): Promise<ServerThread> {
  const worker = typescriptWorker(entry, { workerData: options.workerData, env: options.env });
  const listeners = new Set<(signal: string) => void>();
  worker.on('message', (message: ServerThreadMessage) => {
    if ('signal' in message) for (const listener of listeners) listener(message.signal);
  });
  const started = await nextStatus(worker).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  if (!('listening' in started)) {
    await worker.terminate();
    throw new Error(`${entry.pathname} did not start: ${'failed' in started ? started.failed : 'no answer'}`);
  }
  return {
    endpoint: `http://127.0.0.1:${started.listening}`,
    onSignal: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    stop: async () => {
      listeners.clear();
      const stopped = nextStatus(worker).catch(() => undefined);
      worker.postMessage('stop');
      await stopped;
      await worker.terminate();
    },
  };
}

/** The worker's next status message (signals are not statuses); rejects if it dies first. */
function nextStatus(worker: Worker): Promise<ServerThreadMessage> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => done(() => reject(new Error(`the server thread exited with ${code}`)));
    const onError = (error: Error) => done(() => reject(error));
    const onMessage = (message: ServerThreadMessage) => {
      if (!('signal' in message)) done(() => resolve(message));
    };
    const done = (settle: () => void) => {
      worker.off('exit', onExit);
      worker.off('error', onError);
      worker.off('message', onMessage);
      settle();
    };
    worker.on('exit', onExit);
    worker.on('error', onError);
    worker.on('message', onMessage);
  });
}
