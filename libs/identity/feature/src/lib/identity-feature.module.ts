import { DynamicModule, Module } from '@nestjs/common';
import { AccountRepository, RefreshTokenRepository } from '@civic/identity-data-access';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from './identity-feature.options';
import { SigningKeyStore } from './keys/signing-key.store';
import { WellKnownController } from './keys/well-known.controller';
import { AccessTokenIssuer } from './sessions/access-token.issuer';
import { PasswordHasher } from './sessions/password-hasher.service';
import { RefreshSessionService } from './sessions/refresh-session.service';
import { RegisterService } from './sessions/register.service';
import { SessionIssuer } from './sessions/session-issuer.service';
import { SignInThrottle } from './sessions/sign-in-throttle.service';
import { SignInService } from './sessions/sign-in.service';
import { SignOutService } from './sessions/sign-out.service';
import { AccountDirectoryService } from './accounts/account-directory.service';
import { VerifyResidencyService } from './residency/verify-residency.service';
import { RevokeResidencyService } from './residency/revoke-residency.service';
import { VoterRollImportService } from './voter-roll/voter-roll-import.service';
import { AuthResolver } from './resolvers/auth.resolver';
import { AccountResolver } from './resolvers/account.resolver';
import { ResidencyResolver } from './resolvers/residency.resolver';
import { VoterRollResolver } from './resolvers/voter-roll.resolver';

/** Every resolver of the identity subgraph, for the app and for the schema printer. */
export const identityResolvers = [AuthResolver, AccountResolver, ResidencyResolver, VoterRollResolver];

/**
 * The signing keys alone, so the app's AuthModule can verify tokens against this
 * service's own key store (`keysProvider`) without a round trip to its JWKS URL.
 */
@Module({})
export class IdentityKeysModule {
  static forRoot(options: IdentityFeatureOptions): DynamicModule {
    return {
      module: IdentityKeysModule,
      global: true,
      providers: [{ provide: IDENTITY_FEATURE_OPTIONS, useValue: options }, SigningKeyStore],
      exports: [IDENTITY_FEATURE_OPTIONS, SigningKeyStore],
    };
  }
}

/** Accounts, sessions, residency and voter-roll imports. Needs IdentityKeysModule, TypeORM and Redis. */
@Module({
  controllers: [WellKnownController],
  providers: [
    AccountRepository,
    RefreshTokenRepository,
    PasswordHasher,
    AccessTokenIssuer,
    SessionIssuer,
    SignInThrottle,
    SignInService,
    RegisterService,
    RefreshSessionService,
    SignOutService,
    AccountDirectoryService,
    VerifyResidencyService,
    RevokeResidencyService,
    VoterRollImportService,
    ...identityResolvers,
  ],
})
export class IdentityFeatureModule {}
