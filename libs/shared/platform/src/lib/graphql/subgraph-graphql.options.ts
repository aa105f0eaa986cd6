import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { ApolloFederationDriverConfig } from '@nestjs/apollo';
import { ApolloFederationDriver } from '@nestjs/apollo';
import { createGraphQLErrorFormatter } from '../errors';

/**
 * GraphQL options shared by every subgraph: Federation 2 schema built from code, errors
 * mapped to public codes in one place, no stack traces, no landing page (people use the
 * gateway's explorer), the HTTP request in the context for the access guard.
 */
export function subgraphGraphQLOptions(onInternalError: (error: unknown) => void): ApolloFederationDriverConfig {
  return {
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // No Apollo Studio: traces would only cost time on every request. No cache-control
    // hints either: nothing caches responses by them, and the hook runs on every field
    // resolved (measured: 40% of a subgraph's time on a large results read).
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
    // No context option: Nest's driver puts the HTTP request in the context as `req` itself,
    // whichever HTTP server delivered it (Fastify hands Apollo the request, not `{ req }`).
    // Run the access guard on field and entity resolvers too, not only on root fields:
    // private fields (an account's email, its eligibility) declare their own rules.
    fieldResolverEnhancers: ['guards', 'filters'],
    formatError: createGraphQLErrorFormatter(onInternalError),
  };
}
