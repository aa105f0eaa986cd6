import type { ApolloServerPlugin, GraphQLServerListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';

/**
 * Remembers whether the gateway has a schema to serve. Apollo calls this when the
 * supergraph is loaded (at start-up for the static supergraph); readiness reports it.
 */
@Plugin()
export class SchemaReadinessPlugin implements ApolloServerPlugin {
  private loadedAt: Date | undefined;

  get loaded(): boolean {
    return this.loadedAt !== undefined;
  }

  async serverWillStart(): Promise<GraphQLServerListener> {
    return {
      schemaDidLoadOrUpdate: () => {
        this.loadedAt = new Date();
      },
      serverWillStop: async () => {
        this.loadedAt = undefined;
      },
    };
  }
}
