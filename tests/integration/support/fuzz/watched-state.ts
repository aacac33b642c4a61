import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { StackOutputs } from '../../../../local/stack/outputs';
import type { World } from '../matrix/world';

/** An item the fuzz must not change when it is refused: a table and a key. */
interface WatchedItem {
  readonly table: string;
  readonly key: Record<string, string>;
}

/**
 * Bookkeeping that a refused request is meant to write: a wrong claim code counts towards the
 * claim lock (register-hub), and a partner key notes its last use at every call.
 */
const BOOKKEEPING = new Set(['failedClaims', 'claimLockedUntil', 'lastUsedAt']);

export function documentClientOf(stack: StackOutputs): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: stack.dynamodb.endpoint, region: stack.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }));
}

/** The world's items that the generated requests aim at, and the tasks of its hubs. */
export class WatchedState {
  private readonly items: WatchedItem[];

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly world: World,
  ) {
    const t = world.stack.dynamodb.tables;
    const table = (id: string) => t[id] ?? '';
    const hubs = [world.hubId, world.otherHubId];
    const partners = [world.partner.partnerId, world.partnerNoGrant.partnerId, world.grantee, world.revokee];
    this.items = [
      ...[...hubs, ...world.boxes].map((deviceId) => ({ table: table('devices'), key: { deviceId } })),
      ...[world.owner, world.otherOwner, world.target].map((user) => ({ table: table('users'), key: { userId: user.userId } })),
      ...partners.map((partnerId) => ({ table: table('partners'), key: { partnerId } })),
      ...[world.partner, world.partnerNoGrant].map((key) => ({ table: table('partner-keys'), key: { keyId: key.keyId } })),
      ...hubs.flatMap((hubId) => partners.map((partnerId) => ({ table: table('partner-grants'), key: { hubId, partnerId } }))),
    ];
  }

  /** The watched items (bookkeeping left out) and the number of tasks on each hub, as one comparable value. */
  async snapshot(): Promise<Record<string, string | number>> {
    const byTable = new Map<string, Record<string, string>[]>();
    for (const item of this.items) byTable.set(item.table, [...(byTable.get(item.table) ?? []), item.key]);
    const read = await this.client.send(new BatchGetCommand({ RequestItems: Object.fromEntries([...byTable].map(([table, keys]) => [table, { Keys: keys, ConsistentRead: true }])) }));
    const state: Record<string, string | number> = {};
    for (const [table, items] of Object.entries(read.Responses ?? {})) {
      for (const item of items) {
        const key = Object.keys(item).filter((name) => ['deviceId', 'userId', 'partnerId', 'keyId', 'hubId'].includes(name)).sort().map((name) => item[name]).join('/');
        state[`${table}:${key}`] = canonical(Object.fromEntries(Object.entries(item).filter(([name]) => !BOOKKEEPING.has(name))));
      }
    }
    for (const hubId of [this.world.hubId, this.world.otherHubId]) state[`tasks of ${hubId}`] = await this.taskCount(hubId);
    return state;
  }

  private async taskCount(hubId: string): Promise<number> {
    const tasks = await this.client.send(
      new QueryCommand({ TableName: this.world.stack.dynamodb.tables['tasks'], IndexName: 'byHub', KeyConditionExpression: 'hubId = :h', ExpressionAttributeValues: { ':h': hubId }, Select: 'COUNT' }),
    );
    return tasks.Count ?? 0;
  }
}

/** JSON text with every object's keys sorted: equal items compare equal whatever order DynamoDB answers in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b))) : inner,
  );
}

/** Every item of the stack's tables whose text holds one of `markers` (case-insensitive), with its table. */
export async function itemsCarrying(client: DynamoDBDocumentClient, stack: StackOutputs, markers: readonly string[]): Promise<{ table: string; marker: string }[]> {
  const found: { table: string; marker: string }[] = [];
  const lower = markers.map((marker) => marker.toLowerCase());
  for (const table of Object.values(stack.dynamodb.tables)) {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await client.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start }));
      for (const item of page.Items ?? []) {
        const text = JSON.stringify(item).toLowerCase();
        const marker = lower.find((candidate) => text.includes(candidate));
        if (marker) found.push({ table, marker });
      }
      start = page.LastEvaluatedKey;
    } while (start);
  }
  return found;
}
