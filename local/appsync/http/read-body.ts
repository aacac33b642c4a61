import type { IncomingMessage } from 'node:http';

/** AppSync refuses request bodies over 1 MB; so do we, before buffering more. */
export const MAX_BODY_BYTES = 1_048_576;

export class BodyTooLarge extends Error {}

/** The request body as text. Stream events rather than `for await`: lighter on a hot path. */
export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      request.off('data', onData).off('end', onEnd).resume();
      reject(new BodyTooLarge(`request body over ${MAX_BODY_BYTES} bytes`));
    };
    const onEnd = () => resolve(chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8'));
    request.on('data', onData).on('end', onEnd).once('error', reject);
  });
}
