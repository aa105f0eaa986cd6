import { DynamicModule, Inject, Logger, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { LoggingModule } from '@civic/platform';
import type { GatewayConfig } from './config';
import { ExplorerController } from './explorer/explorer.controller';
import { EXPLORER_PATH } from './explorer/explorer-page';
import { gatewayGraphQLOptions, readSupergraph } from './graphql/gateway-graphql.options';
import { SchemaReadinessPlugin } from './graphql/schema-readiness.plugin';
import { GatewayHealthController } from './health/health.controller';
import { explorerRedirectMiddleware, requestBodyMiddleware } from './http/request-body.middleware';

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

const graphqlLogger = new Logger('GraphQL');

export interface GatewayModuleOptions {
  /** The supergraph SDL; defaults to the committed apps/gateway/supergraph.graphql. */
  supergraphSdl?: string;
}

/** The whole gateway: logging, the federated GraphQL endpoint, health and the explorer. */
@Module({})
export class GatewayModule implements NestModule {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  static forRoot(config: GatewayConfig, options: GatewayModuleOptions = {}): DynamicModule {
    const supergraphSdl = options.supergraphSdl ?? readSupergraph();
    return {
      module: GatewayModule,
      imports: [
        LoggingModule.forRoot({ service: 'gateway', level: config.LOG_LEVEL }),
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>(
          gatewayGraphQLOptions(config, supergraphSdl, (error, requestId) =>
            graphqlLogger.error({ msg: 'masked GraphQL error', requestId, error: describe(error) }),
          ),
        ),
      ],
      controllers: [GatewayHealthController, ExplorerController],
      providers: [{ provide: GATEWAY_CONFIG, useValue: config }, SchemaReadinessPlugin],
    };
  }

  // Nest registers these after the logging middleware of the imported LoggingModule and
  // before the GraphQL endpoint, so a refused body is logged with its request id.
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(requestBodyMiddleware(this.config.BODY_LIMIT), explorerRedirectMiddleware(EXPLORER_PATH))
      .forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}
