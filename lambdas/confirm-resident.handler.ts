import type { Context, PostConfirmationTriggerEvent } from 'aws-lambda';
import { ConfirmResident } from '../domain/user/confirm-resident.service';
import { CognitoUserDirectory } from '../infra/cognito/cognito-user.directory';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import { lambdaLogKeys, logger, withLogContext } from '../infra/logging/logger';

const users = new DynamoDbUserRepository();

/**
 * Cognito's PostConfirmation trigger: a resident who signed up from the app and confirmed their
 * email gets the owner group and a user item. The pool comes from the event, not a setting: the
 * pool names this function as its trigger, so the function cannot name the pool back (a
 * deployment cycle). A failure throws, and Cognito tells the app the confirmation failed.
 */
export async function handler(event: PostConfirmationTriggerEvent, context: Context): Promise<PostConfirmationTriggerEvent> {
  return withLogContext({ ...lambdaLogKeys(context), user_id: event.request.userAttributes['sub'] }, async () => {
    // A password reset confirms too; only a sign-up makes a resident.
    if (event.triggerSource !== 'PostConfirmation_ConfirmSignUp') return event;
    const attributes = event.request.userAttributes;
    const confirm = new ConfirmResident({ directory: new CognitoUserDirectory(event.userPoolId), users });
    try {
      const resident = await confirm.execute({ sub: attributes['sub'], email: attributes['email'], name: attributes['name'] });
      logger.info('resident signed up', { log_event: 'resident_confirmed', created_user_id: resident.userId });
      return event;
    } catch (error) {
      logger.error('resident confirmation failed', { log_event: 'resident_confirmation_failed', error });
      throw error;
    }
  });
}
