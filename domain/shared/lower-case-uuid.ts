/** A UUID as `crypto.randomUUID()` and Cognito write it: hex digits in lower case. */
export const LOWER_CASE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
