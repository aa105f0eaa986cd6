import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventConsumerModule, OutboxRelayModule } from '@civic/data-access';
import { AuthModule, HealthModule, LoggingModule, RedisModule, SubgraphGraphQLModule } from '@civic/platform';
import { votingDataSourceOptions } from '@civic/voting-data-access';
import { VotingFeatureModule } from '@civic/voting-feature';
import type { VotingConfig } from '../config';

/** The voting subgraph: voter eligibility (from identity's residency events), later ballots. */
@Module({})
export class AppModule {
  static forRoot(config: VotingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot({ service: 'voting', level: config.LOG_LEVEL }),
        TypeOrmModule.forRoot(votingDataSourceOptions(config.DATABASE_URL)),
        RedisModule.forRoot(config.REDIS_URL),
        AuthModule.forRoot({ jwksUrl: config.AUTH_JWKS_URL, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE }),
        SubgraphGraphQLModule,
        HealthModule,
        OutboxRelayModule.forRoot({ service: 'voting', redisUrl: config.REDIS_URL, pollMs: config.OUTBOX_POLL_MS }),
        EventConsumerModule.forRoot({ service: 'voting', redisUrl: config.REDIS_URL }),
        VotingFeatureModule,
      ],
    };
  }
}
