/** A GraphQL call over HTTP, as any client of the API makes it. */
export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: { errorType: string | null; message: string; path?: (string | number)[] | null; errorInfo?: unknown }[];
}

/** A user's ID token, a partner's key (both sent as `Authorization`), an API key, or nothing. */
export type Credentials = { idToken: string } | { partnerKey: string } | { apiKey: string } | Record<string, never>;

export async function graphql<Data = Record<string, unknown>>(
  url: string,
  credentials: Credentials,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<Data>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if ('idToken' in credentials) headers['authorization'] = credentials.idToken;
  if ('partnerKey' in credentials) headers['authorization'] = credentials.partnerKey;
  if ('apiKey' in credentials) headers['x-api-key'] = credentials.apiKey;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as Omit<GraphQLResponse<Data>, 'status'>;
  return { status: response.status, ...body };
}

/** The data of a call that must succeed (a test's set-up step): any error throws, naming the call. */
export async function graphqlData<Data = Record<string, unknown>>(url: string, credentials: Credentials, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const answer = await graphql<Data>(url, credentials, query, variables);
  if (answer.errors?.length || !answer.data) throw new Error(`${query.replace(/\s+/g, ' ').slice(0, 60)}: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}
