import { describe, expect, it } from 'vitest';
import { connectionAuthorization } from '../../../../../local/appsync/realtime/connection-auth';

describe('connectionAuthorization', () => {
  it('reads the header-<base64url> subprotocol current clients send', () => {
    // Prepare
    const header = Buffer.from(JSON.stringify({ host: 'h:1', 'x-api-key': 'da2-key' })).toString('base64url');

    // Act
    const auth = connectionAuthorization(['graphql-ws', `header-${header}`], '');

    // Assess
    expect(auth).toEqual({ headers: { host: 'h:1', 'x-api-key': 'da2-key' }, body: '{}' });
  });

  it('reads the legacy ?header=&payload= query, keeping a "+" of unescaped base64', () => {
    // Prepare: this JSON's standard base64 holds a "+", which old clients put in the URL as is.
    const json = JSON.stringify({ host: 'h:1', Authorization: 'eyJ>>?' });
    const header = Buffer.from(json).toString('base64');
    const payload = Buffer.from('{}').toString('base64');

    // Act
    const auth = connectionAuthorization(['graphql-ws'], `?header=${header}&payload=${payload}`);

    // Assess
    expect(header).toContain('+');
    expect(auth).toEqual({ headers: { host: 'h:1', authorization: 'eyJ>>?' }, body: '{}' });
  });

  it('counts a header that does not decode as no credential', () => {
    // Act
    const auth = connectionAuthorization(['graphql-ws', 'header-not-json'], '');

    // Assess
    expect(auth.headers).toEqual({});
  });
});
