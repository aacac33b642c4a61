/** What kinesis-server.ts and its worker thread (kinesis-worker.ts) share. */
export interface KinesisWorkerData {
  readonly path: string;
  readonly port: number;
}

/** The signal the thread sends each time a PutRecord or PutRecords call has been answered. */
export const RECORDS_PUT = 'records-put';
