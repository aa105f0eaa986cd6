import { DynamicModule, Module } from '@nestjs/common';
import { assembliesDataSourceOptions } from '@civic/assemblies-data-access';
import { AssembliesFeatureModule } from '@civic/assemblies-feature';
import { EventConsumerModule, OutboxRelayModule } from '@civic/data-access';
import { AuthModule, subgraphFoundation } from '@civic/platform';
import type { AssembliesConfig } from '../config';

/** The assemblies subgraph: the congress, its jurisdictions, assemblies and bodies. */
@Module({})
export class AppModule {
  static forRoot(config: AssembliesConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...subgraphFoundation({
          service: 'assemblies',
          logLevel: config.LOG_LEVEL,
          dataSource: assembliesDataSourceOptions(config.DATABASE_URL),
          redisUrl: config.REDIS_URL,
        }),
        AuthModule.forRoot({ jwksUrl: config.AUTH_JWKS_URL, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE }),
        // Body memberships and conflicts on resolutions go to the resolutions service.
        OutboxRelayModule.forRoot({ service: 'assemblies', redisUrl: config.REDIS_URL, pollMs: config.OUTBOX_POLL_MS }),
        // Identity's residency events feed the residents read model behind check-in.
        EventConsumerModule.forRoot({ service: 'assemblies', redisUrl: config.REDIS_URL }),
        AssembliesFeatureModule,
      ],
    };
  }
}
