import { DescribeStreamCommand, type KinesisClient } from '@aws-sdk/client-kinesis';
import type { IotAccount } from '../registry/arns';
import type { CheckpointStore } from './checkpoint-store';
import type { KinesisEventSourceMapping } from './event-source-mapping';
import { ShardConsumer } from './shard-consumer';

/** Runs the event source mappings: one consumer per mapping and shard (no resharding). */
export async function startKinesisPollers(
  mappings: readonly KinesisEventSourceMapping[],
  deps: {
    client: KinesisClient;
    account: IotAccount;
    checkpoints: CheckpointStore;
    /** Subscribes to the stream server's puts (returns the unsubscribe): idle consumers read at once. */
    onRecordsPut?: (listener: () => void) => () => void;
    log: (record: Record<string, unknown>) => void;
  },
): Promise<{ stop(): Promise<void> }> {
  const consumers: ShardConsumer[] = [];
  for (const mapping of mappings) {
    const { StreamDescription: stream } = await deps.client.send(new DescribeStreamCommand({ StreamName: mapping.streamName }));
    if (!stream?.StreamARN) throw new Error(`stream ${mapping.streamName} has no ARN`);
    for (const shard of stream.Shards ?? []) {
      if (!shard.ShardId) continue;
      const source = { shardId: shard.ShardId, streamArn: stream.StreamARN, functionName: mapping.functionName, account: deps.account };
      consumers.push(new ShardConsumer({ mapping, client: deps.client, source, streamName: mapping.streamName, checkpoints: deps.checkpoints, log: deps.log }));
    }
  }
  for (const consumer of consumers) consumer.start();
  const unsubscribe = deps.onRecordsPut?.(() => {
    for (const consumer of consumers) consumer.recordsPut();
  });
  return {
    stop: async () => {
      unsubscribe?.();
      await Promise.all(consumers.map((consumer) => consumer.stop()));
    },
  };
}
