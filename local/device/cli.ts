/**
 * `npm run device -- --help`: plays a hub (and its boxes) against the local stack's IoT.
 */
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { activateHub } from './activate-hub';
import { createSimulatedHub } from './simulated-hub';
import { readStackOutputs } from './stack-outputs';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const HELP = `Usage: npm run device -- --hub <hubId> [options]

Plays a Takuhai hub against the local stack (start it first with npm start). The hub gets a key
and a certificate signed by the local maker CA (CN = hub id), kept in <stack home>/devices/<hubId>/
so it is the same hub every run. It connects over MQTT (mutual TLS) with client id = hub id and
publishes box events on home/<hubId>/node/<nodeId>/events as
{ eventId (ULID), type, occurredAt, data }.

The first connection of a new hub goes through just-in-time registration, as on AWS: the broker
registers the certificate as PENDING_ACTIVATION, publishes
$aws/events/certificates/registered/<caCertificateId> and hangs up. The hub retries with backoff
and connects once the product's JIT handler has activated it: it does so only for a hub on the
factory allow-list, so pre-register the hub first (npm run devices -- import <file>, or the
preregisterDevices mutation); an unknown hub's certificate is REVOKED and it never gets in.
--activate skips the product and activates the hub directly (fleet policy
takuhai-local-hub-fleet): for trying the broker alone.

Options:
  --hub <id>           hub (device) id; required
  --boxes <n>          boxes behind the hub, named <hub>-box-<n> (default 1)
  --events <n>         events to publish, round-robin over the boxes (default 1; 0: just connect)
  --type <type>        event type (default PARCEL_DELIVERED)
  --interval-ms <ms>   pause between events (default 1000)
  --wait-s <s>         how long to keep retrying the connection (default 300)
  --basic-ingest       publish events on $aws/rules/<box events rule>/home/... (Basic Ingest:
                       straight to the rule, no messaging charge, no MQTT subscriber gets them)
  --activate           activate the hub itself (local shortcut for the JIT handler)
  --outputs <file>     the stack's outputs.json (default $TAKUHAI_HOME or .takuhai/outputs.json)
  -h, --help           this help

Example:
  printf 'deviceId,kind,model,claimCode\nhub-0001,HUB,TK-H1,CODE-0001\n' > hubs.csv
  npm run devices -- import hubs.csv
  npm run device -- --hub hub-0001 --boxes 2 --events 4
`;

const { values } = parseArgs({
  options: {
    hub: { type: 'string' },
    boxes: { type: 'string', default: '1' },
    events: { type: 'string', default: '1' },
    type: { type: 'string', default: 'PARCEL_DELIVERED' },
    'interval-ms': { type: 'string', default: '1000' },
    'wait-s': { type: 'string', default: '300' },
    'basic-ingest': { type: 'boolean', default: false },
    activate: { type: 'boolean', default: false },
    outputs: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || !values.hub) {
  console.log(HELP);
  process.exit(values.help ? 0 : 1);
}

const outputs = readStackOutputs(values.outputs);
const hub = createSimulatedHub(outputs, { hubId: values.hub, boxes: Number(values.boxes), basicIngest: values['basic-ingest'] });
const { certificateId, certFile } = await hub.certificate();
console.log(`Hub ${hub.hubId}: certificate ${certificateId}\n  ${certFile}`);
// One attempt first: a new hub's connection is what registers its certificate (JITR).
let connected = values.activate && (await hub.connect({ timeoutMs: 1 }).then(() => true, () => false));
if (values.activate && !connected) {
  await activateHub(outputs, hub.hubId, certificateId);
  console.log('  activated: certificate ACTIVE, attached to its thing, fleet policy attached');
}
console.log(`Connecting to ${outputs.iot.mqttUrl} as ${hub.hubId}…`);
if (!connected) await hub.connect({
  timeoutMs: Number(values['wait-s']) * 1000,
  onRefused: (attempt, reason) =>
    console.log(`  attempt ${attempt} refused (${reason}); waiting for certificate ${certificateId.slice(0, 12)}… to be ACTIVE, attached to thing ${hub.hubId}, with a policy`),
});
connected = true;
console.log('  connected');
for (let index = 0; index < Number(values.events); index++) {
  const nodeId = hub.boxes[index % hub.boxes.length] ?? `${hub.hubId}-box-1`;
  const event = await hub.publishEvent(nodeId, values.type ?? 'PARCEL_DELIVERED', { sequence: index + 1 });
  console.log(`  published ${event.type} ${event.eventId} on ${hub.eventTopic(nodeId)}`);
  if (index + 1 < Number(values.events)) await sleep(Number(values['interval-ms']));
}
await hub.close();
console.log('Disconnected.');
