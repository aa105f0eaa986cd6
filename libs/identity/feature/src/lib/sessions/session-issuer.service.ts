import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RefreshTokenRepository, type AccountEntity } from '@civic/identity-data-access';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from '../identity-feature.options';
import { toAccountView, type AccountView } from '../accounts';
import { AccessTokenIssuer } from './access-token.issuer';

/** What a sign-in, registration or refresh returns: the tokens and the (revealed) account. */
export interface AuthSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  account: AccountView;
}

export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Issues an access token and a refresh token (opaque, 256 random bits, stored hashed). */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly accessTokens: AccessTokenIssuer,
    private readonly refreshTokens: RefreshTokenRepository,
    @Inject(IDENTITY_FEATURE_OPTIONS) private readonly options: IdentityFeatureOptions,
  ) {}

  /** `familyId` continues a rotated session; without it a new family starts (a sign-in). */
  async issue(account: AccountEntity, manager?: EntityManager, familyId: string = randomUUID()): Promise<AuthSession> {
    const now = new Date();
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert(
      {
        id: randomUUID(),
        accountId: account.id,
        familyId,
        tokenHash: hashRefreshToken(refreshToken),
        expiresAt: new Date(now.getTime() + this.options.refreshTokenTtlSeconds * 1000),
      },
      manager,
    );
    const access = await this.accessTokens.issue(
      { accountId: account.id, roles: account.roles, clerkOf: account.clerkOf, displayName: account.displayName },
      now,
    );
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      account: toAccountView(account, { revealPrivate: true }),
    };
  }
}
