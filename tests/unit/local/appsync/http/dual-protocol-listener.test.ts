import { createServer, type RequestListener } from 'node:http';
import { createServer as createSecureServer, request } from 'node:https';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dualProtocolListener } from '../../../../../local/appsync/http/dual-protocol-listener';
import { ensureLocalCertificates, type LocalTls } from '../../../../../local/appsync/tls/local-certificates';

const dir = mkdtempSync(join(tmpdir(), 'takuhai-dual-'));
let tls: LocalTls;
let port: number;
let stop: () => void;

// Answers which kind of connection the request came on, and echoes the body.
const echo: RequestListener = (req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => res.end(`${'encrypted' in req.socket ? 'tls' : 'plain'}:${body.length}`));
};

beforeAll(async () => {
  tls = await ensureLocalCertificates(dir);
  const listener = dualProtocolListener(createServer(echo), createSecureServer({ key: tls.key, cert: tls.cert }, echo));
  await new Promise<void>((resolve) => listener.server.listen(0, '127.0.0.1', resolve));
  port = (listener.server.address() as { port: number }).port;
  stop = () => {
    listener.destroyConnections();
    listener.server.close();
  };
});
afterAll(() => {
  stop();
  rmSync(dir, { recursive: true, force: true });
});

function httpsPost(body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const call = request({ host: '127.0.0.1', port, method: 'POST', path: '/', ca: tls.ca }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve(text));
    });
    call.on('error', reject);
    call.end(body);
  });
}

describe('dualProtocolListener', () => {
  it('answers plain HTTP and TLS on the same port, whole bodies included', async () => {
    // Prepare
    const large = 'x'.repeat(300_000);

    // Act
    const plain = await (await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: large })).text();
    const secure = await httpsPost(large);

    // Assess
    expect(plain).toBe('plain:300000');
    expect(secure).toBe('tls:300000');
  });

  it('presents a certificate that a client trusting only the local CA accepts for 127.0.0.1', async () => {
    // Act
    const refused = await new Promise<Error>((resolve) => {
      request({ host: '127.0.0.1', port, method: 'POST', path: '/' }, () => resolve(new Error('accepted'))).on('error', resolve).end();
    });
    const accepted = await httpsPost('hi');

    // Assess
    expect(refused.message).toMatch(/self[- ]signed|unable to (get|verify)/i);
    expect(accepted).toBe('tls:2');
  });
});
