import { createHash, X509Certificate } from 'node:crypto';

/** AWS IoT's certificate id: the SHA-256 of the DER certificate, in lowercase hex. */
export function certificateIdOf(certificate: X509Certificate): string {
  return createHash('sha256').update(certificate.raw).digest('hex');
}

/** A PEM certificate parsed by Node, or `undefined` when it is not one. */
export function parseCertificatePem(pem: string): X509Certificate | undefined {
  try {
    return new X509Certificate(pem);
  } catch {
    return undefined;
  }
}

/** Whether `certificate` is signed by `ca` (names and signature; validity dates apart). */
export function isIssuedBy(certificate: X509Certificate, ca: X509Certificate): boolean {
  return certificate.checkIssued(ca) && certificate.verify(ca.publicKey);
}

/** Validity as epoch seconds, the form the API answers with. */
export function validityOf(certificate: X509Certificate): { notBefore: number; notAfter: number } {
  return { notBefore: Date.parse(certificate.validFrom) / 1000, notAfter: Date.parse(certificate.validTo) / 1000 };
}

/** One attribute (`CN`, `O`, ...) of a distinguished name as Node prints it (one per line). */
export function nameAttribute(name: string, attribute: string): string | undefined {
  for (const line of name.split('\n')) {
    const separator = line.indexOf('=');
    if (line.slice(0, separator) === attribute) return line.slice(separator + 1);
  }
  return undefined;
}
