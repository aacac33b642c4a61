import { util } from '@aws-appsync/utils';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

/** The page size a caller asked for, checked; bad sizes are the caller's error. */
export function pageLimit(limit: number | null | undefined): number {
  const size = limit ?? DEFAULT_PAGE;
  if (size < 1 || size > MAX_PAGE) {
    util.error(`limit: must be between 1 and ${MAX_PAGE}`, 'ValidationError', null, { field: 'limit' });
  }
  return size;
}

// What AppSync answers a nextToken it did not make (or made for another list).
const INVALID_NEXT_TOKEN = 'InvalidPaginationTokenException';

/**
 * DynamoDB failures are not the caller's business: the detail goes to the logs only. The one
 * failure the caller causes, a nextToken this list never gave, is their ValidationError.
 */
export function failOnDataSourceError(error: { message: string; type: string } | undefined | null): void {
  if (error && error.message.includes(INVALID_NEXT_TOKEN)) {
    const reason = 'is not a token this list gave';
    util.error(`nextToken: ${reason}`, 'ValidationError', null, { field: 'nextToken', reason });
  }
  if (error) {
    console.error('data source error', error.type, error.message);
    util.error('An internal error occurred', 'InternalError');
  }
}
