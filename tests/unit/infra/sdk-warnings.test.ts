import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { NoOpLogger } from '@smithy/core/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withLogContext } from '../../../infra/logging/logger';
import { sdkWarnings } from '../../../infra/sdk-warnings';
import { captureRecords } from './logging/capture-records';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sdkWarnings, the logger the functions give their AWS SDK clients', () => {
  it('turns a warning of the SDK into a record of our log, with the request`s keys', async () => {
    // Prepare: a setting the SDK warns about when it reads it
    const records = captureRecords();
    const client = new DynamoDBClient({ logger: sdkWarnings, userAgentAppId: 'a'.repeat(60), region: 'local', credentials: { accessKeyId: 'k', secretAccessKey: 's' } });

    // Act
    await withLogContext({ device_id: 'hub-1' }, () => client.config.userAgentAppId());

    // Assess
    expect(records).toEqual([expect.objectContaining({ level: 'WARN', log_event: 'aws_sdk_warning', device_id: 'hub-1', warning: 'The provided userAgentAppId exceeds the maximum length of 50 characters.' })]);
  });

  it('stays a NoOpLogger, so the SDK builds no per-call record, and keeps its errors silent', () => {
    // Prepare
    const records = captureRecords();

    // Act
    sdkWarnings.error();

    // Assess
    expect(sdkWarnings).toBeInstanceOf(NoOpLogger);
    expect(records).toEqual([]);
  });
});
