import { DynamicModule, Module } from '@nestjs/common';
import { resolversOf } from '@civic/platform';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from './identity-feature.options';
// The order the areas load in is the order their GraphQL types are printed in schema.graphql.
import { AccountsModule } from './accounts';
import { KeysModule } from './keys';
import { LimitsModule } from './limits';
import { MailModule } from './mail';
import { VerificationModule } from './verification';
import { SessionsModule } from './sessions';
import { ResidencyModule } from './residency';
import { VoterRollModule } from './voter-roll';
import { RolesModule } from './roles';

/**
 * The options and the signing keys, global, so the app's AuthModule can verify tokens
 * against this service's own key store (`keysProvider`) without a round trip to its JWKS URL.
 */
@Module({})
export class IdentityKeysModule {
  static forRoot(options: IdentityFeatureOptions): DynamicModule {
    return {
      module: IdentityKeysModule,
      global: true,
      imports: [KeysModule],
      providers: [{ provide: IDENTITY_FEATURE_OPTIONS, useValue: options }],
      exports: [IDENTITY_FEATURE_OPTIONS, KeysModule],
    };
  }
}

/** Accounts, email verification and mail, sessions, residency, the voter roll and voter codes, role grants. Needs IdentityKeysModule, TypeORM and Redis. */
@Module({
  imports: [AccountsModule, KeysModule, LimitsModule, MailModule, VerificationModule, SessionsModule, ResidencyModule, VoterRollModule, RolesModule],
})
export class IdentityFeatureModule {}

/** Every resolver of the identity subgraph, for the schema printer (tools/schema). */
export const identityResolvers = resolversOf(IdentityFeatureModule);
