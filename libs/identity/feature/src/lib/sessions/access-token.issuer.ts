import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { CLERK_OF_CLAIM, type Role } from '@civic/contracts';
import { accessTokenClaims } from '@civic/identity-domain';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from '../identity-feature.options';
import { SIGNING_ALGORITHM, SigningKeyStore } from '../keys';

/**
 * Signs short-lived access tokens (EdDSA, `kid` in the header). Roles and a clerk's counties
 * are read from the account at each sign-in and refresh, so a grant or revoke reaches the
 * holder's tokens within one access-token lifetime (15 minutes by default).
 */
@Injectable()
export class AccessTokenIssuer {
  constructor(
    private readonly keys: SigningKeyStore,
    @Inject(IDENTITY_FEATURE_OPTIONS) private readonly options: IdentityFeatureOptions,
  ) {}

  async issue(
    subject: { accountId: string; roles: readonly Role[]; clerkOf?: readonly string[]; displayName: string },
    now = new Date(),
  ): Promise<{ token: string; expiresAt: Date }> {
    const claims = accessTokenClaims(
      subject,
      { issuer: this.options.issuer, audience: this.options.audience, ttlSeconds: this.options.accessTokenTtlSeconds },
      now,
      randomUUID(),
    );
    const { kid, privateKey } = await this.keys.signingKey();
    // `name` lets other services record who acted (transitions, comments) without asking identity.
    // `clerkOf` (clerks only) names the counties the holder may run (requireCountyAccess).
    const token = await new SignJWT({ roles: claims.roles, ...(claims.clerkOf ? { [CLERK_OF_CLAIM]: claims.clerkOf } : {}), name: subject.displayName })
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid, typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(claims.iss)
      .setAudience(claims.aud)
      .setIssuedAt(claims.iat)
      .setExpirationTime(claims.exp)
      .setJti(claims.jti)
      .sign(privateKey);
    return { token, expiresAt: new Date(claims.exp * 1000) };
  }
}
