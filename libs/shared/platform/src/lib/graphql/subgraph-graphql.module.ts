import { Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloFederationDriverConfig } from '@nestjs/apollo';
import { subgraphGraphQLOptions } from './subgraph-graphql.options';

const logger = new Logger('GraphQL');

/** The GraphQL endpoint of a subgraph service. Import once, in the app module. */
@Module({
  imports: [
    GraphQLModule.forRoot<ApolloFederationDriverConfig>(
      subgraphGraphQLOptions((error) => logger.error(error instanceof Error ? error.stack : String(error))),
    ),
  ],
})
export class SubgraphGraphQLModule {}
