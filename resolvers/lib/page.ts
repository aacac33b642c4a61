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

/** DynamoDB failures are not the caller's business: the detail goes to the logs only. */
export function failOnDataSourceError(error: { message: string; type: string } | undefined | null): void {
  if (error) {
    console.error('data source error', error.type, error.message);
    util.error('An internal error occurred', 'InternalError');
  }
}
