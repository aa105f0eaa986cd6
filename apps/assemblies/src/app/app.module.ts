import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { assembliesDataSourceOptions } from '@civic/assemblies-data-access';
import { AssembliesFeatureModule } from '@civic/assemblies-feature';
import { AuthModule, HealthModule, LoggingModule, RedisModule, SubgraphGraphQLModule } from '@civic/platform';
import type { AssembliesConfig } from '../config';

/** The assemblies subgraph: the congress, its jurisdictions, assemblies and bodies. */
@Module({})
export class AppModule {
  static forRoot(config: AssembliesConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot({ service: 'assemblies', level: config.LOG_LEVEL }),
        TypeOrmModule.forRoot(assembliesDataSourceOptions(config.DATABASE_URL)),
        RedisModule.forRoot(config.REDIS_URL),
        AuthModule.forRoot({ jwksUrl: config.AUTH_JWKS_URL, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE }),
        SubgraphGraphQLModule,
        HealthModule,
        AssembliesFeatureModule,
      ],
    };
  }
}
