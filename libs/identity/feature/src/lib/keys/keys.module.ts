import { Module } from '@nestjs/common';
import { SigningKeyStore } from './signing-key.store';
import { WellKnownController } from './well-known.controller';

/**
 * The keys that sign access tokens and their publication (JWKS, OpenID configuration).
 * IdentityKeysModule re-exports it globally, so the app's AuthModule verifies tokens
 * against this one store.
 */
@Module({
  controllers: [WellKnownController],
  providers: [SigningKeyStore],
  exports: [SigningKeyStore],
})
export class KeysModule {}
