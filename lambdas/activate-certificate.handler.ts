import type { Context } from 'aws-lambda';
import { ActivateCertificate } from '../domain/registration/activate-certificate.service';
import { DynamoDbDeviceRepository } from '../infra/dynamodb/dynamodb-device.repository';
import { AwsIotRegistry } from '../infra/iot/aws-iot.registry';
import { lambdaLogKeys, logger, withLogContext } from '../infra/logging/logger';
import { stepLog } from '../infra/logging/step-log';
import { taskRecorder } from './shared/task-recorder';

/** What AWS IoT publishes on `$aws/events/certificates/registered/<caCertificateId>`. */
export interface CertificateRegisteredEvent {
  certificateId?: unknown;
  caCertificateId?: unknown;
  certificateStatus?: unknown;
}

const activate = new ActivateCertificate({ devices: new DynamoDbDeviceRepository(), iot: new AwsIotRegistry(), recorder: taskRecorder(), log: stepLog });

/**
 * JIT registration, invoked by the IoT rule on certificate-registered events. A failure throws,
 * so the rule's Lambda action retries; AWS also re-announces the certificate at the device's
 * next connection attempt, and every step is idempotent.
 */
export async function handler(event: CertificateRegisteredEvent, context: Context) {
  return withLogContext(lambdaLogKeys(context), async () => {
    if (typeof event.certificateId !== 'string' || !/^[0-9a-f]{64}$/.test(event.certificateId)) {
      logger.warn('ignored event without a certificate id', { log_event: 'jit_event_ignored', event });
      return { outcome: 'IGNORED' };
    }
    try {
      return await activate.execute(event.certificateId);
    } catch (error) {
      logger.error('certificate activation failed', { log_event: 'certificate_activation_failed', error, event });
      throw error;
    }
  });
}
