import type { KinesisClient } from '@aws-sdk/client-kinesis';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckpointStore } from '../../../../../local/iot/kinesis/checkpoint-store';
import type { KinesisEventSourceMapping } from '../../../../../local/iot/kinesis/event-source-mapping';
import { ShardConsumer } from '../../../../../local/iot/kinesis/shard-consumer';

/** A shard whose records the test adds; answers GetRecords from where the last read ended, and times each read. */
function fakeShard() {
  const records: { SequenceNumber: string; Data: Uint8Array; PartitionKey: string; ApproximateArrivalTimestamp: Date }[] = [];
  const reads: number[] = [];
  let position = 0;
  const client = {
    send: async (command: { constructor: { name: string }; input: { Limit?: number } }) => {
      if (command.constructor.name === 'GetShardIteratorCommand') return { ShardIterator: 'iterator' };
      reads.push(Date.now());
      const batch = records.slice(position, position + (command.input.Limit ?? 100));
      position += batch.length;
      return { Records: batch, NextShardIterator: 'iterator' };
    },
  } as unknown as KinesisClient;
  const put = (count: number) => {
    for (let i = 0; i < count; i++) records.push({ SequenceNumber: String(records.length + 1).padStart(20, '0'), Data: Buffer.from('{}'), PartitionKey: 'hub', ApproximateArrivalTimestamp: new Date() });
  };
  return { client, reads, put };
}

const consumers: ShardConsumer[] = [];

function consumer(shard: ReturnType<typeof fakeShard>, settings: Partial<KinesisEventSourceMapping>, delivered: number[]): ShardConsumer {
  const mapping: KinesisEventSourceMapping = {
    streamName: 'box-events',
    functionName: 'ingest',
    handler: async (event) => void delivered.push(event.Records.length),
    pollIntervalMs: 5_000,
    ...settings,
  };
  const started = new ShardConsumer({
    mapping,
    client: shard.client,
    source: { shardId: 'shardId-000000000000', streamArn: 'arn:aws:kinesis:ap-northeast-1:000000000000:stream/box-events', functionName: 'ingest', account: { region: 'ap-northeast-1', accountId: '000000000000' } },
    streamName: 'box-events',
    checkpoints: new CheckpointStore(join(mkdtempSync(join(tmpdir(), 'takuhai-checkpoints-')), 'checkpoints.json')),
    log: () => undefined,
  });
  consumers.push(started);
  started.start();
  return started;
}

afterEach(async () => {
  await Promise.all(consumers.splice(0).map((each) => each.stop()));
});

describe('ShardConsumer, the local Kinesis -> Lambda poller', () => {
  it('reads no more after a batch until records are put, then reads them at once', async () => {
    // Prepare
    const shard = fakeShard();
    const delivered: number[] = [];
    shard.put(3);
    const poller = consumer(shard, {}, delivered);
    await vi.waitFor(() => expect(delivered).toEqual([3]));
    // Time for a read that should not come.
    await sleep(100);
    const readsAfterTheBatch = shard.reads.length;

    // Act
    shard.put(2);
    poller.recordsPut();

    // Assess
    await vi.waitFor(() => expect(delivered).toEqual([3, 2]));
    expect(readsAfterTheBatch).toBe(1);
    expect(shard.reads).toHaveLength(2);
  });

  it('keeps minReadIntervalMs between two reads of the shard, however often records are put', async () => {
    // Prepare
    const shard = fakeShard();
    const delivered: number[] = [];
    const poller = consumer(shard, { minReadIntervalMs: 100 }, delivered);
    await sleep(20);

    // Act
    for (let put = 0; put < 10; put++) {
      shard.put(1);
      poller.recordsPut();
      await sleep(25);
    }

    // Assess
    await vi.waitFor(() => expect(delivered.reduce((sum, count) => sum + count, 0)).toBe(10));
    const gaps = shard.reads.slice(1).map((at, index) => at - (shard.reads[index] ?? at));
    expect(shard.reads.length).toBeGreaterThan(1);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(95);
  });
});
