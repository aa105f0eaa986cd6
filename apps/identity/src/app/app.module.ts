import { DynamicModule, Module } from '@nestjs/common';
import { OutboxRelayModule } from '@civic/data-access';
import { identityDataSourceOptions } from '@civic/identity-data-access';
import { IdentityFeatureModule, IdentityKeysModule, SigningKeyStore } from '@civic/identity-feature';
import { AuthModule, subgraphFoundation } from '@civic/platform';
import { identityFeatureOptions, type IdentityConfig } from '../config';

/** The identity subgraph: accounts, sessions, signing keys, residency, voter rolls. */
@Module({})
export class AppModule {
  static forRoot(config: IdentityConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...subgraphFoundation({
          service: 'identity',
          logLevel: config.LOG_LEVEL,
          dataSource: identityDataSourceOptions(config.DATABASE_URL),
          redisUrl: config.REDIS_URL,
        }),
        IdentityKeysModule.forRoot(identityFeatureOptions(config)),
        // Verifies tokens exactly as the other subgraphs do, against this service's own keys.
        AuthModule.forRoot({
          issuer: config.AUTH_ISSUER,
          audience: config.AUTH_AUDIENCE,
          keysProvider: { inject: [SigningKeyStore], useFactory: (keys: SigningKeyStore) => keys.verificationKeys },
        }),
        // Publishes identity.resident-verified / identity.residency-revoked from the outbox.
        OutboxRelayModule.forRoot({ service: 'identity', redisUrl: config.REDIS_URL, pollMs: config.OUTBOX_POLL_MS }),
        IdentityFeatureModule,
      ],
    };
  }
}
