import { readFileSync } from 'node:fs';
import type { AuthenticationConfig } from '../../local/appsync/auth/authenticate';
import { createNoneDataSource } from '../../local/appsync/data-sources/none.data-source';
import type { ResolverDefinition } from '../../local/appsync/engine/resolver-definition';
import { wireSchema } from '../../local/appsync/engine/wire-schema';
import { buildAppSyncSchema } from '../../local/appsync/schema/build-schema';

/**
 * A small chat API that exercises every real-time feature: basic argument filtering
 * (`onMessage`), an enhanced filter (`onUrgent`), invalidation (`onMessage` + `kick`), a
 * resolver that denies (`onDenied`) and a directive that denies API keys (`onSecret`).
 */
const SDL = /* GraphQL */ `
  type Author @aws_api_key @aws_iam { name: String level: Int }
  type Message @aws_api_key @aws_iam {
    id: ID!
    room: String!
    text: String
    priority: Int
    tags: [String]
    author: Author
  }
  type Query { ping: String @aws_api_key }
  type Mutation {
    sendMessage(room: String!, text: String, priority: Int, tags: [String], author: AuthorInput): Message @aws_api_key @aws_iam
    kick(room: String!): String @aws_api_key @aws_iam
  }
  input AuthorInput { name: String level: Int }
  type Subscription {
    onMessage(room: String, priority: Int): Message @aws_subscribe(mutations: ["sendMessage"]) @aws_api_key @aws_iam
    onUrgent(room: String!, minPriority: Int): Message @aws_subscribe(mutations: ["sendMessage"]) @aws_api_key
    onDenied(room: String!): Message @aws_subscribe(mutations: ["sendMessage"]) @aws_api_key
    onSecret: Message @aws_subscribe(mutations: ["sendMessage"]) @aws_iam
  }
`;

const unit = (typeName: string, fieldName: string, code: string): ResolverDefinition => ({ kind: 'UNIT', typeName, fieldName, dataSource: 'none', code });

const RESOLVERS: ResolverDefinition[] = [
  unit('Mutation', 'sendMessage', `
    import { util } from '@aws-appsync/utils';
    export const request = (ctx) => ({ payload: { id: util.autoId(), ...ctx.args } });
    export const response = (ctx) => ctx.result;`),
  unit('Mutation', 'kick', `
    import { extensions } from '@aws-appsync/utils';
    export const request = () => ({ payload: 'kicked' });
    export function response(ctx) {
      extensions.invalidateSubscriptions({ subscriptionField: 'onMessage', payload: { room: ctx.args.room } });
      return ctx.result;
    }`),
  unit('Subscription', 'onMessage', `
    import { util, extensions } from '@aws-appsync/utils';
    export const request = () => ({ payload: null });
    export function response(ctx) {
      if (ctx.args.room) extensions.setSubscriptionInvalidationFilter(util.transform.toSubscriptionFilter({ room: { eq: ctx.args.room } }));
      return null;
    }`),
  unit('Subscription', 'onUrgent', `
    import { util, extensions } from '@aws-appsync/utils';
    export const request = () => ({ payload: null });
    export function response(ctx) {
      const room = ctx.args.room === 'overflow' ? { in: ['a', 'b', 'c', 'd', 'e', 'f'] } : { eq: ctx.args.room };
      extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter({ room, priority: { ge: ctx.args.minPriority ?? 5 } }));
      return null;
    }`),
  unit('Subscription', 'onDenied', `
    import { util } from '@aws-appsync/utils';
    export const request = () => ({ payload: null });
    export function response() { util.unauthorized(); }`),
];

/** The chat API's schema, wired to its resolvers over a NONE data source. */
export function chatSchema() {
  const schema = buildAppSyncSchema(SDL, readFileSync('schema/appsync-prelude.graphql', 'utf8'));
  return wireSchema(schema, { defaultMode: 'API_KEY', resolvers: RESOLVERS, dataSources: { none: createNoneDataSource() } });
}

export const CHAT_API_KEY = 'da2-chatfixturekey0000000000';
export const CHAT_CREDENTIALS = { accessKeyId: 'AKIDCHAT', secretAccessKey: 'chat-secret', accountId: '111122223333' };
export const CHAT_REGION = 'ap-northeast-1';

/** API key (default) and IAM, with one key and one access key. */
export function chatAuth(): AuthenticationConfig {
  return {
    defaultMode: 'API_KEY',
    additionalModes: ['AWS_IAM'],
    apiKeys: [{ id: CHAT_API_KEY, expires: Math.floor(Date.now() / 1000) + 86_400 }],
    iam: { credentials: [CHAT_CREDENTIALS], region: CHAT_REGION },
  };
}
