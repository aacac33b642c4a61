import { KinesisClient } from '@aws-sdk/client-kinesis';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrokerMessage } from '../../../../../local/iot/broker/mqtt-broker';
import { basicIngestTarget } from '../../../../../local/iot/rules/basic-ingest';
import { RulesEngine } from '../../../../../local/iot/rules/rules-engine';

/** What each rule's Lambda action was given, by rule name. */
const seen: [string, Record<string, unknown>][] = [];
const logs: Record<string, unknown>[] = [];
const kinesis = new KinesisClient({ region: 'ap-northeast-1' });
const rule = (name: string, sql: string) => ({ name, sql, actions: [{ lambda: async (event: Record<string, unknown>) => void seen.push([name, event]) }] });
const engine = new RulesEngine(
  [
    rule('box_events', "SELECT *, topic(2) AS hubId, topic() AS topic FROM 'home/+/node/+/events'"),
    rule('home_wide', "SELECT topic() AS topic FROM 'home/#'"),
    rule('unrelated', "SELECT topic() AS topic FROM 'factory/+/telemetry'"),
    { ...rule('switched_off', "SELECT * FROM 'home/#'"), disabled: true },
  ],
  { kinesis, account: { region: 'ap-northeast-1', accountId: '000000000000' }, log: (record) => void logs.push(record) },
);

/** The rules engine's view of one PUBLISH from hub-1, and what the rules made of it. */
async function publish(topic: string): Promise<[string, Record<string, unknown>][]> {
  seen.length = 0;
  const message: BrokerMessage = { topic, payload: Buffer.from('{"eventId":"e1"}'), qos: 1, clientId: 'hub-1', principal: 'c0ffee', timestamp: 1700000000000 };
  engine.handle(message);
  await engine.idle();
  return [...seen].sort(([a], [b]) => a.localeCompare(b));
}

afterAll(() => kinesis.destroy());

describe('Basic Ingest ($aws/rules/<ruleName>/<topic>)', () => {
  it('reads the rule name and the topic after the prefix, and nothing from other topics', () => {
    // Act and Assess
    expect(basicIngestTarget('$aws/rules/box_events/home/hub-1/node/box-1/events')).toEqual({ ruleName: 'box_events', topic: 'home/hub-1/node/box-1/events' });
    expect(basicIngestTarget('$aws/rules/box_events')).toEqual({ ruleName: 'box_events', topic: '' });
    expect(basicIngestTarget('home/hub-1/node/box-1/events')).toBeUndefined();
    expect(basicIngestTarget('$aws/events/presence/connected/hub-1')).toBeUndefined();
  });

  it('runs the named rule alone, whose SQL sees the topic without the prefix', async () => {
    // Act
    const ran = await publish('$aws/rules/box_events/home/hub-1/node/box-1/events');

    // Assess
    expect(ran).toEqual([['box_events', { eventId: 'e1', hubId: 'hub-1', topic: 'home/hub-1/node/box-1/events' }]]);
  });

  it('runs every rule whose FROM matches for the same topic published to the broker', async () => {
    // Act
    const ran = await publish('home/hub-1/node/box-1/events');

    // Assess
    expect(ran.map(([name]) => name)).toEqual(['box_events', 'home_wide']);
  });

  it('runs the named rule whatever its FROM says (FROM is optional for Basic Ingest)', async () => {
    // Act
    const ran = await publish('$aws/rules/unrelated/home/hub-1/node/box-1/events');

    // Assess
    expect(ran).toEqual([['unrelated', { topic: 'home/hub-1/node/box-1/events' }]]);
  });

  it('drops a message for an unknown or disabled rule, with a warning', async () => {
    // Prepare
    logs.length = 0;

    // Act
    const ran = [...(await publish('$aws/rules/no_such_rule/home/hub-1/x')), ...(await publish('$aws/rules/switched_off/home/hub-1/x'))];

    // Assess
    expect(ran).toEqual([]);
    expect(logs.map((record) => record['rule'])).toEqual(['no_such_rule', 'switched_off']);
  });
});
