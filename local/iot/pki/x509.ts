// @peculiar/x509 relies on decorators' metadata: reflect-metadata must load before it.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

// Node's WebCrypto is the provider: nothing native beyond Node itself.
x509.cryptoProvider.set(webcrypto);

export { x509 };
// The project compiles without the DOM library: WebCrypto's types come from Node's.
export type CryptoKey = webcrypto.CryptoKey;
export type CryptoKeyPair = webcrypto.CryptoKeyPair;

/** ECDSA P-256 with SHA-256: what the local CAs and simulated devices use (AWS IoT accepts it). */
export const EC_P256 = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
/** RSA-2048 with SHA-256: what AWS's CreateKeysAndCertificate makes. */
export const RSA_2048 = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' } as const;

export type KeyAlgorithm = typeof EC_P256 | typeof RSA_2048;

export async function generateKeyPair(algorithm: KeyAlgorithm = EC_P256): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
}

/** PKCS#8 PEM of a private key. */
export async function privateKeyPem(key: CryptoKey): Promise<string> {
  return x509.PemConverter.encode(await webcrypto.subtle.exportKey('pkcs8', key), 'PRIVATE KEY');
}

/** SubjectPublicKeyInfo PEM of a public key. */
export async function publicKeyPem(key: CryptoKey): Promise<string> {
  return x509.PemConverter.encode(await webcrypto.subtle.exportKey('spki', key), 'PUBLIC KEY');
}

/** A PKCS#8 PEM private key back as a signing key. */
export async function importPrivateKey(pem: string, algorithm: KeyAlgorithm = EC_P256): Promise<CryptoKey> {
  const der = x509.PemConverter.decodeFirst(pem);
  return webcrypto.subtle.importKey('pkcs8', der, algorithm, true, ['sign']);
}
