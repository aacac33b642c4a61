import { Agent, request } from 'node:http';
import { DynamoDbRequestSigner, type SigningCredentials } from './dynamodb-request-signer';

/** Where a local DynamoDB listens and who signs for it, read from the SDK client's configuration. */
export interface JsonProtocolEndpoint {
  readonly hostname: string;
  readonly port: number;
  readonly region: string;
  readonly credentials: () => Promise<SigningCredentials>;
}

/**
 * What the SDK throws for a DynamoDB error, as far as the data source reads it: the exception's
 * `name`, `$fault` and `$metadata`, and the other fields of the error body (such as `Item`).
 */
export class DynamoDbServiceException extends Error {
  readonly $fault: 'client' | 'server';
  readonly $metadata: { readonly httpStatusCode: number; readonly requestId?: string };

  constructor(name: string, message: string, status: number, requestId: string | undefined, fields: Record<string, unknown>) {
    super(message);
    Object.assign(this, fields);
    this.name = name;
    this.$fault = status >= 500 ? 'server' : 'client';
    this.$metadata = { httpStatusCode: status, requestId };
  }
}

/**
 * Calls DynamoDB's JSON protocol (`POST /`, `x-amz-target: DynamoDB_20120810.<Operation>`) on
 * a local endpoint over kept-alive HTTP. Inputs and outputs have the SDK's shapes: binary values
 * are `Uint8Array`s on this side and base64 on the wire; numbers stay text.
 */
export class DynamoDbJsonProtocol {
  private readonly agent = new Agent({ keepAlive: true });
  private readonly signer: DynamoDbRequestSigner;
  private readonly host: string;

  constructor(private readonly endpoint: JsonProtocolEndpoint) {
    this.signer = new DynamoDbRequestSigner(endpoint.region);
    this.host = `${endpoint.hostname.includes(':') ? `[${endpoint.hostname}]` : endpoint.hostname}:${endpoint.port}`;
  }

  async call(operation: string, input: unknown): Promise<unknown> {
    const body = JSON.stringify(input, binaryAsBase64);
    const headers = this.signer.sign(await this.endpoint.credentials(), this.host, `DynamoDB_20120810.${operation}`, body);
    const { status, text, requestId } = await this.post(headers, body);
    // A reviver makes JSON.parse several times slower: only answers with binary values need one.
    if (status === 200) return text.includes('"B') ? (JSON.parse(text, base64AsBinary) as unknown) : (JSON.parse(text) as unknown);
    throw serviceException(status, text, requestId);
  }

  private post(headers: Record<string, string>, body: string): Promise<{ status: number; text: string; requestId: string | undefined }> {
    return new Promise((resolve, reject) => {
      const outgoing = request(
        { hostname: this.endpoint.hostname, port: this.endpoint.port, method: 'POST', path: '/', agent: this.agent, headers },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const requestId = response.headers['x-amzn-requestid'];
            resolve({ status: response.statusCode ?? 500, text: Buffer.concat(chunks).toString('utf8'), requestId: typeof requestId === 'string' ? requestId : undefined });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }
}

// JSON.stringify hands a replacer what toJSON made of a Buffer; the holder still has the bytes.
function binaryAsBase64(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Uint8Array ? Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') : value;
}

// `B` and `BS` hold text only inside an attribute value (an attribute named B holds an object).
function base64AsBinary(key: string, value: unknown): unknown {
  if (key === 'B' && typeof value === 'string') return new Uint8Array(Buffer.from(value, 'base64'));
  if (key === 'BS' && Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.map((item: string) => new Uint8Array(Buffer.from(item, 'base64')));
  }
  return value;
}

// The SDK names the exception after `__type` (`com.amazonaws...#ConditionalCheckFailedException`).
function serviceException(status: number, text: string, requestId: string | undefined): DynamoDbServiceException {
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(text, base64AsBinary) as Record<string, unknown>;
  } catch {
    // A body that is not JSON leaves the exception unnamed, as the SDK leaves it.
  }
  const { __type: type, message, Message, ...fields } = parsed;
  const name = typeof type === 'string' ? ((type.split('#').pop() ?? type).split(':')[0] ?? type) : 'UnknownError';
  const description = typeof message === 'string' ? message : typeof Message === 'string' ? Message : name;
  return new DynamoDbServiceException(name, description, status, requestId, fields);
}
