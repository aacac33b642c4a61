import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ConfirmSignUpCommand, InitiateAuthCommand, SignUpCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { StackOutputs } from '../../local/stack/outputs';
import { localUserPool, signIn } from './cognito-client';
import { withUserPool, type UserPool } from './user-pool';

// Terminal colours (when FORCE_COLOR reaches cognito-local, its mail box's borders carry them).
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;

/**
 * The code Cognito mailed to `email`: cognito-local prints each mail in its log
 * (`<home>/logs/cognito.log`), the local stand-in for the resident's inbox.
 */
export async function mailedCode(stackHome: string, email: string, timeoutMs = 15_000, nudge?: () => Promise<void>): Promise<string> {
  const pattern = new RegExp(`Destination:\\s+${email.replace(/[.+]/g, (char) => `\\${char}`)}[\\s│]+Code:\\s+(\\w+)`);
  const deadline = Date.now() + timeoutMs;
  for (let round = 1; ; round++) {
    const log = readFileSync(join(stackHome, 'logs', 'cognito.log'), 'utf8').replace(ANSI_ESCAPE, '');
    const code = pattern.exec(log)?.[1];
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no confirmation code mailed to ${email}`);
    // cognito-local can hold the mail back until it logs another line: `nudge` makes it log one.
    if (nudge && round % 10 === 0) await nudge();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * cognito-local's logger (pino-pretty) can hold its last line back until it writes another, so a
 * mail may not reach the log: a refused sign-in of nobody makes it write a warning, and the mail
 * comes out. For `mailedCode`'s `nudge`.
 */
export function mailboxNudge(cognito: CognitoIdentityProviderClient, clientId: string): () => Promise<void> {
  return () =>
    cognito.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: 'nobody@example.invalid', PASSWORD: 'nothing' } })).then(
      () => undefined,
      () => undefined,
    );
}

/**
 * A resident as the app signs one up through app client `clientId`: SignUp, the code from the
 * mail (cognito-local prints it in the log of the stack in `stackHome`), ConfirmSignUp; the
 * pool's trigger then makes their OWNER user. Answers their `sub`.
 */
export function signUpWithMailedCode(pool: UserPool, clientId: string, stackHome: string, user: { email: string; password: string; name: string }): Promise<string> {
  return withUserPool(pool, async (cognito) => {
    const signedUp = await cognito.send(
      new SignUpCommand({ ClientId: clientId, Username: user.email, Password: user.password, UserAttributes: [{ Name: 'email', Value: user.email }, { Name: 'name', Value: user.name }] }),
    );
    await cognito.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: user.email, ConfirmationCode: await mailedCode(stackHome, user.email, 20_000, mailboxNudge(cognito, clientId)) }));
    return signedUp.UserSub ?? '';
  });
}

/** A resident as the app signs one up: SignUp, the mailed code, ConfirmSignUp, then sign-in. */
export async function residentSignsUp(stack: StackOutputs, stackHome: string, name = 'Resident'): Promise<{ email: string; sub: string; idToken: string }> {
  const email = `resident-${randomUUID().slice(0, 8)}@example.com`;
  const password = `Pw-${randomUUID()}`;
  const sub = await signUpWithMailedCode(localUserPool(stack), stack.cognito.userPoolClientId, stackHome, { email, password, name });
  return { email, sub, idToken: await signIn(stack, email, password) };
}

/** The claims of a token, unverified: what a test needs to read its groups. */
export function claimsOf(idToken: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}
