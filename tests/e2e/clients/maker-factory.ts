import { createPrivateKey, X509Certificate } from 'node:crypto';
import { certificateIdOf } from '../../../local/iot/pki/certificate-identity';
import { issueCertificate } from '../../../local/iot/pki/issue-certificate';
import { EC_P256, generateKeyPair, importPrivateKey, privateKeyPem, RSA_2048, x509 } from '../../../local/iot/pki/x509';

/** A device's TLS identity as the factory flashes it: key, certificate (CN = device id), AWS's id. */
export interface DeviceIdentity {
  readonly deviceId: string;
  readonly keyPem: string;
  readonly certificatePem: string;
  /** AWS IoT's certificate id: the SHA-256 of the DER certificate. */
  readonly certificateId: string;
}

/** Device certificates live ten years, as factory-provisioned ones commonly do. */
const DEVICE_CERTIFICATE_DAYS = 3650;

/**
 * Signs a new device certificate with the maker CA, as the factory does before a device ships:
 * the certificate AWS IoT will meet on the device's first connection (just-in-time registration).
 */
export async function signDeviceCertificate(deviceId: string, makerCa: { certificatePem: string; privateKeyPem: string }): Promise<DeviceIdentity> {
  // A stage's maker CA key may be RSA or PKCS#1/SEC1 PEM (openssl's older defaults); the local one is EC P-256 PKCS#8.
  const caKey = createPrivateKey(makerCa.privateKeyPem);
  const algorithm = caKey.asymmetricKeyType === 'rsa' ? RSA_2048 : EC_P256;
  const pkcs8 = caKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const issuer = { certificate: new x509.X509Certificate(makerCa.certificatePem), key: await importPrivateKey(pkcs8, algorithm) };
  const keys = await generateKeyPair();
  const certificate = await issueCertificate({ subject: `CN=${deviceId}`, publicKey: keys.publicKey, issuer, kind: 'client', days: DEVICE_CERTIFICATE_DAYS });
  const certificatePem = certificate.toString('pem');
  return {
    deviceId,
    keyPem: await privateKeyPem(keys.privateKey),
    certificatePem,
    certificateId: certificateIdOf(new X509Certificate(certificatePem)),
  };
}
