import { describe, expect, it } from 'vitest';
import { batchOutcome } from '../../../../../local/iot/kinesis/batch-outcome';

const records = ['100', '200', '300', '400'].map((sequenceNumber) => ({ SequenceNumber: sequenceNumber, Data: new Uint8Array() }));
const failures = (...ids: unknown[]) => ({ batchItemFailures: ids.map((itemIdentifier) => ({ itemIdentifier })) });

describe('batchOutcome', () => {
  it.each([
    ['no result', undefined, true, { kind: 'success' }],
    ['an empty failure list', failures(), true, { kind: 'success' }],
    ['one failure', failures('300'), true, { kind: 'partial', retryFrom: 2 }],
    ['several failures: the lowest wins', failures('400', '200'), true, { kind: 'partial', retryFrom: 1 }],
    ['an identifier not in the batch', failures('999'), true, { kind: 'failure', error: 'invalid itemIdentifier "999"' }],
    ['an empty identifier', failures(''), true, { kind: 'failure', error: 'invalid itemIdentifier ""' }],
    ['a null identifier', failures(null), true, { kind: 'failure', error: 'invalid itemIdentifier null' }],
    ['failures without ReportBatchItemFailures', failures('300'), false, { kind: 'success' }],
  ])('reads %s', (_case, result, reports, expected) => {
    // Act and Assess
    expect(batchOutcome(records, result, reports)).toEqual(expected);
  });
});
