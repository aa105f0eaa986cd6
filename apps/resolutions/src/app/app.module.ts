import { DynamicModule, Module } from '@nestjs/common';
import { resolutionsDataSourceOptions } from '@civic/resolutions-data-access';
import { ResolutionsFeatureModule } from '@civic/resolutions-feature';
import { AuthModule, subgraphFoundation } from '@civic/platform';
import type { ResolutionsConfig } from '../config';

/** The resolutions subgraph: citizen resolutions, their pipelines and their public record. */
@Module({})
export class AppModule {
  static forRoot(config: ResolutionsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...subgraphFoundation({
          service: 'resolutions',
          logLevel: config.LOG_LEVEL,
          dataSource: resolutionsDataSourceOptions(config.DATABASE_URL),
          redisUrl: config.REDIS_URL,
        }),
        AuthModule.forRoot({ jwksUrl: config.AUTH_JWKS_URL, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE }),
        ResolutionsFeatureModule,
      ],
    };
  }
}
