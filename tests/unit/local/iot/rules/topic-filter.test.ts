import { describe, expect, it } from 'vitest';
import { topicMatches } from '../../../../../local/iot/rules/topic-filter';

describe('topicMatches (rules FROM)', () => {
  it.each([
    ['home/+/node/+/events', 'home/hub-1/node/box-1/events', true],
    ['home/+/node/+/events', 'home/hub-1/node/box-1/status', false],
    ['home/+/node/+/events', 'home/hub-1/events', false],
    ['home/#', 'home/hub-1/node/box-1/events', true],
    ['home/#', 'home', false],
    ['#', 'anything/at/all', true],
    ['#', '$aws/events/presence/connected/hub-1', false],
    ['+/events/#', '$aws/events/x', false],
    ['$aws/events/presence/+/+', '$aws/events/presence/connected/hub-1', true],
    ['$aws/events/certificates/registered/#', '$aws/events/certificates/registered/abc', true],
    ['a/b', 'a/b', true],
    ['a/b', 'a/b/c', false],
  ])('%s against %s: %s', (filter, topic, expected) => {
    // Act and Assess
    expect(topicMatches(filter, topic)).toBe(expected);
  });
});
