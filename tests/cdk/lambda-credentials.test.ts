import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultProvider } from '../../cdk/lambda-credentials';

describe('credentials in the Lambda bundles (cdk/lambda-credentials.ts)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('answers the role credentials Lambda puts in the environment', async () => {
    // Prepare
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'ASIAEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'token');

    // Act
    const credentials = await defaultProvider()();

    // Assess
    expect(credentials).toMatchObject({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token' });
  });

  it('looks nowhere else: a credentials file the default chain would read is ignored', async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'takuhai-credentials-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'credentials'), '[default]\naws_access_key_id = AKIAFILE\naws_secret_access_key = file\n');
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(dir, 'credentials'));
    vi.stubEnv('AWS_ACCESS_KEY_ID', undefined);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', undefined);
    vi.stubEnv('AWS_PROFILE', undefined);

    // Act
    const credentials = defaultProvider()();

    // Assess
    await expect(credentials).rejects.toThrow(/environment variable credentials/);
  });
});
