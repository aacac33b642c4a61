import type { Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APPLICATION_COLUMNS } from '../../../../infra/logging/application-table';
import { logger, withLogContext } from '../../../../infra/logging/logger';
import { captureRecords } from './capture-records';

const context = { awsRequestId: 'req-1', functionName: 'takuhai-dev-createUser', invokedFunctionArn: 'arn', memoryLimitInMB: '512', functionVersion: '$LATEST' } as Context;

beforeEach(() => {
  vi.stubEnv('COMMIT_ID', 'abc123def456');
});

afterEach(() => {
  logger.resetKeys();
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('TakuhaiLogFormatter, the shape of every record', () => {
  it('names every source-design field, null when unknown, in the table`s column order', () => {
    // Prepare
    const records = captureRecords();

    // Act
    logger.info('plain');

    // Assess
    const [record] = records;
    const columns = APPLICATION_COLUMNS.map((column) => column.name).filter((name) => name !== 'error');
    expect(Object.keys(record ?? {})).toEqual(columns);
    for (const field of ['log_event', 'lambda_handler', 'lambda_request_id', 'task_uuid', 'device_id', 'hub_id', 'node_id', 'partner_id', 'user_id']) {
      expect(record?.[field], field).toBeNull();
    }
    expect(record).toMatchObject({ level: 'INFO', message: 'plain', lambda_commit_id: 'abc123def456' });
  });

  it('stamps unix seconds as an integer and the same instant in Japan time', () => {
    // Prepare
    vi.useFakeTimers({ now: new Date('2026-11-26T03:01:10.123Z'), toFake: ['Date'] });
    const records = captureRecords();

    // Act
    logger.info('at a fixed time');

    // Assess
    expect(records[0]).toMatchObject({ timestamp: 1795662070, timestamp_jst: '2026-11-26 12:01:10.123+09:00' });
  });

  it('moves to the next day in Japan before it does in UTC', () => {
    // Prepare
    vi.useFakeTimers({ now: new Date('2026-11-26T15:30:00.000Z'), toFake: ['Date'] });
    const records = captureRecords();

    // Act
    logger.info('after midnight in Tokyo');

    // Assess
    expect(records[0]?.['timestamp_jst']).toBe('2026-11-27 00:30:00.000+09:00');
  });

  it('takes the function name and request id from the Lambda context, and the commit from COMMIT_ID', () => {
    // Prepare
    vi.stubEnv('COMMIT_ID', '');
    const records = captureRecords();
    logger.addContext(context);

    // Act
    logger.info('in a handler', { log_event: 'step_done' });

    // Assess
    expect(records[0]).toMatchObject({ lambda_handler: 'takuhai-dev-createUser', lambda_request_id: 'req-1', lambda_commit_id: null, log_event: 'step_done' });
  });

  it('gives an error record the error`s name, message, location and whole stack as one string', () => {
    // Prepare
    const records = captureRecords();
    const error = new TypeError('the hub answered nothing', { cause: new Error('socket hang up') });

    // Act
    logger.error('register failed', { log_event: 'register_failed', error });

    // Assess
    expect(records[0]).toMatchObject({
      level: 'ERROR',
      error: {
        name: 'TypeError',
        message: 'the hub answered nothing',
        stack: expect.stringMatching(/^TypeError: the hub answered nothing\n\s+at /),
        location: expect.any(String),
        cause: expect.objectContaining({ message: 'socket hang up' }),
      },
    });
  });

  it('gives a thrown string the error`s shape too, so error.message always answers', () => {
    // Prepare
    const records = captureRecords();

    // Act
    logger.error('odd failure', { error: 'a library threw a string' });

    // Assess
    expect(records[0]?.['error']).toEqual({ name: 'NonError', message: 'a library threw a string', stack: null, location: null });
  });

  it('lets a call`s attribute override a bound key, but never with a null', () => {
    // Prepare
    const records = captureRecords();

    // Act
    withLogContext({ user_id: 'sub-1', device_id: 'hub-1' }, () => logger.info('with a null', { user_id: null, device_id: 'node-1' }));

    // Assess
    expect(records[0]).toMatchObject({ user_id: 'sub-1', device_id: 'node-1' });
  });
});
