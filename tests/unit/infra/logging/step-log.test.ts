import { afterEach, describe, expect, it, vi } from 'vitest';
import { withLogContext } from '../../../../infra/logging/logger';
import { stepLog } from '../../../../infra/logging/step-log';
import { captureRecords } from './capture-records';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('stepLog, the domain`s StepLog over the one logger', () => {
  it('logs each step as a record named by its log_event, with the keys bound before it', async () => {
    // Prepare
    const records = captureRecords();
    const failure = new Error('thing registry refused');

    // Act
    await withLogContext({ device_id: 'hub-1' }, async () => {
      stepLog.bind({ task_uuid: 'task-1' });
      stepLog.info('task_started', { task_kind: 'REGISTER_NODES' });
      stepLog.warn('node_refused', { node_id: 'node-1', reason: 'not preregistered' });
      stepLog.error('node_failed', failure, { node_id: 'node-2' });
    });

    // Assess
    expect(records.map((record) => [record['level'], record['log_event'], record['task_uuid'], record['device_id'], record['node_id']])).toEqual([
      ['INFO', 'task_started', 'task-1', 'hub-1', null],
      ['WARN', 'node_refused', 'task-1', 'hub-1', 'node-1'],
      ['ERROR', 'node_failed', 'task-1', 'hub-1', 'node-2'],
    ]);
    expect(records[2]?.['error']).toMatchObject({ name: 'Error', message: 'thing registry refused' });
  });
});
