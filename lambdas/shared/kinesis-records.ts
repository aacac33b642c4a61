import type { KinesisStreamEvent } from 'aws-lambda';
import type { IngestRecord } from '../../domain/events/ingest-box-events.service';

/** A batch's records as the ingest reads them, and how to name a failed one back to Lambda. */
export interface DecodedBatch {
  readonly records: IngestRecord[];
  /** The sequence number Lambda's `batchItemFailures` wants for a record id. */
  sequenceOf(recordId: string): string;
}

/** Decodes each record's base64 data; a message that is not JSON keeps `message` undefined. */
export function decodeKinesisBatch(event: KinesisStreamEvent): DecodedBatch {
  const sequences = new Map<string, string>();
  const records = event.Records.map((record): IngestRecord => {
    // eventID is `<shardId>:<sequenceNumber>`: unique in the stream, unlike the sequence number alone.
    sequences.set(record.eventID, record.kinesis.sequenceNumber);
    const text = Buffer.from(record.kinesis.data, 'base64').toString('utf8');
    return { recordId: record.eventID, text, message: parseJson(text), arrivedAt: Math.round(record.kinesis.approximateArrivalTimestamp * 1000) };
  });
  return { records, sequenceOf: (recordId) => sequences.get(recordId) ?? recordId };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
