import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureLocalCertificates } from '../../../../../local/appsync/tls/local-certificates';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'takuhai-tls-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('ensureLocalCertificates', () => {
  it('makes a CA and a server certificate for 127.0.0.1 and localhost that the CA signed', async () => {
    // Act
    const tls = await ensureLocalCertificates(freshDir(), { commonName: 'Test CA' });

    // Assess
    const ca = new X509Certificate(tls.ca);
    const server = new X509Certificate(tls.cert);
    expect(ca.ca).toBe(true);
    expect(server.ca).toBe(false);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(server.checkHost('localhost')).toBe('localhost');
    expect(server.checkIssued(ca)).toBe(true);
    expect(readFileSync(tls.caFile, 'utf8')).toBe(tls.ca);
  });

  it('reuses what it made, so a client trusts the CA once', async () => {
    // Prepare
    const dir = freshDir();
    const first = await ensureLocalCertificates(dir);

    // Act
    const second = await ensureLocalCertificates(dir);

    // Assess
    expect(second).toEqual(first);
  });

  it('reissues a server certificate near its end with the same CA', async () => {
    // Prepare
    const dir = freshDir();
    const first = await ensureLocalCertificates(dir);
    const nearExpiry = new Date(Date.now() + 390 * 86_400_000);

    // Act
    const later = await ensureLocalCertificates(dir, { now: nearExpiry });

    // Assess
    expect(later.ca).toBe(first.ca);
    expect(later.cert).not.toBe(first.cert);
    expect(new X509Certificate(later.cert).verify(new X509Certificate(first.ca).publicKey)).toBe(true);
  });
});
