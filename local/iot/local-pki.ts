import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueCertificate } from './pki/issue-certificate';
import { loadOrCreateCa, type LocalCa } from './pki/local-ca';
import { generateKeyPair, privateKeyPem } from './pki/x509';

/** The local IoT's certificate authorities and the broker's TLS certificate. */
export interface LocalPki {
  /** Stands in for Amazon's CAs: signs the broker's certificate and CreateKeysAndCertificate's. */
  readonly rootCa: LocalCa;
  /** The product maker's CA that signs device certificates at the factory (JITR). */
  readonly makerCa: LocalCa;
  readonly serverCertificatePem: string;
  readonly serverKeyPem: string;
}

/** The server certificate is renewed when it has less than this left. */
const RENEW_BEFORE_MS = 30 * 86_400_000;

async function serverCertificate(dir: string, rootCa: LocalCa): Promise<{ cert: string; key: string }> {
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  const current = existsSync(certFile) && existsSync(keyFile) ? readFileSync(certFile, 'utf8') : undefined;
  const fresh = current !== undefined && Date.parse(new X509Certificate(current).validTo) - Date.now() > RENEW_BEFORE_MS;
  if (!fresh) {
    mkdirSync(dir, { recursive: true });
    const keys = await generateKeyPair();
    const certificate = await issueCertificate({
      subject: 'CN=localhost, O=Takuhai local IoT',
      publicKey: keys.publicKey,
      issuer: rootCa,
      kind: 'server',
      serverNames: ['localhost', '127.0.0.1'],
      days: 365,
    });
    writeFileSync(keyFile, await privateKeyPem(keys.privateKey), { mode: 0o600 });
    writeFileSync(certFile, certificate.toString('pem'));
  }
  return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') };
}

/** Loads the local PKI under `home`, making what is missing (first start: ~50 ms). */
export async function loadLocalPki(home: string): Promise<LocalPki> {
  const rootCa = await loadOrCreateCa(join(home, 'root-ca'), 'CN=Takuhai local IoT root CA, O=Takuhai local IoT');
  const makerCa = await loadOrCreateCa(join(home, 'maker-ca'), 'CN=Takuhai local maker CA, O=Takuhai');
  const server = await serverCertificate(join(home, 'server'), rootCa);
  return { rootCa, makerCa, serverCertificatePem: server.cert, serverKeyPem: server.key };
}
