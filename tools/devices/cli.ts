/**
 * `npm run devices -- import <file.csv|file.json>`: pre-registers a factory file through the API,
 * as an admin, with a progress bar. `npm run devices -- --help` explains.
 */
import { SingleBar, Presets } from 'cli-progress';
import { parseArgs } from 'node:util';
import { readFactoryFile } from './factory-file';
import { importDevices, type SendBatch } from './import-devices';
import { adminSession } from './admin-session';

// Node 20 is this project's floor for now; the AWS SDK's notice about it is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const HELP = `Usage: npm run devices -- import <file> [--batch <n>] [--outputs <outputs.json>]

Pre-registers the devices of a factory file (the allow-list JIT registration checks):
  CSV with a header naming deviceId,kind,model,claimCode (any order), or a JSON array of
  {deviceId, kind (HUB|NODE), model, claimCode}. Claim codes are stored only as salted hashes.
Re-running a file is safe: devices already listed with the same data come back UNCHANGED;
a device listed with other data is REJECTED, never overwritten.

Signs in as the admin of the local stack (outputs.json under $TAKUHAI_HOME or .takuhai/), or
with TAKUHAI_GRAPHQL_URL and TAKUHAI_ID_TOKEN for another stage.

Options:
  --batch <n>         devices a request (default 500, at most 1000)
  --outputs <file>    the local stack's outputs.json
  -h, --help          this help`;

const PREREGISTER = /* GraphQL */ `
  mutation ($devices: [PreregisterDeviceInput!]!) {
    preregisterDevices(devices: $devices) { taskId created unchanged rejected items { deviceId outcome errorType message } }
  }
`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { batch: { type: 'string', default: '500' }, outputs: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
});
const [command, file] = positionals;
if (values.help || command !== 'import' || !file) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}
const batchSize = Math.min(1000, Math.max(1, Number(values.batch)));
const devices = readFactoryFile(file);
const session = await adminSession(values.outputs);
const send: SendBatch = async (batch) => {
  const response = await fetch(session.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: session.idToken },
    body: JSON.stringify({ query: PREREGISTER, variables: { devices: batch } }),
  });
  const body = (await response.json()) as { data?: { preregisterDevices: Awaited<ReturnType<SendBatch>> }; errors?: { errorType: string; message: string }[] };
  if (!body.data?.preregisterDevices) throw new Error(`the API refused the batch: ${JSON.stringify(body.errors ?? body)}`);
  return body.data.preregisterDevices;
};
const bar = new SingleBar({ format: 'pre-registering [{bar}] {value}/{total} devices', hideCursor: true }, Presets.shades_classic);
bar.start(devices.length, 0);
try {
  const summary = await importDevices(devices, batchSize, send, (done) => bar.update(done));
  bar.stop();
  console.log(`${summary.created} created, ${summary.unchanged} unchanged, ${summary.rejected.length} rejected (tasks: ${summary.taskIds.join(', ')})`);
  for (const row of summary.rejected) console.log(`  rejected ${row.deviceId}: ${row.errorType ?? ''} ${row.message ?? ''}`);
  process.exitCode = summary.rejected.length > 0 ? 1 : 0;
} catch (error) {
  bar.stop();
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
