import { util } from '@aws-appsync/utils';
import { isEventId } from './event-id-range';

const VERSION = 'v1';

/**
 * Where the next page of a timeline starts: below the event `after` (the last one a page
 * returned), and, when a page stopped at its read budget, DynamoDB's own token for the same key
 * condition. Base64 of `v1|<after>|<token>`: opaque to clients, checked on the way back.
 */
export interface TimelineCursor {
  after: string | null;
  token: string | null;
}

export function encodeCursor(cursor: TimelineCursor): string {
  return util.base64Encode(`${VERSION}|${cursor.after ?? ''}|${cursor.token ?? ''}`);
}

/** The cursor a previous page returned; anything else is the caller's error. */
export function decodeCursor(nextToken: string | null | undefined): TimelineCursor {
  if (!nextToken) return { after: null, token: null };
  const parts = util.base64Decode(nextToken).split('|');
  const after = parts[1] ?? '';
  if (parts[0] !== VERSION || (after !== '' && !isEventId(after))) {
    util.error('nextToken: not a token this field returned', 'ValidationError', null, { field: 'nextToken' });
  }
  const token = parts.slice(2).join('|');
  return { after: after === '' ? null : after, token: token === '' ? null : token };
}
