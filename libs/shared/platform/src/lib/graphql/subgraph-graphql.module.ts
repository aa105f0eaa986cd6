import { Logger, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DomainErrorFilter } from '../errors';
import { subgraphGraphQLOptions } from './subgraph-graphql.options';

const logger = new Logger('GraphQL');

/** The GraphQL endpoint of a subgraph service. Import once, in the app module. */
@Module({
  imports: [
    GraphQLModule.forRoot<ApolloFederationDriverConfig>(subgraphGraphQLOptions((error) => logger.error(error instanceof Error ? error.stack : String(error)))),
  ],
  providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
})
export class SubgraphGraphQLModule {}
