import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';
import { AccountRepository, RefreshTokenRepository } from '@civic/identity-data-access';
import { hashRefreshToken, SessionIssuer, type AuthSession } from './session-issuer.service';

const INVALID_REFRESH = 'The refresh token is invalid or expired; sign in again.';

type Outcome = { kind: 'session'; session: AuthSession } | { kind: 'refused'; reuse: boolean };

/**
 * Exchanges a refresh token for a new pair and retires it. A retired token presented
 * again means two parties hold it (one stole it): the whole family is revoked, so the
 * thief's and the owner's sessions both end and the owner signs in again.
 */
@Injectable()
export class RefreshSessionService {
  private readonly logger = new Logger(RefreshSessionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionIssuer,
  ) {}

  async refresh(refreshToken: string): Promise<AuthSession> {
    // The revocation must commit even though the caller gets an error: decide inside the
    // transaction, throw after it.
    const outcome = await this.dataSource.transaction(async (manager): Promise<Outcome> => {
      const now = new Date();
      const stored = await this.refreshTokens.findByHashForUpdate(hashRefreshToken(refreshToken), manager);
      if (!stored || stored.revokedAt) return { kind: 'refused', reuse: false };
      if (stored.rotatedAt) {
        await this.refreshTokens.revokeFamily(stored.familyId, now, manager);
        this.logger.warn(`refresh token reuse detected: revoked session family ${stored.familyId} of account ${stored.accountId}`);
        return { kind: 'refused', reuse: true };
      }
      if (stored.expiresAt.getTime() <= now.getTime()) return { kind: 'refused', reuse: false };
      const account = await this.accounts.findById(stored.accountId, manager);
      if (!account) return { kind: 'refused', reuse: false };
      await this.refreshTokens.markRotated(stored.id, now, manager);
      return { kind: 'session', session: await this.sessions.issue(account, manager, stored.familyId) };
    });
    if (outcome.kind === 'refused') throw new DomainError(ErrorCode.UNAUTHENTICATED, INVALID_REFRESH);
    return outcome.session;
  }
}
