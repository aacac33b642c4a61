import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functions, type FunctionId } from '../../api/manifest';
import { bundleLambda } from '../../cdk/lambda-bundling';
import { SETTINGS } from '../../infra/settings';

const run = promisify(execFile);

/** Every setting present, as Lambda gives them; any AWS call goes to a closed local port. */
const ENV = {
  PATH: process.env.PATH ?? '',
  ...Object.fromEntries(Object.values(SETTINGS).map((variable) => [variable, 'bundle-test'])),
  AWS_REGION: 'ap-northeast-1',
  AWS_ACCESS_KEY_ID: 'AKIDBUNDLETEST',
  AWS_SECRET_ACCESS_KEY: 'bundle-test',
  AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

interface Probe {
  readonly event: unknown;
  readonly answer: unknown;
}

/** An AppSync field's call with no signed-in caller: every Lambda-backed field refuses it. */
const UNSIGNED_FIELD_CALL: Probe = {
  event: { arguments: {}, identity: null, source: null, request: { headers: {} } },
  answer: { error: { errorType: 'Unauthorized', message: expect.any(String), errorInfo: {} } },
};

/** The functions that are not AppSync fields, each with an event it answers without AWS. */
const OTHER_PROBES: Partial<Record<FunctionId, Probe>> = {
  confirmResident: {
    event: { triggerSource: 'PostConfirmation_ConfirmForgotPassword', userPoolId: 'pool', userName: 'u', request: { userAttributes: { sub: 's' } }, response: {} },
    answer: expect.objectContaining({ triggerSource: 'PostConfirmation_ConfirmForgotPassword' }),
  },
  partnerAuthorizer: { event: { authorizationToken: '', requestContext: {} }, answer: { isAuthorized: false, ttlOverride: 0 } },
  activateCertificate: { event: {}, answer: { outcome: 'IGNORED' } },
  hubPresence: { event: {}, answer: { outcome: 'IGNORED' } },
  ingestBoxEvents: { event: { Records: [] }, answer: { batchItemFailures: [] } },
};

/** Runs the bundle's handler once in a fresh plain Node (no tsx, no source maps), as Lambda does. */
async function invokeBundle(file: string, id: FunctionId, event: unknown): Promise<{ answer: unknown; records: Record<string, unknown>[] }> {
  const context = { awsRequestId: 'req-bundle', functionName: `takuhai-test-${id}`, functionVersion: '$LATEST', memoryLimitInMB: '512' };
  const probe = [
    `const { handler } = await import(${JSON.stringify(pathToFileURL(file).href)});`,
    `const answer = await handler(${JSON.stringify(event)}, { ...${JSON.stringify(context)}, getRemainingTimeInMillis: () => 10000 });`,
    `console.log(JSON.stringify({ answer }));`,
  ].join('\n');
  const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', probe], { env: ENV, timeout: 60_000 });
  // The logger writes warnings and errors to stderr, the rest to stdout, as on Lambda.
  const json = (text: string) => text.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
  const out = json(stdout);
  const last = out.pop() as { answer: unknown };
  return { answer: last.answer, records: [...out, ...json(stderr)] };
}

describe('the functions as deployed: each bundle, run by plain Node', () => {
  const dir = mkdtempSync(join(tmpdir(), 'takuhai-bundles-'));
  const bundles = new Map<FunctionId, string>();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    // Prepare: every function bundled as the CDK app bundles it.
    for (const [id, definition] of Object.entries(functions) as [FunctionId, { entry: string }][]) {
      bundles.set(id, await bundleLambda(definition.entry, join(dir, id)));
    }
  });

  it.each(Object.keys(functions) as FunctionId[])('%s loads and answers through its handler, logging the source design fields', async (id) => {
    // Prepare
    const probe = OTHER_PROBES[id] ?? UNSIGNED_FIELD_CALL;

    // Act
    const { answer, records } = await invokeBundle(bundles.get(id) as string, id, probe.event);

    // Assess
    expect(answer).toEqual(probe.answer);
    for (const record of records) {
      expect(Object.keys(record)).toEqual(
        expect.arrayContaining(['task_uuid', 'lambda_request_id', 'device_id', 'lambda_handler', 'log_event', 'timestamp', 'timestamp_jst', 'lambda_commit_id', 'level']),
      );
      expect(record).toMatchObject({ lambda_request_id: 'req-bundle', lambda_handler: `takuhai-test-${id}` });
    }
    // A refusal names its domain error as the source does: minifying keeps class names.
    if (probe === UNSIGNED_FIELD_CALL) expect(records.map((record) => (record['error'] as { name?: string } | undefined)?.name)).toContain('UnauthorizedError');
  });
});
