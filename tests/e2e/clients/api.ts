import { graphql, graphqlData, type Credentials, type GraphQLResponse } from '../../support/graphql-client';
import type { E2eSettings } from '../settings/e2e-settings';

/** The API over HTTP as the apps call it: the whole answer, errors included. */
export function ask<Data = Record<string, unknown>>(settings: E2eSettings, who: Credentials, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<Data>> {
  return graphql<Data>(settings.graphqlUrl, who, query, variables);
}

/** The API's data, for steps that must succeed: any error fails the step, naming it. */
export function call<Data = Record<string, unknown>>(settings: E2eSettings, who: Credentials, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  return graphqlData<Data>(settings.graphqlUrl, who, query, variables);
}
