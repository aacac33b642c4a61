/**
 * How long the user pool's ID and access tokens live, in minutes: the CDK app sets its app
 * clients so, the local stack its pool's client. AppSync accepts a signed token until it
 * expires, even after its user was disabled or moved to another group; a short life bounds
 * that window, and the apps refresh tokens without the user noticing (Cognito's minimum is 5).
 */
export const TOKEN_LIFETIME_MINUTES = { id: 15, access: 15 } as const;
