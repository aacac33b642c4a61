import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Issuer } from './issue-certificate';
import { issueCertificate } from './issue-certificate';
import { generateKeyPair, importPrivateKey, privateKeyPem, x509 } from './x509';

/** A certificate authority kept as `cert.pem` and `key.pem` in a folder of its own. */
export interface LocalCa extends Issuer {
  readonly certFile: string;
  readonly keyFile: string;
  readonly certificatePem: string;
}

const TEN_YEARS = 3650;

/** Loads the CA in `dir`, or makes it (self-signed, EC P-256) on the first start. */
export async function loadOrCreateCa(dir: string, subject: string): Promise<LocalCa> {
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  if (!existsSync(certFile) || !existsSync(keyFile)) {
    mkdirSync(dir, { recursive: true });
    const keys = await generateKeyPair();
    const certificate = await issueCertificate({ subject, publicKey: keys.publicKey, selfSigningKey: keys.privateKey, kind: 'ca', days: TEN_YEARS });
    // The key first: a folder with a certificate but no key would never be repaired.
    writeFileSync(keyFile, await privateKeyPem(keys.privateKey), { mode: 0o600 });
    writeFileSync(certFile, certificate.toString('pem'));
  }
  const certificatePem = readFileSync(certFile, 'utf8');
  return {
    certFile,
    keyFile,
    certificatePem,
    certificate: new x509.X509Certificate(certificatePem),
    key: await importPrivateKey(readFileSync(keyFile, 'utf8')),
  };
}
