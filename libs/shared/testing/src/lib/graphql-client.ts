export interface GraphQLErrorBody {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface GraphQLResult<T> {
  status: number;
  data?: T;
  errors?: GraphQLErrorBody[];
}

/** A minimal GraphQL-over-HTTP client for integration tests of one service. */
export function graphqlClient(endpoint: string) {
  return async function gql<T>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { token?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResult<T>> {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResult<T>, 'status'>;
    return { status: response.status, ...body };
  };
}

/** The first error's code, for `expect(codeOf(result)).toBe(ErrorCode.X)`. */
export function codeOf(result: GraphQLResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** A client as `graphqlClient` returns it. */
export type GraphQLClient = ReturnType<typeof graphqlClient>;

/** The data of an operation that had to succeed; throws with its GraphQL errors otherwise. */
export function dataOf<T>(result: GraphQLResult<T>): T {
  if (!result.data || result.errors) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/**
 * A client for operations that must succeed: `ok(query, variables, token?)` returns the data
 * or throws with the errors. `defaultToken` is sent when a call names none.
 */
export function succeedingClient(gql: GraphQLClient, defaultToken?: string) {
  return async function ok<T>(query: string, variables: Record<string, unknown> = {}, token: string | undefined = defaultToken): Promise<T> {
    return dataOf(await gql<T>(query, variables, { token }));
  };
}
