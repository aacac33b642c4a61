import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMakerCaCertificate } from '../../cdk/maker-ca';

const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url).pathname;

describe('readMakerCaCertificate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'takuhai-maker-ca-'));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('returns the PEM of a CA certificate', () => {
    // Act
    const pem = readMakerCaCertificate(fixture('maker-ca.pem'));

    // Assess
    expect(pem).toBe(readFileSync(fixture('maker-ca.pem'), 'utf8'));
  });

  it('refuses a certificate that is no CA', () => {
    // Act
    const act = () => readMakerCaCertificate(fixture('not-a-ca.pem'));

    // Assess
    expect(act).toThrow(/is not a CA certificate/);
  });

  it('refuses a file that also holds a private key, which must never reach the template', () => {
    // Prepare
    const file = write('with-key.pem', `${readFileSync(fixture('maker-ca.pem'), 'utf8')}-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n`);

    // Act
    const act = () => readMakerCaCertificate(file);

    // Assess
    expect(act).toThrow(/holds a private key/);
  });

  it('refuses a chain: only the maker CA is registered', () => {
    // Prepare
    const ca = readFileSync(fixture('maker-ca.pem'), 'utf8');
    const file = write('chain.pem', `${ca}${ca}`);

    // Act
    const act = () => readMakerCaCertificate(file);

    // Assess
    expect(act).toThrow(/holds 2 certificates/);
  });

  it('refuses what is no certificate', () => {
    // Prepare
    const file = write('garbage.pem', '-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n');

    // Act
    const act = () => readMakerCaCertificate(file);

    // Assess
    expect(act).toThrow(/is not a PEM X.509 certificate/);
  });
});
