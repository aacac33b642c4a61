import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { x509, type CryptoKey } from './x509';

/** The issuer of a certificate: a CA's certificate and its signing key. */
export interface Issuer {
  readonly certificate: x509.X509Certificate;
  readonly key: CryptoKey;
}

export interface CertificateRequest {
  /** Distinguished name, e.g. `CN=hub-0001, O=Takuhai`. */
  readonly subject: string;
  readonly publicKey: CryptoKey;
  /** Absent: self-signed with `selfSigningKey`. */
  readonly issuer?: Issuer;
  readonly selfSigningKey?: CryptoKey;
  readonly kind: 'ca' | 'server' | 'client';
  /** DNS names and IP addresses of a server certificate. */
  readonly serverNames?: readonly string[];
  readonly days: number;
}

const DAY_MS = 86_400_000;

/** Issues an X.509 v3 certificate with the extensions TLS stacks expect for its kind. */
export async function issueCertificate(request: CertificateRequest): Promise<x509.X509Certificate> {
  const signingKey = request.issuer?.key ?? request.selfSigningKey;
  if (!signingKey) throw new Error('a certificate needs an issuer or a self-signing key');
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(request.kind === 'ca', undefined, true),
    new x509.KeyUsagesExtension(
      request.kind === 'ca' ? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign : x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
      true,
    ),
    await x509.SubjectKeyIdentifierExtension.create(request.publicKey),
  ];
  if (request.issuer) extensions.push(await x509.AuthorityKeyIdentifierExtension.create(request.issuer.certificate));
  if (request.kind !== 'ca') {
    extensions.push(new x509.ExtendedKeyUsageExtension([request.kind === 'server' ? x509.ExtendedKeyUsage.serverAuth : x509.ExtendedKeyUsage.clientAuth]));
  }
  if (request.serverNames?.length) {
    extensions.push(
      new x509.SubjectAlternativeNameExtension(request.serverNames.map((name) => ({ type: isIP(name) ? ('ip' as const) : ('dns' as const), value: name }))),
    );
  }
  const now = Date.now();
  return x509.X509CertificateGenerator.create({
    // A positive serial: the high bit cleared keeps strict parsers content.
    serialNumber: (randomBytes(16).readUInt8(0) & 0x7f).toString(16).padStart(2, '0') + randomBytes(15).toString('hex'),
    subject: request.subject,
    issuer: request.issuer?.certificate.subject ?? request.subject,
    // Backdated a little: clocks of devices and hosts disagree.
    notBefore: new Date(now - 5 * 60_000),
    notAfter: new Date(now + request.days * DAY_MS),
    publicKey: request.publicKey,
    signingKey,
    signingAlgorithm: signingAlgorithmOf(signingKey),
    extensions,
  });
}

function signingAlgorithmOf(key: CryptoKey): { name: string; hash: string } {
  return { name: key.algorithm.name, hash: 'SHA-256' };
}
