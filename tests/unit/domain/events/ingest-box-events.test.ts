import { describe, expect, it } from 'vitest';
import { IngestBoxEvents, type IngestRecord } from '../../../../domain/events/ingest-box-events.service';
import { BOX, boxEvent, FakeDeadLetters, HUB, recordingService } from './fakes';

const T = Date.UTC(2026, 0, 1, 9);

function record(id: string, message: unknown): IngestRecord {
  return { recordId: id, message, text: message === undefined ? 'garbage' : JSON.stringify(message), arrivedAt: T };
}

function ingestion() {
  const recording = recordingService();
  const deadLetters = new FakeDeadLetters();
  return { ...recording, deadLetters, ingest: new IngestBoxEvents({ record: recording.service, deadLetters, log: recording.log }) };
}

describe('IngestBoxEvents', () => {
  it('dead-letters malformed messages with their reason and records the rest of the batch', async () => {
    // Prepare
    const { ingest, deadLetters, publisher } = ingestion();
    const good = boxEvent({}, T);
    const records = [record('r1', undefined), record('r2', { ...good, type: 'NOPE' }), record('r3', good), record('r4', { ...boxEvent({}, T + 1), nodeId: 'box-404' })];

    // Act
    const report = await ingest.execute(records);

    // Assess
    expect(report).toEqual({ failed: [], stored: 1, duplicates: 0, deadLetters: 3 });
    expect(publisher.pushed.map((event) => event.eventId)).toEqual([good.eventId]);
    expect(deadLetters.letters).toEqual([
      expect.objectContaining({ letterId: 'r1', errorType: 'ValidationError', reason: 'payload: must be JSON', payload: 'garbage' }),
      expect.objectContaining({ letterId: 'r2', errorType: 'ValidationError', field: 'type', hubId: HUB, nodeId: BOX }),
      expect.objectContaining({ letterId: 'r4', errorType: 'NotFound', reason: `box box-404 is not registered behind hub ${HUB}` }),
    ]);
  });

  it('reports only records that failed for a passing reason', async () => {
    // Prepare
    const { ingest, events } = ingestion();
    const failing = boxEvent({}, T);
    events.failOn.add(failing.eventId);

    // Act
    const report = await ingest.execute([record('r1', boxEvent({}, T + 1)), record('r2', failing), record('r3', { bad: true })]);

    // Assess
    expect(report.failed).toEqual(['r2']);
  });

  it('reports a record whose dead letter could not be written, so that it is not lost', async () => {
    // Prepare
    const { ingest, deadLetters } = ingestion();
    deadLetters.put = async () => {
      throw new Error('throttled');
    };

    // Act
    const report = await ingest.execute([record('r1', { bad: true })]);

    // Assess
    expect(report.failed).toEqual(['r1']);
  });

  it('logs each event`s step with its name', async () => {
    // Prepare
    const { ingest, log } = ingestion();
    const event = boxEvent({}, T);

    // Act
    await ingest.execute([record('r1', event), record('r2', event), record('r3', undefined)]);

    // Assess
    expect(log.events).toEqual(['box_event_stored', 'box_event_duplicate', 'box_event_dead_lettered', 'box_events_ingested']);
  });
});
