import type { Caller } from './caller';

/**
 * An AWS access key the local runtime accepts for SigV4 (IAM) requests, and the IAM principal
 * it stands for: AppSync has no keys of its own, it asks IAM; locally this list is IAM.
 */
export interface IamCredential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** `ctx.identity.accountId`; `000000000000` when not given. */
  readonly accountId?: string;
  /** `ctx.identity.userArn`; an IAM user named after the key when not given. */
  readonly userArn?: string;
  /** `ctx.identity.username` (IAM's unique id of the principal); the access key id when not given. */
  readonly username?: string;
}

const LOCAL_ACCOUNT = '000000000000';

/** The caller of a verified SigV4 request, with the identity AppSync gives IAM callers. */
export function iamCaller(credential: IamCredential, sourceIp: string): Caller {
  const accountId = credential.accountId ?? LOCAL_ACCOUNT;
  return {
    mode: 'AWS_IAM',
    groups: [],
    identity: {
      accountId,
      // Set only for Cognito identity pool credentials, which the local runtime does not issue.
      cognitoIdentityPoolId: null,
      cognitoIdentityId: null,
      cognitoIdentityAuthType: null,
      cognitoIdentityAuthProvider: null,
      sourceIp: [sourceIp],
      username: credential.username ?? credential.accessKeyId,
      userArn: credential.userArn ?? `arn:aws:iam::${accountId}:user/${credential.accessKeyId}`,
    },
  };
}
