import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';

/**
 * Two small Apollo subgraphs (Apollo's standalone node:http server) for gateway tests: they count every resolver
 * call and echo the headers the gateway forwarded, so tests can prove what reached them.
 */
export interface FakeSubgraphs {
  urls: Record<string, string>;
  supergraphSdl: string;
  /** Resolver calls so far, all subgraphs together. */
  calls(): number;
  stop(): Promise<void>;
}

const identitySdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query {
    me: Account
    whoSentMe: Forwarded!
    internalFailure: String
    forbiddenThing: String
  }
  type Forwarded { authorization: String, requestId: String }
  type Account @key(fields: "id") {
    id: ID!
    email: String!
    friend: Account
  }
`;

const assembliesSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { jurisdictions: [Jurisdiction!]! }
  type Jurisdiction @key(fields: "code") { code: ID!, name: String!, parent: Jurisdiction }
`;

interface SubgraphContext {
  headers: Record<string, string | string[] | undefined>;
}

export async function startFakeSubgraphs(): Promise<FakeSubgraphs> {
  let calls = 0;
  const counted = <T>(value: T) => {
    calls += 1;
    return value;
  };
  const account = (id: string) => ({ id, email: `${id}@example.org` });

  const identity = buildSubgraphSchema({
    typeDefs: parse(identitySdl),
    resolvers: {
      Query: {
        me: () => counted(account('a1')),
        whoSentMe: (_: unknown, __: unknown, ctx: unknown) => {
          const { headers } = ctx as SubgraphContext;
          return counted({ authorization: headers['authorization'] ?? null, requestId: headers['x-request-id'] ?? null });
        },
        internalFailure: () => {
          calls += 1;
          throw new GraphQLError('connection to db.internal:5432 refused at /srv/identity/src/x.ts:42', {
            extensions: { code: 'INTERNAL_SERVER_ERROR', exception: { stacktrace: ['at secret (/srv/identity/src/x.ts:42)'] } },
          });
        },
        forbiddenThing: () => {
          calls += 1;
          throw new GraphQLError('Your role does not allow this.', {
            extensions: { code: 'FORBIDDEN', stacktrace: ['at guard (/srv/identity/src/guard.ts:7)'], exception: { internal: true } },
          });
        },
      },
      Account: {
        friend: (parent: { id: string }) => counted(account(`${parent.id}-friend`)),
        __resolveReference: (ref: { id: string }) => counted(account(ref.id)),
      },
    },
  });
  const assemblies = buildSubgraphSchema({
    typeDefs: parse(assembliesSdl),
    resolvers: {
      Query: { jurisdictions: () => counted([{ code: '55025', name: 'Dane' }]) },
      Jurisdiction: { parent: () => counted({ code: '55', name: 'Wisconsin' }) },
    },
  });

  const started = await Promise.all([serve(identity), serve(assemblies)]);
  const [identityServer, assembliesServer] = started;
  const urls = { identity: identityServer.url, assemblies: assembliesServer.url };

  const composition = composeServices([
    { name: 'identity', url: 'http://127.0.0.1:1/graphql', typeDefs: parse(identitySdl) },
    { name: 'assemblies', url: 'http://127.0.0.1:2/graphql', typeDefs: parse(assembliesSdl) },
  ]);
  if (composition.errors) throw new Error(composition.errors.map((e) => e.message).join('\n'));

  return {
    urls,
    supergraphSdl: composition.supergraphSdl,
    calls: () => calls,
    stop: async () => {
      await Promise.all(started.map((s) => s.stop()));
    },
  };
}

async function serve(schema: ReturnType<typeof buildSubgraphSchema>): Promise<{ url: string; stop: () => Promise<void> }> {
  // Stack traces on, as a careless subgraph might have them: the gateway must strip them.
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    includeStacktraceInErrorResponses: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ headers: req.headers }),
  });
  return { url: new URL('/graphql', url).toString(), stop: () => apollo.stop() };
}
