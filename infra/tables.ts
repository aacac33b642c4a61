/**
 * The DynamoDB table layouts: one description that the CDK app deploys and the local stack
 * creates, so the two can never disagree. All key attributes are strings.
 */
export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
}

export interface TableDefinition {
  /** Logical id; the deployed name is `takuhai-<stage>-<id>`. */
  readonly id: string;
  /** Environment variable through which functions learn the table's name. */
  readonly envVar: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly indexes: readonly IndexDefinition[];
  /** A number attribute (epoch seconds) after which DynamoDB deletes the item (TTL). */
  readonly timeToLiveAttribute?: string;
}

export const usersTable = {
  id: 'users',
  envVar: 'USERS_TABLE',
  partitionKey: 'userId',
  // A signed-in caller is known by its Cognito `sub`; `me` finds its item through this index.
  indexes: [{ indexName: 'bySub', partitionKey: 'cognitoSub' }],
} as const satisfies TableDefinition;

/**
 * Hubs and boxes, from the factory allow-list to retirement. Sparse indexes: only owned hubs
 * carry `ownerSub`, only registered boxes `hubId`; `statusKey` is `<status>#<deviceId>`.
 */
export const devicesTable = {
  id: 'devices',
  envVar: 'DEVICES_TABLE',
  partitionKey: 'deviceId',
  indexes: [
    { indexName: 'byOwner', partitionKey: 'ownerSub', sortKey: 'deviceId' },
    { indexName: 'byHub', partitionKey: 'hubId', sortKey: 'deviceId' },
    { indexName: 'byKind', partitionKey: 'kind', sortKey: 'statusKey' },
  ],
} as const satisfies TableDefinition;

/** Multi-step business requests, newest first per hub and per requester. */
export const tasksTable = {
  id: 'tasks',
  envVar: 'TASKS_TABLE',
  partitionKey: 'taskId',
  indexes: [
    { indexName: 'byHub', partitionKey: 'hubId', sortKey: 'startedAt' },
    { indexName: 'byRequester', partitionKey: 'requestedBy', sortKey: 'startedAt' },
  ],
} as const satisfies TableDefinition;

/**
 * Box events, each stored once. Keyed on the hub and the device-made ULID: the same event
 * delivered again has the same key whatever else it says, so `attribute_not_exists` on the put is
 * the dedupe; ULIDs sort by time, so a hub's timeline is a Query newest first and a time range a
 * key condition on the id's time prefix. `hubNode` (`<hubId>#<nodeId>`) keys a box's timeline to
 * the hub it is behind, so a box moved to another home does not carry its history along.
 */
export const eventsTable = {
  id: 'events',
  envVar: 'EVENTS_TABLE',
  partitionKey: 'hubId',
  sortKey: 'eventId',
  indexes: [{ indexName: 'byNode', partitionKey: 'hubNode', sortKey: 'eventId' }],
} as const satisfies TableDefinition;

/**
 * Each box's last known state (`occupied`, `locked`, `lastEventAt`, each fact with its time),
 * per hub and box like the timeline, so a box moved to another home starts afresh. Apart from
 * the devices table on purpose: it changes with nearly every event, and there it was a write of
 * the item and of its two index copies (three write units) per box per batch; here it is one
 * unit, and a stream batch writes it in the same BatchWriteItem requests as its events.
 */
export const boxStatesTable = {
  id: 'box-states',
  envVar: 'BOX_STATES_TABLE',
  partitionKey: 'hubId',
  sortKey: 'nodeId',
  indexes: [],
} as const satisfies TableDefinition;

/**
 * Device messages the ingest refused, by the day they arrived (`YYYY-MM-DD`), with the reason.
 * They are for people to look at for a while, not a record to keep: each expires (`expiresAt`).
 */
export const eventDeadLettersTable = {
  id: 'event-dead-letters',
  envVar: 'EVENT_DEAD_LETTERS_TABLE',
  partitionKey: 'day',
  sortKey: 'letterId',
  indexes: [],
  timeToLiveAttribute: 'expiresAt',
} as const satisfies TableDefinition;

/** Delivery partners (a handful: listed with a Scan, as users are). */
export const partnersTable = {
  id: 'partners',
  envVar: 'PARTNERS_TABLE',
  partitionKey: 'partnerId',
  indexes: [],
} as const satisfies TableDefinition;

/**
 * Partner keys, hashed. Keyed by the key id the secret itself carries, so the authorizer reads
 * exactly one item per call; `byPartner` lists a partner's keys, newest first.
 */
export const partnerKeysTable = {
  id: 'partner-keys',
  envVar: 'PARTNER_KEYS_TABLE',
  partitionKey: 'keyId',
  indexes: [{ indexName: 'byPartner', partitionKey: 'partnerId', sortKey: 'createdAt' }],
} as const satisfies TableDefinition;

/** Owners' consents: one item per hub and partner, read by key on every partner call. */
export const partnerGrantsTable = {
  id: 'partner-grants',
  envVar: 'PARTNER_GRANTS_TABLE',
  partitionKey: 'hubId',
  sortKey: 'partnerId',
  indexes: [],
} as const satisfies TableDefinition;

/**
 * Partners' recorded deliveries, keyed by partner, hub, box and tracking number: a partner's
 * retry finds the event its first call made, so a delivery becomes one event however often
 * it is sent.
 */
export const partnerDeliveriesTable = {
  id: 'partner-deliveries',
  envVar: 'PARTNER_DELIVERIES_TABLE',
  partitionKey: 'deliveryKey',
  indexes: [],
} as const satisfies TableDefinition;

export const tables: readonly TableDefinition[] = [
  usersTable,
  devicesTable,
  tasksTable,
  eventsTable,
  boxStatesTable,
  eventDeadLettersTable,
  partnersTable,
  partnerKeysTable,
  partnerGrantsTable,
  partnerDeliveriesTable,
];

export function tableName(stage: string, table: TableDefinition): string {
  return `takuhai-${stage}-${table.id}`;
}
