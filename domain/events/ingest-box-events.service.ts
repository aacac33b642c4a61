import { isDomainError } from '../errors/domain-error';
import { ValidationError } from '../errors/errors';
import { mapWithConcurrency } from '../shared/map-with-concurrency';
import type { StepLog } from '../shared/step-log.port';
import type { BoxEvent } from './box-event.entity';
import type { DeadLetter, DeadLetterStore } from './dead-letter.port';
import { parseDeviceEvent } from './parse-device-event';
import type { RecordBoxEvent, RecordOutcome } from './record-box-event.service';

/** A dead letter keeps this much of the message: enough to see what the device sent. */
const MAX_LETTER_PAYLOAD = 2_048;

/** One delivered message of the stream, as the handler decoded it. */
export interface IngestRecord {
  /** Unique per delivered message (the stream's record id); failures are reported by it. */
  readonly recordId: string;
  /** The message's JSON, or undefined when it is not JSON. */
  readonly message: unknown;
  /** The message as received, for the dead letter. */
  readonly text: string;
  /** When the message reached the stream (ms), if the message does not say when IoT got it. */
  readonly arrivedAt: number;
}

/** What a batch came to; `failed` lists the records to deliver again (transient failures only). */
export interface IngestReport {
  readonly failed: readonly string[];
  readonly stored: number;
  readonly duplicates: number;
  readonly deadLetters: number;
}

/**
 * The device event ingest: checks each message, sends what can never be accepted to the dead
 * letters (so one bad message never blocks its shard), records the rest once, and tells which
 * records failed for a reason a retry may cure.
 */
export class IngestBoxEvents {
  constructor(private readonly deps: { record: RecordBoxEvent; deadLetters: DeadLetterStore; log: StepLog }) {}

  async execute(records: readonly IngestRecord[]): Promise<IngestReport> {
    const letters: [IngestRecord, DeadLetter][] = [];
    const parsed: [IngestRecord, BoxEvent][] = [];
    for (const record of records) {
      try {
        parsed.push([record, parseDeviceEvent(record.message, record.arrivedAt)]);
      } catch (error) {
        letters.push([record, letterOf(record, error)]);
      }
    }
    const outcomes = await this.deps.record.executeAll(parsed.map(([, event]) => event));
    const failed = new Set<string>();
    outcomes.forEach((outcome, index) => {
      const record = (parsed[index] as [IngestRecord, BoxEvent])[0];
      this.logOutcome(outcome);
      if (outcome.outcome === 'REJECTED') letters.push([record, letterOf(record, outcome.error, outcome.event)]);
      if (outcome.outcome === 'FAILED') failed.add(record.recordId);
    });
    await mapWithConcurrency(letters, 8, async ([record, letter]) => {
      this.deps.log.warn('box_event_dead_lettered', { hub_id: letter.hubId, node_id: letter.nodeId, device_id: letter.nodeId, reason: letter.reason, field: letter.field });
      await this.deps.deadLetters.put(letter).catch((error: unknown) => {
        this.deps.log.error('dead_letter_failed', error, { record_id: record.recordId });
        failed.add(record.recordId);
      });
    });
    const count = (kind: RecordOutcome['outcome']) => outcomes.filter((outcome) => outcome.outcome === kind).length;
    const report = { failed: records.filter((record) => failed.has(record.recordId)).map((record) => record.recordId), stored: count('STORED'), duplicates: count('DUPLICATE'), deadLetters: letters.length };
    this.deps.log.info('box_events_ingested', { records: records.length, stored: report.stored, duplicates: report.duplicates, dead_letters: report.deadLetters, failed: report.failed.length });
    return report;
  }

  private logOutcome(outcome: RecordOutcome): void {
    const { event } = outcome;
    const keys = { hub_id: event.hubId, node_id: event.nodeId, device_id: event.nodeId, event_id: event.eventId, event_type: event.type };
    if (outcome.outcome === 'STORED') this.deps.log.info('box_event_stored', keys);
    else if (outcome.outcome === 'DUPLICATE') this.deps.log.info('box_event_duplicate', keys);
    else if (outcome.outcome === 'FAILED') this.deps.log.error('box_event_failed', outcome.error, keys);
  }
}

/** The dead letter of a message that can never be accepted; anything else would be a bug and says so. */
function letterOf(record: IngestRecord, error: unknown, event?: BoxEvent): DeadLetter {
  const message = (record.message ?? {}) as { hubId?: unknown; nodeId?: unknown };
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    letterId: record.recordId,
    receivedAt: new Date(record.arrivedAt).toISOString(),
    errorType: isDomainError(error) ? error.errorType : 'InternalError',
    reason: record.message === undefined ? 'payload: must be JSON' : error instanceof Error ? error.message : String(error),
    field: error instanceof ValidationError ? error.field : undefined,
    hubId: event?.hubId ?? text(message.hubId),
    nodeId: event?.nodeId ?? text(message.nodeId),
    payload: record.text.slice(0, MAX_LETTER_PAYLOAD),
  };
}
