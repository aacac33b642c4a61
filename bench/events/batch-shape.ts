import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { functionName } from '../../local/stack/local-functions';

/** How the ingest saw the load: records per batch, boxes per batch (one state write each), and what it logged. */
export interface BatchShape {
  readonly batches: number;
  readonly recordsPerBatch: number;
  readonly boxesPerBatch: number;
  /** Bytes of the ingest's JSON log records per event: what CloudWatch Logs and the log pipeline take in. */
  readonly logBytesPerEvent: number;
}

/** Reads the ingest's own records (`box_events_ingested`, `box_event_stored`, and all it logs) from the stack's logs. */
export function batchShape(home: string): BatchShape {
  const dir = join(home, 'logs');
  const ingestRecord = `"lambda_handler":"${functionName('ingestBoxEvents')}"`;
  const batches = new Map<string, { records: number; boxes: Set<string> }>();
  let logBytes = 0;
  for (const file of readdirSync(dir).filter((name) => name.startsWith('application-'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.includes(ingestRecord)) logBytes += Buffer.byteLength(line) + 1;
      if (!line.includes('"box_event')) continue;
      const record = JSON.parse(line) as { log_event: string; lambda_request_id: string; records?: number; node_id?: string };
      const batch = batches.get(record.lambda_request_id) ?? { records: 0, boxes: new Set<string>() };
      if (record.log_event === 'box_events_ingested') batch.records = record.records ?? 0;
      if (record.log_event === 'box_event_stored' && record.node_id) batch.boxes.add(record.node_id);
      batches.set(record.lambda_request_id, batch);
    }
  }
  const all = [...batches.values()].filter((batch) => batch.records > 0);
  const sum = (pick: (batch: { records: number; boxes: Set<string> }) => number) => all.reduce((total, batch) => total + pick(batch), 0);
  return {
    batches: all.length,
    recordsPerBatch: sum((batch) => batch.records) / Math.max(1, all.length),
    boxesPerBatch: sum((batch) => batch.boxes.size) / Math.max(1, all.length),
    logBytesPerEvent: logBytes / Math.max(1, sum((batch) => batch.records)),
  };
}
