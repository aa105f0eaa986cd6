import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { CLERK_OF_CLAIM, isRole } from '@civic/contracts';
import type { AuthenticatedUser } from './authenticated-user';

/** Algorithms an access token may be signed with. `none` and HMAC are never accepted. */
export const ACCESS_TOKEN_ALGORITHMS = ['EdDSA', 'ES256'];

export interface AccessTokenVerifierOptions {
  issuer: string;
  audience: string;
  /** Resolves the verification key; by default the issuer's published JWKS. */
  keys: JWTVerifyGetKey;
}

export const ACCESS_TOKEN_VERIFIER_OPTIONS = Symbol('ACCESS_TOKEN_VERIFIER_OPTIONS');

export function remoteJwks(url: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(url), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
}

/**
 * Verifies access tokens locally against the issuer's public keys, so no service calls
 * the identity service per request and an external OpenID Connect provider can issue
 * tokens instead (set AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE to its values).
 */
@Injectable()
export class AccessTokenVerifier {
  constructor(@Inject(ACCESS_TOKEN_VERIFIER_OPTIONS) private readonly options: AccessTokenVerifierOptions) {}

  async verify(token: string): Promise<AuthenticatedUser> {
    try {
      const { payload } = await jwtVerify(token, this.options.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ACCESS_TOKEN_ALGORITHMS,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      const roles = Array.isArray(payload['roles']) ? payload['roles'].filter(isRole) : [];
      if (!payload.sub) throw new UnauthorizedException('token has no subject');
      const displayName = typeof payload['name'] === 'string' ? payload['name'] : undefined;
      const clerkOf = Array.isArray(payload[CLERK_OF_CLAIM]) ? payload[CLERK_OF_CLAIM].filter((code): code is string => typeof code === 'string') : [];
      return { accountId: payload.sub, roles, tokenId: payload.jti, displayName, clerkOf };
    } catch (error) {
      if (error instanceof UnauthorizedException) throw error;
      if (error instanceof errors.JOSEError) throw new UnauthorizedException(error.code, { cause: error });
      throw error;
    }
  }
}
