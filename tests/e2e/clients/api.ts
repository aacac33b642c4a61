import { graphql, type Credentials, type GraphQLResponse } from '../../support/graphql-client';
import type { E2eSettings } from '../settings/e2e-settings';

/** The API over HTTP as the apps call it: the whole answer, errors included. */
export function ask<Data = Record<string, unknown>>(settings: E2eSettings, who: Credentials, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<Data>> {
  return graphql<Data>(settings.graphqlUrl, who, query, variables);
}

/** The API's data, for steps that must succeed: any error fails the step, naming it. */
export async function call<Data = Record<string, unknown>>(settings: E2eSettings, who: Credentials, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const answer = await ask<Data>(settings, who, query, variables);
  if (answer.errors?.length || !answer.data) throw new Error(`${query.replace(/\s+/g, ' ').slice(0, 60)}: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}
