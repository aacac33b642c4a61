// @peculiar/x509 needs the Reflect metadata API, loaded before it.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { join } from 'node:path';

/** The local CA and the server certificate the GraphQL port presents, as PEM text. */
export interface LocalTls {
  /** Path of the CA certificate: what clients trust (`NODE_EXTRA_CA_CERTS`). */
  readonly caFile: string;
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
}

const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;
const DAY_MS = 86_400_000;
// Apple platforms refuse TLS server certificates valid longer than 825 days, even from a
// private CA; 397 days is the limit browsers apply to public ones, and safe everywhere.
const SERVER_DAYS = 397;
const CA_DAYS = 3650;
const RENEW_WITHIN_MS = 30 * DAY_MS;
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

/**
 * The local CA and a certificate for 127.0.0.1, ::1 and localhost signed by it, made once under
 * `dir` and reused, so a client trusts the CA file once. The server certificate is reissued
 * (by the same CA) when it has less than 30 days left; the CA lives ten years.
 */
export async function ensureLocalCertificates(dir: string, options: { commonName?: string; now?: Date } = {}): Promise<LocalTls> {
  const now = options.now ?? new Date();
  const files = { ca: join(dir, 'ca.pem'), caKey: join(dir, 'ca-key.pem'), cert: join(dir, 'server.pem'), key: join(dir, 'server-key.pem') };
  mkdirSync(dir, { recursive: true });
  if (!existsSync(files.ca) || !existsSync(files.caKey) || expiresSoon(files.ca, now)) {
    const ca = await createCa(options.commonName ?? 'Local AppSync development CA', now);
    writeFileSync(files.ca, ca.cert);
    writeFileSync(files.caKey, ca.key, { mode: 0o600 });
    writeServer(files, await createServerCertificate(ca, now));
  } else if (!existsSync(files.cert) || !existsSync(files.key) || expiresSoon(files.cert, now)) {
    const ca = { cert: readFileSync(files.ca, 'utf8'), key: readFileSync(files.caKey, 'utf8') };
    writeServer(files, await createServerCertificate(ca, now));
  }
  return { caFile: files.ca, ca: readFileSync(files.ca, 'utf8'), cert: readFileSync(files.cert, 'utf8'), key: readFileSync(files.key, 'utf8') };
}

function writeServer(files: { cert: string; key: string }, server: { cert: string; key: string }): void {
  writeFileSync(files.cert, server.cert);
  writeFileSync(files.key, server.key, { mode: 0o600 });
}

function expiresSoon(file: string, now: Date): boolean {
  return new x509.X509Certificate(readFileSync(file, 'utf8')).notAfter.getTime() - now.getTime() < RENEW_WITHIN_MS;
}

async function createCa(commonName: string, now: Date): Promise<{ cert: string; key: string }> {
  const keys = await webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: `CN=${commonName}`,
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + CA_DAYS * DAY_MS),
    signingAlgorithm: SIGNING,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert: cert.toString('pem'), key: await privateKeyPem(keys.privateKey) };
}

async function createServerCertificate(ca: { cert: string; key: string }, now: Date): Promise<{ cert: string; key: string }> {
  const caCert = new x509.X509Certificate(ca.cert);
  const caKey = await webcrypto.subtle.importKey('pkcs8', x509.PemConverter.decodeFirst(ca.key), KEY_ALGORITHM, false, ['sign']);
  const keys = await webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
  const cert = await x509.X509CertificateGenerator.create({
    subject: 'CN=localhost',
    issuer: caCert.subject,
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + SERVER_DAYS * DAY_MS),
    signingAlgorithm: SIGNING,
    publicKey: keys.publicKey,
    signingKey: caKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([SERVER_AUTH]),
      new x509.SubjectAlternativeNameExtension([
        { type: 'dns', value: 'localhost' },
        { type: 'ip', value: '127.0.0.1' },
        { type: 'ip', value: '::1' },
      ]),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caCert.publicKey),
    ],
  });
  return { cert: cert.toString('pem'), key: await privateKeyPem(keys.privateKey) };
}

async function privateKeyPem(key: webcrypto.CryptoKey): Promise<string> {
  return x509.PemConverter.encode(await webcrypto.subtle.exportKey('pkcs8', key), 'PRIVATE KEY');
}
