import { describe, expect, it } from 'vitest';
import { RecordHubPresence } from '../../../../domain/events/record-hub-presence.service';
import { FakeState, recordingLog } from './fakes';

const AT = Date.UTC(2026, 0, 1, 9);

function presence() {
  const state = new FakeState();
  return { state, service: new RecordHubPresence({ state, log: recordingLog() }) };
}

describe('RecordHubPresence', () => {
  it('records a connection and a disconnection with AWS IoT`s time', async () => {
    // Prepare
    const { state, service } = presence();

    // Act
    const online = await service.execute({ clientId: 'hub-1', eventType: 'connected', timestamp: AT });
    const offline = await service.execute({ clientId: 'hub-1', eventType: 'disconnected', timestamp: AT + 1, disconnectReason: 'MQTT_KEEP_ALIVE_TIMEOUT' });

    // Assess
    expect([online, offline]).toEqual(['ONLINE', 'OFFLINE']);
    expect(state.presences).toEqual([
      { hubId: 'hub-1', online: true, at: '2026-01-01T09:00:00.000Z' },
      { hubId: 'hub-1', online: false, at: '2026-01-01T09:00:00.001Z' },
    ]);
  });

  it('ignores the old session`s disconnect when the hub reconnected (DUPLICATE_CLIENTID)', async () => {
    // Prepare
    const { state, service } = presence();

    // Act
    const outcome = await service.execute({ clientId: 'hub-1', eventType: 'disconnected', timestamp: AT, disconnectReason: 'DUPLICATE_CLIENTID' });

    // Assess
    expect(outcome).toBe('IGNORED');
    expect(state.presences).toEqual([]);
  });

  it('ignores what is stale, not a hub or not a presence event', async () => {
    // Prepare
    const { state, service } = presence();
    state.presenceAnswer = 'STALE';

    // Act
    const outcomes = [
      await service.execute({ clientId: 'hub-1', eventType: 'connected', timestamp: AT }),
      await service.execute({ clientId: 'n/a', eventType: 'connected', timestamp: AT }),
      await service.execute({ clientId: 'hub-1', eventType: 'subscribed', timestamp: AT }),
    ];

    // Assess
    expect(outcomes).toEqual(['IGNORED', 'IGNORED', 'IGNORED']);
    expect(state.presences).toHaveLength(1);
  });
});
