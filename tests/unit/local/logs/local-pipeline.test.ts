import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APPLICATION_COLUMNS } from '../../../../infra/logging/application-table';
import { logger } from '../../../../infra/logging/logger';
import { appSyncLambda } from '../../../../lambdas/shared/appsync-lambda';
import type { ResolverEvent } from '../../../../lambdas/shared/resolver-event';
import { parseLogsArgs } from '../../../../local/logs/cli-args';
import { teeApplicationLogs } from '../../../../local/logs/log-tee';
import { runLogsCommand } from '../../../../local/logs/run-logs-command';
import { tempLogDir } from './log-fixtures';

const event: ResolverEvent<Record<string, never>> = {
  arguments: {},
  identity: { sub: 'admin-sub', username: 'admin', groups: ['admin'], claims: {} },
  source: null,
  info: { fieldName: 'createUser', parentTypeName: 'Mutation', selectionSetList: [] },
};
const context = (awsRequestId: string) => ({ awsRequestId, functionName: 'takuhai-local-createUser' }) as Context;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the local pipeline: handler -> logger -> tee -> day file -> npm run logs', () => {
  it('finds what today`s error gate and handlers log, with every column filled as the table reads it', async () => {
    // Prepare: silence the terminal, then tee it the way the local stack does.
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const dir = tempLogDir();
    const tee = teeApplicationLogs({ dir, display: 'json' });
    const created = appSyncLambda('create_user', async () => {
      logger.info('user created', { log_event: 'user_created', created_user_id: 'user-1' });
      return { userId: 'user-1' };
    });
    const broken = appSyncLambda('create_user', async () => {
      throw new Error('dynamodb unreachable');
    });

    // Act
    await created(event, context('req-ok'));
    await broken(event, context('req-broken'));
    tee.stop();
    vi.restoreAllMocks();
    const printed: string[] = [];
    await runLogsCommand(parseLogsArgs(['--json', '--dir', dir], Math.floor(Date.now() / 1000)), { out: (text) => printed.push(text), note: () => undefined });

    // Assess
    const rows = printed.join('\n').split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(Object.keys(rows[0] ?? {})).toEqual(APPLICATION_COLUMNS.map((column) => column.name));
    const byRequest = Object.fromEntries(rows.map((row) => [row['lambda_request_id'], row]));
    expect(byRequest['req-ok']).toMatchObject({ level: 'INFO', log_event: 'user_created', lambda_handler: 'takuhai-local-createUser', user_id: 'admin-sub', error: null });
    expect(byRequest['req-broken']).toMatchObject({
      level: 'ERROR',
      log_event: 'create_user_failed',
      user_id: 'admin-sub',
      error: { name: 'Error', message: 'dynamodb unreachable', stack: expect.stringContaining('Error: dynamodb unreachable') },
    });
    expect(typeof byRequest['req-ok']?.['timestamp']).toBe('number');
  });
});
