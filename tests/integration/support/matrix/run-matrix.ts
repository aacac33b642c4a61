import { readFileSync } from 'node:fs';
import { mapWithConcurrency } from '../../../../domain/shared/map-with-concurrency';
import { headerProtocols, RealtimeTestClient } from '../../../support/realtime-client';
import { callAs, CALLERS, realtimeAuthorization, type CallerName } from './callers';
import { httpOutcome, startOutcome, type Outcome } from './outcomes';
import type { MatrixRow } from './row';
import type { World } from './world';

/** What every cell came to: field -> caller -> outcome. */
export type MatrixOutcomes = Record<string, Record<CallerName, Outcome>>;

/** One real-time connection per caller, opened on first use; `refused` when the connection was. */
class Connections {
  private readonly open = new Map<CallerName, Promise<RealtimeTestClient | 'refused'>>();
  private nextId = 0;

  constructor(private readonly world: World) {}

  async start(caller: CallerName, row: MatrixRow, variables: Record<string, unknown>): Promise<Outcome> {
    const client = await this.connection(caller);
    if (client === 'refused') return 'refused';
    const id = `cell-${(this.nextId += 1)}`;
    const data = JSON.stringify({ query: row.document, variables });
    client.send({ type: 'start', id, payload: { data, extensions: { authorization: await realtimeAuthorization(this.world, caller, data) } } });
    const answer = await client.next((message) => message.id === id && ['start_ack', 'error'].includes(message.type), 5_000);
    if (answer.type === 'start_ack') client.send({ type: 'stop', id });
    return startOutcome(answer);
  }

  close(): void {
    for (const client of this.open.values()) void client.then((open) => open !== 'refused' && open.close());
  }

  private connection(caller: CallerName): Promise<RealtimeTestClient | 'refused'> {
    let client = this.open.get(caller);
    if (!client) {
      client = (async () => {
        const protocols = headerProtocols(await realtimeAuthorization(this.world, caller));
        const opened = await RealtimeTestClient.connect(this.world.stack.realtimeUrl, protocols, { ca: readFileSync(this.world.stack.tls.caFile, 'utf8') });
        opened.send({ type: 'connection_init' });
        const first = await opened.next((message) => ['connection_ack', 'connection_error'].includes(message.type));
        if (first.type === 'connection_ack') return opened;
        opened.close();
        return 'refused' as const;
      })();
      this.open.set(caller, client);
    }
    return client;
  }
}

/** Runs every cell of `rows` as every caller, `concurrency` at a time. */
export async function runMatrix(world: World, rows: readonly MatrixRow[], concurrency: number): Promise<MatrixOutcomes> {
  const connections = new Connections(world);
  const cells = rows.flatMap((row) => CALLERS.map((caller) => ({ row, caller })));
  try {
    const outcomes = await mapWithConcurrency(cells, concurrency, async ({ row, caller }): Promise<Outcome> => {
      const variables = await row.variables(world, caller);
      const [typeName = '', fieldName = ''] = row.field.split('.');
      if (typeName === 'Subscription') return connections.start(caller, row, variables);
      return httpOutcome(fieldName, await callAs(world, caller, row.document, variables));
    });
    const table: MatrixOutcomes = {};
    cells.forEach(({ row, caller }, index) => {
      table[row.field] ??= {} as Record<CallerName, Outcome>;
      (table[row.field] as Record<CallerName, Outcome>)[caller] = outcomes[index] as Outcome;
    });
    return table;
  } finally {
    connections.close();
  }
}

/** The matrix as a table for people: one line per field, one column per caller. */
export function printable(table: MatrixOutcomes): string {
  const mark: Record<string, string> = { data: 'data', denied: 'deny', refused: '401' };
  const header = ['field'.padEnd(32), ...CALLERS.map((caller) => caller.slice(0, 8).padEnd(8))].join(' ');
  const lines = Object.entries(table).map(([field, row]) => [field.padEnd(32), ...CALLERS.map((caller) => (mark[row[caller]] ?? '??').padEnd(8))].join(' '));
  return [header, ...lines].join('\n');
}
