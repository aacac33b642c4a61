import { readFileSync } from 'node:fs';
import { WebSocket } from 'ws';
import type { StackOutputs } from '../../local/stack/outputs';
import { headerProtocols } from '../../tests/support/realtime-client';

/**
 * One resident's phone: a real-time connection subscribed to one hub, calling `onEvent` with each
 * event id the moment its message is parsed.
 */
export async function openPhone(stack: StackOutputs, idToken: string, hubId: string, onEvent: (eventId: string) => void): Promise<WebSocket> {
  const authorization = { host: new URL(stack.graphqlUrl).host, Authorization: idToken };
  const socket = new WebSocket(stack.realtimeUrl, headerProtocols(authorization), { ca: readFileSync(stack.tls.caFile, 'utf8') });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const started = new Promise<void>((resolve, reject) => {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as { type: string; payload?: { data?: { onBoxEvent?: { eventId: string } }; errors?: unknown } };
      if (message.type === 'data' && message.payload?.data?.onBoxEvent) onEvent(message.payload.data.onBoxEvent.eventId);
      else if (message.type === 'start_ack') resolve();
      else if (message.type === 'error') reject(new Error(JSON.stringify(message.payload?.errors)));
    });
  });
  socket.send(JSON.stringify({ type: 'connection_init' }));
  const query = 'subscription ($h: ID!) { onBoxEvent(hubId: $h) { eventId hubId nodeId type occurredAt } }';
  socket.send(JSON.stringify({ type: 'start', id: hubId, payload: { data: JSON.stringify({ query, variables: { h: hubId } }), extensions: { authorization } } }));
  await started;
  return socket;
}
