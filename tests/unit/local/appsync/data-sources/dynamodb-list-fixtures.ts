import type { DataSourceInvoker, DataSourceOutcome } from '../../../../../local/appsync/data-sources/data-source';
import { typedMap } from './dynamodb-test-table';

/** `ctx.result` of Query and Scan. */
export interface Page {
  items: Record<string, unknown>[];
  nextToken: string | null;
  scannedCount: number;
}

/** The page of a successful outcome; an error outcome fails the test with its type and message. */
export const pageOf = (outcome: DataSourceOutcome): Page => {
  if (outcome.error) throw new Error(`${outcome.error.type}: ${outcome.error.message}`);
  return outcome.result as Page;
};

/** Hub h1 has deliveries d01..d07 (odd ones open) and one note; hub h2 has two deliveries. */
export const hubItems = [
  ...Array.from({ length: 7 }, (_, i) => ({
    pk: 'hub#h1',
    sk: `delivery#d0${i + 1}`,
    status: i % 2 === 0 ? 'open' : 'closed',
    createdAt: `2024-01-0${i + 1}`,
  })),
  { pk: 'hub#h1', sk: 'note#1', text: 'not a delivery' },
  { pk: 'hub#h2', sk: 'delivery#d01', status: 'open', createdAt: '2024-02-01' },
  { pk: 'hub#h2', sk: 'delivery#d02', status: 'closed', createdAt: '2024-02-02' },
];

/** Writes {@link hubItems} to `tableName` through the data source itself. */
export async function seedHubItems(invoke: DataSourceInvoker, tableName: string): Promise<void> {
  const outcome = await invoke({ operation: 'BatchPutItem', tables: { [tableName]: hubItems.map(typedMap) } });
  if (outcome.error) throw new Error(outcome.error.message);
}

/** A Query for the deliveries of hub h1: partition key plus a sort key prefix. */
export const deliveriesOfH1 = {
  operation: 'Query',
  query: {
    expression: '#pk = :pk AND begins_with(#sk, :prefix)',
    expressionNames: { '#pk': 'pk', '#sk': 'sk' },
    expressionValues: typedMap({ ':pk': 'hub#h1', ':prefix': 'delivery#' }),
  },
};

/** Follows nextToken until the last page (at most 20 pages, so a token loop fails the test). */
export async function walkPages(invoke: DataSourceInvoker, request: Record<string, unknown>): Promise<Page[]> {
  const pages: Page[] = [];
  let nextToken: string | undefined;
  do {
    const page = pageOf(await invoke({ ...request, nextToken }));
    pages.push(page);
    nextToken = page.nextToken ?? undefined;
  } while (nextToken !== undefined && pages.length < 20);
  return pages;
}
