/**
 * How long the user pool's ID and access tokens live, in minutes: the CDK app sets its app
 * clients so, the local stack its pool's client. AppSync accepts a signed token until it
 * expires, even after its user was disabled or moved to another group: the resolvers refuse a
 * disabled user (domain/user/README.md), and a short life bounds how long a level change waits
 * for the token; the apps refresh tokens without the user noticing (Cognito's minimum is 5).
 */
export const TOKEN_LIFETIME_MINUTES = { id: 15, access: 15 } as const;
