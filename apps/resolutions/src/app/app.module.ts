import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { resolutionsDataSourceOptions } from '@civic/resolutions-data-access';
import { ResolutionsFeatureModule } from '@civic/resolutions-feature';
import { AuthModule, HealthModule, LoggingModule, RedisModule, SubgraphGraphQLModule } from '@civic/platform';
import type { ResolutionsConfig } from '../config';

/** The resolutions subgraph: citizen resolutions, their pipelines and their public record. */
@Module({})
export class AppModule {
  static forRoot(config: ResolutionsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot({ service: 'resolutions', level: config.LOG_LEVEL }),
        TypeOrmModule.forRoot(resolutionsDataSourceOptions(config.DATABASE_URL)),
        RedisModule.forRoot(config.REDIS_URL),
        AuthModule.forRoot({ jwksUrl: config.AUTH_JWKS_URL, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE }),
        SubgraphGraphQLModule,
        HealthModule,
        ResolutionsFeatureModule,
      ],
    };
  }
}
