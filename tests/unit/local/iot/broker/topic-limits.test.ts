import { describe, expect, it } from 'vitest';
import { publishViolation, subscribeViolation } from '../../../../../local/iot/broker/topic-limits';

describe('publishViolation', () => {
  it.each([
    ['home/hub-1/node/box-1/events', 100, 1, undefined],
    ['home/hub-1/node/box-1/events', 100, 2, 'QoS 2 is not supported'],
    ['home/hub-1', 128 * 1024 + 1, 0, 'payload over 131072 bytes'],
    [`t/${'x'.repeat(255)}`, 1, 0, 'topic over 256 bytes'],
    ['a/b/c/d/e/f/g/h/i', 1, 0, 'topic with more than 7 slashes'],
    ['$aws/rules/ingest/a/b/c/d/e/f/g/h', 1, 0, undefined],
    ['$aws/rules/ingest', 1, 1, undefined],
    ['$aws/rulesx/ingest/a', 1, 1, 'reserved topic $aws/rulesx/ingest/a'],
    ['$aws/things/hub-1/shadow/update', 1, 1, undefined],
    ['$aws/events/presence/connected/hub-1', 1, 1, 'reserved topic $aws/events/presence/connected/hub-1'],
  ])('%s (%i bytes, QoS %i): %s', (topic, bytes, qos, expected) => {
    // Act and Assess
    expect(publishViolation(topic, bytes, qos)).toBe(expected);
  });
});

describe('subscribeViolation', () => {
  it.each([
    ['home/hub-1/#', undefined],
    ['a/b/c/d/e/f/g/h/#', 'topic filter with more than 7 slashes'],
    ['$aws/rules/ingest/home/hub-1/#', 'Basic Ingest topics cannot be subscribed to'],
  ])('%s: %s', (filter, expected) => {
    // Act and Assess
    expect(subscribeViolation(filter)).toBe(expected);
  });
});
