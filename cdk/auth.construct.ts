import { Duration } from 'aws-cdk-lib';
import { AccountRecovery, UserPool, UserPoolOperation, type UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { userPoolTriggers, type FunctionId } from '../api/manifest';
import { TOKEN_LIFETIME_MINUTES } from '../api/token-lifetimes';
import { groupOf, USER_LEVELS } from '../domain/user/user.entity';
import { isProduction, removalPolicyFor } from './stage';

export interface AuthProps {
  readonly stage: string;
}

/** The sign-in clients: the workers' device-manage SPA and the residents' mobile app. */
export const APP_CLIENTS = ['spa', 'mobile'] as const;
export type AppClientName = (typeof APP_CLIENTS)[number];

/** The Cognito user pool: one group per user level, one app client per front end. */
export class AuthConstruct extends Construct {
  readonly userPool: UserPool;
  readonly clients: Readonly<Record<AppClientName, UserPoolClient>>;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `takuhai-${props.stage}`,
      signInAliases: { email: true },
      // Residents sign up from the mobile app; workers are created by admins (createUser).
      selfSignUpEnabled: true,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      deletionProtection: isProduction(props.stage),
      removalPolicy: removalPolicyFor(props.stage),
    });
    for (const level of USER_LEVELS) {
      const groupName = groupOf(level);
      this.userPool.addGroup(groupName, { groupName, description: `Takuhai ${groupName} users` });
    }
    this.clients = { spa: this.addClient('spa'), mobile: this.addClient('mobile') };
  }

  /** Attaches the pool's triggers of `api/manifest.ts` (a resident's confirmation makes their user). */
  addTriggers(lambda: (id: FunctionId) => IFunction): void {
    for (const [trigger, functionId] of Object.entries(userPoolTriggers)) {
      // The manifest names triggers as Cognito's API does (PostConfirmation); CDK in camel case.
      this.userPool.addTrigger(UserPoolOperation.of(`${trigger.charAt(0).toLowerCase()}${trigger.slice(1)}`), lambda(functionId));
    }
  }

  private addClient(name: AppClientName): UserPoolClient {
    return this.userPool.addClient(name, {
      userPoolClientName: name,
      // Public clients (browser, phone) cannot keep a secret.
      generateSecret: false,
      // SRP for the apps; USER_PASSWORD for scripted sign-in by the end-to-end tests.
      authFlows: { userSrp: true, userPassword: true },
      preventUserExistenceErrors: true,
      // Short-lived tokens bound how long a disabled user's token still works (api/token-lifetimes.ts).
      idTokenValidity: Duration.minutes(TOKEN_LIFETIME_MINUTES.id),
      accessTokenValidity: Duration.minutes(TOKEN_LIFETIME_MINUTES.access),
      // No hosted UI: the apps sign in through the Cognito API, so no OAuth callback to guard.
      disableOAuth: true,
    });
  }
}
