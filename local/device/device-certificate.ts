import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { certificateIdOf, parseCertificatePem } from '../iot/pki/certificate-identity';
import { issueCertificate } from '../iot/pki/issue-certificate';
import { generateKeyPair, importPrivateKey, privateKeyPem, x509 } from '../iot/pki/x509';

/** A device's TLS identity: key, certificate (CN = device id) and AWS's certificate id. */
export interface DeviceCertificate {
  readonly keyPem: string;
  readonly certificatePem: string;
  readonly certificateId: string;
  readonly certFile: string;
}

/** Device certificates live ten years, as factory-provisioned ones commonly do. */
const DEVICE_CERTIFICATE_DAYS = 3650;

/**
 * The device's key and certificate, signed by the maker CA as the factory would sign it. Made
 * once and kept in `dir`, so the device has the same identity (and registration) every run.
 */
export async function deviceCertificate(dir: string, deviceId: string, makerCa: { certFile: string; keyFile: string }): Promise<DeviceCertificate> {
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  if (!existsSync(certFile) || !existsSync(keyFile)) {
    mkdirSync(dir, { recursive: true });
    const keys = await generateKeyPair();
    const issuer = {
      certificate: new x509.X509Certificate(readFileSync(makerCa.certFile, 'utf8')),
      key: await importPrivateKey(readFileSync(makerCa.keyFile, 'utf8')),
    };
    const certificate = await issueCertificate({ subject: `CN=${deviceId}`, publicKey: keys.publicKey, issuer, kind: 'client', days: DEVICE_CERTIFICATE_DAYS });
    writeFileSync(keyFile, await privateKeyPem(keys.privateKey), { mode: 0o600 });
    writeFileSync(certFile, certificate.toString('pem'));
  }
  const certificatePem = readFileSync(certFile, 'utf8');
  const parsed = parseCertificatePem(certificatePem);
  if (!parsed) throw new Error(`${certFile} is not a certificate`);
  return { keyPem: readFileSync(keyFile, 'utf8'), certificatePem, certificateId: certificateIdOf(parsed), certFile };
}
