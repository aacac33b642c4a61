import { Match, type Template } from 'aws-cdk-lib/assertions';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_LIFETIME_MINUTES } from '../../api/token-lifetimes';
import { APP_CLIENTS, AuthConstruct } from '../../cdk/auth.construct';
import { synthConstruct } from './support/synth';

describe('AuthConstruct', () => {
  let dev: Template;
  let prod: Template;

  beforeAll(() => {
    // Act: one synth per stage for the whole file.
    dev = synthConstruct((stack) => new AuthConstruct(stack, 'Auth', { stage: 'dev' }));
    prod = synthConstruct((stack) => new AuthConstruct(stack, 'Auth', { stage: 'prod' }));
  });

  it('makes a resident`s user item on confirmation: the PostConfirmation trigger', () => {
    // Act
    const withTriggers = synthConstruct((stack) => {
      const auth = new AuthConstruct(stack, 'Auth', { stage: 'dev' });
      auth.addTriggers((id) => new LambdaFunction(stack, id, { functionName: id, runtime: Runtime.NODEJS_22_X, handler: 'index.handler', code: Code.fromInline('export const handler = async (event) => event;') }));
    });

    // Assess
    const [trigger] = Object.keys(withTriggers.findResources('AWS::Lambda::Function', { Properties: { FunctionName: 'confirmResident' } }));
    withTriggers.hasResourceProperties('AWS::Cognito::UserPool', { LambdaConfig: { PostConfirmation: { 'Fn::GetAtt': [trigger, 'Arn'] } } });
    withTriggers.hasResourceProperties('AWS::Lambda::Permission', { Principal: 'cognito-idp.amazonaws.com', FunctionName: { 'Fn::GetAtt': [trigger, 'Arn'] } });
  });

  it('asks for strong passwords: 12 characters with lower and upper case, digits and symbols', () => {
    // Assess
    dev.hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: { PasswordPolicy: { MinimumLength: 12, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true } },
    });
  });

  it.each(APP_CLIENTS)('app client %s issues ID and access tokens that live 15 minutes', (name) => {
    // Assess
    expect(TOKEN_LIFETIME_MINUTES).toEqual({ id: 15, access: 15 });
    dev.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: name,
      IdTokenValidity: 15,
      AccessTokenValidity: 15,
      TokenValidityUnits: Match.objectLike({ IdToken: 'minutes', AccessToken: 'minutes' }),
    });
  });

  it('signs users in with their email and lets residents sign up', () => {
    // Assess
    dev.resourceCountIs('AWS::Cognito::UserPool', 1);
    dev.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
    });
  });

  it('has one group per user level', () => {
    // Prepare
    const groups = ['admin', 'operator', 'owner'];

    // Assess
    dev.resourceCountIs('AWS::Cognito::UserPoolGroup', groups.length);
    for (const group of groups) dev.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: group });
  });

  it.each(APP_CLIENTS)('app client %s signs in with SRP or password and has no secret', (name) => {
    // Prepare
    const clients = dev.findResources('AWS::Cognito::UserPoolClient', { Properties: { ClientName: name } });

    // Act
    const [client] = Object.values(clients) as { Properties: Record<string, unknown> }[];

    // Assess
    expect(Object.keys(clients)).toHaveLength(1);
    expect(client?.Properties).toMatchObject({ GenerateSecret: false });
    expect(client?.Properties.AllowedOAuthFlows).toBeUndefined();
    expect((client?.Properties.ExplicitAuthFlows as string[]).toSorted()).toEqual(
      ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH'],
    );
  });

  it('protects the user pool from deletion in prod only', () => {
    // Assess
    prod.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ DeletionProtection: 'ACTIVE' }) });
    dev.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Delete', Properties: Match.objectLike({ DeletionProtection: 'INACTIVE' }) });
  });
});
