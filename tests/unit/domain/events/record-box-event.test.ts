import { describe, expect, it, vi } from 'vitest';
import { BoxNotOnHubError } from '../../../../domain/events/box-event.errors';
import { BOX, boxEvent, HUB, OTHER_BOX, recordingService } from './fakes';

const T = Date.UTC(2026, 0, 1, 9);

describe('RecordBoxEvent', () => {
  it('stores a new event, updates its box and pushes it', async () => {
    // Prepare
    const { service, events, state, publisher } = recordingService();
    const event = boxEvent();

    // Act
    const outcome = await service.execute(event);

    // Assess
    expect(outcome).toBe('STORED');
    expect([...events.stored.values()]).toEqual([event]);
    expect(state.changes).toEqual([expect.objectContaining({ nodeId: BOX, occupied: { value: true, at: event.occurredAt } })]);
    expect(publisher.pushed).toEqual([event]);
  });

  it('stores and pushes an event delivered twice only once, in another batch or the same one', async () => {
    // Prepare
    const { service, events, publisher } = recordingService();
    const event = boxEvent();
    await service.executeAll([event]);

    // Act
    const again = await service.executeAll([event, { ...event, occurredAt: new Date(T + 5).toISOString() }]);

    // Assess
    expect(again.map((result) => result.outcome)).toEqual(['DUPLICATE', 'DUPLICATE']);
    expect(events.stored.size).toBe(1);
    expect(events.puts).toBe(2);
    expect(publisher.pushed).toHaveLength(1);
  });

  it('rejects an event of a box that is not behind the hub, and records the others of the batch', async () => {
    // Prepare
    const { service, publisher } = recordingService();
    const stranger = boxEvent({ nodeId: OTHER_BOX });
    const unknown = boxEvent({ nodeId: 'box-404' });
    const fine = boxEvent({}, T + 1);

    // Act
    const outcomes = await service.executeAll([stranger, unknown, fine]);

    // Assess
    expect(outcomes.map((result) => result.outcome)).toEqual(['REJECTED', 'REJECTED', 'STORED']);
    expect(outcomes[0]).toMatchObject({ error: expect.any(BoxNotOnHubError) });
    expect(publisher.pushed).toEqual([fine]);
  });

  it('looks the boxes of a batch up once', async () => {
    // Prepare
    const { service, devices } = recordingService();

    // Act
    await service.executeAll([boxEvent({}, T), boxEvent({}, T + 1), boxEvent({}, T + 2)]);

    // Assess
    expect(devices.calls).toBe(1);
  });

  it('reads a batch`s boxes and its stored events (with the boxes` state) at once, not one after the other', async () => {
    // Prepare: the boxes are answered only once the stored events are being read
    const { service, devices, events } = recordingService();
    const boxesOf = devices.getMany.bind(devices);
    devices.getMany = async (ids) => {
      await vi.waitFor(() => expect(events.reads).toBe(1), { timeout: 1_000 });
      return boxesOf(ids);
    };

    // Act
    const outcomes = await service.executeAll([boxEvent({}, T), boxEvent({}, T + 1)]);

    // Assess
    expect(outcomes.map((result) => result.outcome)).toEqual(['STORED', 'STORED']);
  });

  it('fails (for a retry) only the event whose write failed', async () => {
    // Prepare
    const { service, events } = recordingService();
    const failing = boxEvent({}, T);
    events.failOn.add(failing.eventId);

    // Act
    const outcomes = await service.executeAll([failing, boxEvent({}, T + 1)]);

    // Assess
    expect(outcomes.map((result) => result.outcome)).toEqual(['FAILED', 'STORED']);
  });

  it('reads a batch`s stored events and its boxes` state in one read, and writes both in one write', async () => {
    // Prepare
    const { service, events, state } = recordingService();
    const findStored = vi.spyOn(events, 'findStored');
    const storeNew = vi.spyOn(events, 'storeNew');
    const delivered = boxEvent({}, T);
    const locked = boxEvent({ type: 'BOX_LOCKED' }, T + 1);

    // Act
    const outcomes = await service.executeAll([delivered, locked]);

    // Assess
    expect(outcomes.map((result) => result.outcome)).toEqual(['STORED', 'STORED']);
    expect(findStored).toHaveBeenCalledWith([delivered, locked], [{ hubId: HUB, nodeId: BOX }]);
    expect(storeNew).toHaveBeenCalledTimes(1);
    expect(events.states.get(`${HUB}/${BOX}`)).toEqual({ hubId: HUB, nodeId: BOX, lastEventAt: locked.occurredAt, occupied: { value: true, at: delivered.occurredAt }, locked: { value: true, at: locked.occurredAt } });
    expect(state.changes).toEqual([]);
  });

  it('pushes a batch only once its events and its boxes` state are written', async () => {
    // Prepare
    const { service, events, publisher } = recordingService();
    const write = events.storeNew.bind(events);
    const pushedBeforeWrite: number[] = [];
    events.storeNew = async (batch, states) => {
      pushedBeforeWrite.push(publisher.pushed.length);
      return write(batch, states);
    };

    // Act
    await service.executeAll([boxEvent({}, T), boxEvent({ type: 'BOX_LOCKED' }, T + 1)]);

    // Assess
    expect(pushedBeforeWrite).toEqual([0]);
    expect(publisher.pushed).toHaveLength(2);
  });

  it('keeps a box`s newer stored state against an older event that arrives late', async () => {
    // Prepare: the box was seen emptied at T + 10 s
    const { service, events } = recordingService();
    const emptied = new Date(T + 10_000).toISOString();
    events.states.set(`${HUB}/${BOX}`, { hubId: HUB, nodeId: BOX, lastEventAt: emptied, occupied: { value: false, at: emptied } });
    const late = boxEvent({}, T);

    // Act
    await service.executeAll([late, boxEvent({ type: 'BOX_LOCKED' }, T + 1)]);

    // Assess
    expect(events.states.get(`${HUB}/${BOX}`)).toEqual({ hubId: HUB, nodeId: BOX, lastEventAt: emptied, occupied: { value: false, at: emptied }, locked: { value: true, at: new Date(T + 1).toISOString() } });
  });

  it('writes no state for a batch delivered again', async () => {
    // Prepare
    const { service, events } = recordingService();
    const batch = [boxEvent({}, T), boxEvent({ type: 'BOX_LOCKED' }, T + 1)];
    await service.executeAll(batch);
    const writes = events.stateWrites;

    // Act
    const again = await service.executeAll(batch);

    // Assess
    expect(again.map((result) => result.outcome)).toEqual(['DUPLICATE', 'DUPLICATE']);
    expect(events.stateWrites).toBe(writes);
  });

  it('fails (for a retry) the events of a box whose state could not be written, stored or not', async () => {
    // Prepare
    const { service, events } = recordingService();
    events.failStatesOf.add(`${HUB}/${BOX}`);

    // Act
    const outcomes = await service.executeAll([boxEvent({}, T), boxEvent({}, T + 1)]);

    // Assess
    expect(outcomes.map((result) => result.outcome)).toEqual(['FAILED', 'FAILED']);
    expect(events.stored.size).toBe(2);
  });

  it('fails (for a retry) a single event whose box state could not be written', async () => {
    // Prepare
    const { service, events, state } = recordingService();
    state.applyBoxState = async () => {
      throw new Error('ProvisionedThroughputExceededException');
    };

    // Act
    const outcomes = await service.executeAll([boxEvent({}, T)]);

    // Assess
    expect(outcomes.map((result) => result.outcome)).toEqual(['FAILED']);
    expect(events.stored.size).toBe(1);
  });

  it('fails every event when the boxes cannot be read', async () => {
    // Prepare
    const { service, devices } = recordingService();
    devices.failure = new Error('network');

    // Act
    const outcomes = await service.executeAll([boxEvent({}, T), boxEvent({}, T + 1)]);

    // Assess
    expect(outcomes.map((result) => result.outcome)).toEqual(['FAILED', 'FAILED']);
  });

  it('marks an event whose push failed, and pushes it when it is delivered again', async () => {
    // Prepare
    const { service, events, publisher } = recordingService();
    const event = boxEvent();
    publisher.failing = true;
    const first = await service.executeAll([event]);
    publisher.failing = false;

    // Act
    const retry = await service.executeAll([event]);
    const third = await service.executeAll([event]);

    // Assess
    expect(first[0]?.outcome).toBe('FAILED');
    expect(retry[0]?.outcome).toBe('DUPLICATE');
    expect(publisher.pushed).toEqual([event]);
    expect([...events.stored.values()][0]?.pushPending).toBeUndefined();
    expect(third[0]?.outcome).toBe('DUPLICATE');
    expect(publisher.pushed).toHaveLength(1);
  });

  it('throws the rejection of a single event (the partner path)', async () => {
    // Prepare
    const { service } = recordingService();

    // Act
    const run = service.execute(boxEvent({ nodeId: OTHER_BOX }));

    // Assess
    await expect(run).rejects.toBeInstanceOf(BoxNotOnHubError);
  });
});
