import { util } from '@aws-appsync/utils';

/** Partner ids, user ids: lower-case UUIDs (util.matches takes Java patterns, whole-string). */
export const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Device ids are AWS IoT thing names (domain/device/device.entity.ts). */
export const DEVICE_ID_PATTERN = '[a-zA-Z0-9:_-]{1,128}';

/**
 * Refuses an id argument that cannot name anything, with the ValidationError the domain gives,
 * before it reaches DynamoDB (which would refuse an over-long key as an internal error).
 */
export function requireId(field: string, value: string, pattern: string) {
  if (!util.matches(pattern, value)) {
    const reason = 'is not a valid id';
    util.error(`${field}: ${reason}`, 'ValidationError', null, { field, reason });
  }
}
