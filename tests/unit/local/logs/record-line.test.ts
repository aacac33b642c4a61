import { describe, expect, it } from 'vitest';
import { formatRecordLine } from '../../../../local/logs/record-line';
import type { ApplicationRecord } from '../../../../local/logs/log-files';
import { logRecord } from './log-fixtures';

const AT = Date.parse('2026-11-26T03:01:10.123Z');
const record = (fields: Record<string, unknown>) => logRecord(AT, fields) as ApplicationRecord;

describe('formatRecordLine, a record as people read it on the terminal', () => {
  it('says a step once when its message is its name, and names its ids in full', () => {
    // Act
    const line = formatRecordLine(record({ log_event: 'task_started', message: 'task_started', task_uuid: 'task-1', device_id: 'hub-1', hub_id: 'hub-1' }));

    // Assess
    expect(line).toBe('12:01:10.123  INFO   createUser  task_started  task=task-1  device=hub-1  hub=hub-1');
  });

  it('gives a refusal its reason on one line, without a stack', () => {
    // Act
    const line = formatRecordLine(
      record({ level: 'WARN', log_event: 'create_user_refused', error: { name: 'ValidationError', message: 'email: is not valid', stack: 'ValidationError: email\n    at parse (u.ts:1:1)' } }),
    );

    // Assess
    expect(line.split('\n')).toEqual(['12:01:10.123  WARN   createUser  create_user_refused  a step', '    ValidationError: email: is not valid']);
  });
});
