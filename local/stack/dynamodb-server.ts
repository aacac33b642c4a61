import dynalite from 'dynalite';

export interface RunningServer {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** dynalite, in this process, with its data under `path` so a second start finds it again. */
export async function startDynamoDb(path: string, port: number): Promise<RunningServer> {
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('dynalite has no address');
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
