import { BullModule } from '@nestjs/bullmq';
import type { ConnectionOptions } from 'bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { EventConsumerModule, OutboxRelayModule } from '@civic/data-access';
import { AuthModule, redisOptions, subgraphFoundation } from '@civic/platform';
import { resolutionsDataSourceOptions } from '@civic/resolutions-data-access';
import { ResolutionsFeatureModule } from '@civic/resolutions-feature';
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
        OutboxRelayModule.forRoot({ service: 'resolutions', redisUrl: config.REDIS_URL, pollMs: config.OUTBOX_POLL_MS }),
        // Residency (identity), memberships and conflicts (assemblies), results (voting).
        EventConsumerModule.forRoot({ service: 'resolutions', redisUrl: config.REDIS_URL }),
        // Stage deadlines are delayed jobs in Redis: they survive restarts, unlike timers. Options,
        // not a connection: BullMQ closes only the connections it opened itself.
        BullModule.forRoot({ connection: redisOptions(config.REDIS_URL, 'worker') as ConnectionOptions }),
        ResolutionsFeatureModule.forRoot({
          deadlineSweepMs: config.DEADLINE_SWEEP_MS,
          carryOverCron: config.CARRY_OVER_CRON,
          carryOverTimeZone: config.CARRY_OVER_TIME_ZONE,
        }),
      ],
    };
  }
}
