import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConflictError, ValidationError } from '../../../domain/errors/errors';
import { appSyncLambda } from '../../../lambdas/shared/appsync-lambda';
import type { ResolverEvent } from '../../../lambdas/shared/resolver-event';

const context = { awsRequestId: 'req-123', functionName: 'takuhai-test-fn' } as Context;
const event: ResolverEvent<{ n: number }> = {
  arguments: { n: 1 },
  identity: { sub: 'caller-sub', username: 'u', groups: ['admin'], claims: {} },
  source: null,
  info: { fieldName: 'f', parentTypeName: 'Mutation', selectionSetList: [] },
};

/** The JSON records the function wrote, as CloudWatch would receive them. */
function captureLogs(): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  const capture = (chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) records.push(JSON.parse(line) as Record<string, unknown>);
    return true;
  };
  // Warnings and errors go to stderr, the rest to stdout, as in Lambda.
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  return records;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('appSyncLambda, the error gate of Lambda-backed fields', () => {
  it('answers the flow`s result as data', async () => {
    // Prepare
    const handler = appSyncLambda('double', async (e: ResolverEvent<{ n: number }>) => e.arguments.n * 2);

    // Act
    const outcome = await handler(event, context);

    // Assess
    expect(outcome).toEqual({ data: 2 });
  });

  it('turns a domain error into its stable errorType with its details', async () => {
    // Prepare
    captureLogs();
    const handler = appSyncLambda('create', async () => {
      throw new ValidationError('email', 'is not a valid email address');
    });

    // Act
    const outcome = await handler(event, context);

    // Assess
    expect(outcome).toEqual({
      error: {
        errorType: 'ValidationError',
        message: 'email: is not a valid email address',
        errorInfo: { field: 'email', reason: 'is not a valid email address' },
      },
    });
  });

  it('masks an unexpected error for the caller and logs it in full with the source design`s fields', async () => {
    // Prepare
    const records = captureLogs();
    const handler = appSyncLambda('create', async () => {
      throw new Error('secret table name leaked in a message');
    });

    // Act
    const outcome = await handler(event, context);

    // Assess
    expect(outcome).toEqual({ error: { errorType: 'InternalError', message: 'An internal error occurred (request req-123)', errorInfo: null } });
    const record = records.find((entry) => entry['log_event'] === 'create_failed');
    expect(record).toMatchObject({
      level: 'ERROR',
      lambda_request_id: 'req-123',
      lambda_handler: 'takuhai-test-fn',
      user_id: 'caller-sub',
      error: expect.objectContaining({ message: 'secret table name leaked in a message', stack: expect.any(String) }),
    });
    for (const field of ['task_uuid', 'device_id', 'timestamp', 'timestamp_jst', 'lambda_commit_id']) expect(record).toHaveProperty(field);
    expect(record?.['timestamp_jst']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/);
  });

  it('logs a refused request as a warning, not an error', async () => {
    // Prepare
    const records = captureLogs();
    const handler = appSyncLambda('create', async () => {
      throw new ConflictError('exists');
    });

    // Act
    await handler(event, context);

    // Assess
    expect(records.find((entry) => entry['log_event'] === 'create_refused')).toMatchObject({ level: 'WARN', error_type: 'Conflict' });
  });
});
