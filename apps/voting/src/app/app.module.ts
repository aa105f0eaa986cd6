import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import type { ConnectionOptions } from 'bullmq';
import { EventConsumerModule, OutboxRelayModule } from '@civic/data-access';
import { AuthModule, redisOptions, subgraphFoundation } from '@civic/platform';
import { votingDataSourceOptions } from '@civic/voting-data-access';
import { VotingFeatureModule } from '@civic/voting-feature';
import type { VotingConfig } from '../config';

/**
 * The voting subgraph: voter eligibility (from identity's residency events), the yearly
 * questionnaire with its secret ballots and paper totals, live and certified results, recounts
 * (run by the worker), and delegate roll calls with their schedules.
 */
@Module({})
export class AppModule {
  static forRoot(config: VotingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...subgraphFoundation({
          service: 'voting',
          logLevel: config.LOG_LEVEL,
          dataSource: votingDataSourceOptions(config.DATABASE_URL),
          redisUrl: config.REDIS_URL,
        }),
        AuthModule.forRoot({ jwksUrl: config.AUTH_JWKS_URL, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE }),
        OutboxRelayModule.forRoot({ service: 'voting', redisUrl: config.REDIS_URL, pollMs: config.OUTBOX_POLL_MS }),
        EventConsumerModule.forRoot({ service: 'voting', redisUrl: config.REDIS_URL }),
        // Options, not a connection: BullMQ closes only the connections it made itself.
        BullModule.forRoot({ connection: redisOptions(config.REDIS_URL, 'worker') as ConnectionOptions }),
        VotingFeatureModule,
      ],
    };
  }
}
