/**
 * `npm start`: the Takuhai API and its local stack on 127.0.0.1, until Ctrl-C.
 * Ports: TAKUHAI_PORT (GraphQL, default 8780), TAKUHAI_DYNAMODB_PORT (8781),
 * TAKUHAI_COGNITO_PORT (8782), TAKUHAI_IOT_PORT (IoT control plane, 8783), TAKUHAI_MQTT_PORT
 * (MQTT over TLS, 8784), TAKUHAI_KINESIS_PORT (8785); 0 picks a free one. Data: TAKUHAI_HOME (default .takuhai).
 */
import { startStack } from './stack/start-stack';

// Node 20 is this project's floor until the toolchain moves; the SDK's notice is known here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

function port(variable: string, fallback: number): number {
  const value = process.env[variable];
  return value === undefined || value === '' ? fallback : Number(value);
}

const started = Date.now();
const stack = await startStack({
  ports: {
    graphql: port('TAKUHAI_PORT', 8780),
    dynamodb: port('TAKUHAI_DYNAMODB_PORT', 8781),
    cognito: port('TAKUHAI_COGNITO_PORT', 8782),
    iot: port('TAKUHAI_IOT_PORT', 8783),
    mqtt: port('TAKUHAI_MQTT_PORT', 8784),
    kinesis: port('TAKUHAI_KINESIS_PORT', 8785),
  },
});
const { outputs } = stack;
console.log(`Takuhai local stack ready in ${Date.now() - started} ms
  GraphQL     ${outputs.graphqlUrl}  (explorer: ${outputs.graphqlUrl.replace(/\/graphql$/, '/')})
  Real-time   ${outputs.realtimeUrl}  (trust ${outputs.tls.caFile} with NODE_EXTRA_CA_CERTS)
  API key     ${outputs.apiKey}
  Cognito     ${outputs.cognito.endpoint}  pool ${outputs.cognito.userPoolId}  client ${outputs.cognito.userPoolClientId}
  Admin       ${outputs.admin.username} / ${outputs.admin.password}
  DynamoDB    ${outputs.dynamodb.endpoint}
  IoT         ${outputs.iot.endpoint}  MQTT ${outputs.iot.mqttUrl}  Kinesis ${outputs.kinesis.endpoint}
  Outputs     ${stack.outputsPath}
Ctrl-C stops it; the data stays for the next start.`);

let stopping = false;
const stop = (say = true) => {
  if (stopping) return;
  stopping = true;
  if (say) console.log('\nStopping the local stack…');
  void stack.stop().then(() => process.exit(0));
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop());
// Started by a test or a benchmark (tests/support/stack-process.ts) over an IPC channel: it stops
// when that process is gone, however it went. A killed benchmark had left stacks running, a core
// and their ports taken until found. Its output pipes went with it: a write there must not crash
// the stack before it has stopped Cognito's process.
if (process.connected) {
  process.once('disconnect', () => {
    for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
    stop(false);
  });
}
