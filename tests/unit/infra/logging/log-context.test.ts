import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindLogKeys, lambdaLogKeys, logger, withLogContext } from '../../../../infra/logging/logger';
import { captureRecords } from './capture-records';

afterEach(() => {
  logger.resetKeys();
  vi.restoreAllMocks();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('withLogContext and bindLogKeys, how a request names its task once', () => {
  it('puts the bound keys on every record of the request, across awaits', async () => {
    // Prepare
    const records = captureRecords();

    // Act
    await withLogContext({ task_uuid: 'task-1', device_id: 'hub-1', hub_id: 'hub-1' }, async () => {
      logger.info('first', { log_event: 'task_started' });
      await tick();
      logger.info('second', { log_event: 'node_registered', node_id: 'node-1' });
    });
    logger.info('after');

    // Assess
    expect(records.map((record) => [record['task_uuid'], record['device_id'], record['hub_id'], record['node_id']])).toEqual([
      ['task-1', 'hub-1', 'hub-1', null],
      ['task-1', 'hub-1', 'hub-1', 'node-1'],
      [null, null, null, null],
    ]);
  });

  it('keeps the keys of requests that run side by side apart', async () => {
    // Prepare
    const records = captureRecords();
    const request = (task: string, wait: number) =>
      withLogContext({ task_uuid: task }, async () => {
        await new Promise((resolve) => setTimeout(resolve, wait));
        logger.info('done', { log_event: task });
      });

    // Act
    await Promise.all([request('slow', 20), request('fast', 1)]);

    // Assess
    expect(records.map((record) => [record['log_event'], record['task_uuid']])).toEqual([
      ['fast', 'fast'],
      ['slow', 'slow'],
    ]);
  });

  it('adds keys learnt mid-request to the innermost scope only', async () => {
    // Prepare
    const records = captureRecords();

    // Act
    await withLogContext({ ...lambdaLogKeys({ awsRequestId: 'req-9', functionName: 'takuhai-dev-registerNodes' }) }, async () => {
      await withLogContext({ device_id: 'hub-2' }, async () => {
        bindLogKeys({ task_uuid: 'task-2' });
        logger.info('inner');
      });
      logger.info('outer');
    });

    // Assess
    expect(records[0]).toMatchObject({ task_uuid: 'task-2', device_id: 'hub-2', lambda_request_id: 'req-9', lambda_handler: 'takuhai-dev-registerNodes' });
    expect(records[1]).toMatchObject({ task_uuid: null, device_id: null, lambda_request_id: 'req-9' });
  });

  it('falls back to the logger`s temporary keys outside any scope, which resetKeys clears', () => {
    // Prepare
    const records = captureRecords();

    // Act
    bindLogKeys({ task_uuid: 'task-3', device_id: null });
    logger.info('bound');
    logger.resetKeys();
    logger.info('reset');

    // Assess
    expect(records.map((record) => record['task_uuid'])).toEqual(['task-3', null]);
  });
});
