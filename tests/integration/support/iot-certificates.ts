import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueCertificate } from '../../../local/iot/pki/issue-certificate';
import { loadOrCreateCa, type LocalCa } from '../../../local/iot/pki/local-ca';
import { generateKeyPair, privateKeyPem } from '../../../local/iot/pki/x509';

/** A CA no local IoT knows: a stranger's factory. */
export function foreignCa(name = 'Foreign maker CA'): Promise<LocalCa> {
  return loadOrCreateCa(mkdtempSync(join(tmpdir(), 'takuhai-foreign-ca-')), `CN=${name}`);
}

/** A client certificate and key signed by `ca`, with CN = `commonName`. */
export async function clientCertificate(ca: LocalCa, commonName: string): Promise<{ certificatePem: string; keyPem: string }> {
  const keys = await generateKeyPair();
  const certificate = await issueCertificate({ subject: `CN=${commonName}`, publicKey: keys.publicKey, issuer: ca, kind: 'client', days: 30 });
  return { certificatePem: certificate.toString('pem'), keyPem: await privateKeyPem(keys.privateKey) };
}
