import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * Reads the maker CA certificate given by `-c makerCaCertificate=<path>`: the CA that signs
 * hubs' certificates at the factory. The PEM goes into the template and an SSM parameter, so
 * anything that is not exactly one CA certificate (above all a private key, the file next to it)
 * fails the synth instead of being published.
 */
export function readMakerCaCertificate(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (/PRIVATE KEY-----/.test(text)) throw new Error(`${path} holds a private key: give the maker CA's certificate alone`);
  const count = text.match(/-----BEGIN CERTIFICATE-----/g)?.length ?? 0;
  if (count !== 1) throw new Error(`${path} holds ${count} certificates: give the maker CA's certificate alone`);
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(text);
  } catch (error) {
    throw new Error(`${path} is not a PEM X.509 certificate: ${(error as Error).message}`);
  }
  if (!certificate.ca) throw new Error(`${path} is not a CA certificate (basicConstraints CA:TRUE): ${certificate.subject}`);
  return certificate.toString();
}
