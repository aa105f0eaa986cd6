import { Controller, Get, Header, Inject } from '@nestjs/common';
import { Public } from '@civic/platform';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from '../identity-feature.options';
import { SIGNING_ALGORITHM, SigningKeyStore } from './signing-key.store';

/**
 * What an OpenID Connect client needs to verify this issuer's tokens. Other services
 * point AUTH_JWKS_URL here; pointing it at another provider replaces this service.
 */
@Controller('.well-known')
@Public()
export class WellKnownController {
  constructor(
    private readonly keys: SigningKeyStore,
    @Inject(IDENTITY_FEATURE_OPTIONS) private readonly options: IdentityFeatureOptions,
  ) {}

  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  jwks(): Promise<{ keys: object[] }> {
    return this.keys.jwks();
  }

  @Get('openid-configuration')
  @Header('Cache-Control', 'public, max-age=300')
  openidConfiguration(): Record<string, unknown> {
    const base = this.options.publicUrl.replace(/\/$/, '');
    return {
      issuer: this.options.issuer,
      jwks_uri: `${base}/.well-known/jwks.json`,
      id_token_signing_alg_values_supported: [SIGNING_ALGORITHM],
      token_endpoint_auth_methods_supported: ['none'],
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      claims_supported: ['sub', 'roles', 'name', 'iss', 'aud', 'exp', 'iat', 'jti'],
    };
  }
}
