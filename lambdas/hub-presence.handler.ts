import type { Context } from 'aws-lambda';
import { RecordHubPresence, type PresenceMessage } from '../domain/events/record-hub-presence.service';
import { DynamoDbDeviceStateRepository } from '../infra/dynamodb/dynamodb-device-state.repository';
import { lambdaLogKeys, logger, withLogContext } from '../infra/logging/logger';
import { stepLog } from '../infra/logging/step-log';

const presence = new RecordHubPresence({ state: new DynamoDbDeviceStateRepository(), log: stepLog });

/**
 * AWS IoT presence events (`$aws/events/presence/+/+`): keeps the hub's `online` and `lastSeenAt`.
 * A failure throws, so the rule's Lambda action retries; the write is idempotent.
 */
export async function handler(event: PresenceMessage, context: Context) {
  return withLogContext(lambdaLogKeys(context), async () => {
    try {
      return { outcome: await presence.execute(event) };
    } catch (error) {
      logger.error('presence update failed', { log_event: 'presence_failed', error, event });
      throw error;
    }
  });
}
