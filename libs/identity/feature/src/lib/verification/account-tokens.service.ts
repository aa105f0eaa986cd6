import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';
import { attemptSecret, EMAIL_VERIFICATION_TTL_MS, newAccountToken, parseAccountToken, PASSWORD_RESET_TTL_MS, secretMatches } from '@civic/identity-domain';
import { AccountTokenRepository, type AccountEntity, type AccountTokenEntity, type AccountTokenPurpose } from '@civic/identity-data-access';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from '../identity-feature.options';
import { RequestThrottle } from '../limits';
import { AccountMailer } from '../mail';

const TTL: Record<AccountTokenPurpose, number> = {
  'email-verification': EMAIL_VERIFICATION_TTL_MS,
  'password-reset': PASSWORD_RESET_TTL_MS,
};
const TEMPLATE = { 'email-verification': 'email-verification', 'password-reset': 'password-reset' } as const;

const INVALID = 'This code is not valid: it may be mistyped, already used or replaced by a newer one.';

/**
 * Email-verification and password-reset tokens: issued with their mail in the caller's
 * transaction (a newer one withdraws the older), redeemed once. Wrong secrets count against
 * the token named in it (5 lock it); unknown or malformed tokens count against the client
 * address, which is then RATE_LIMITED.
 */
@Injectable()
export class AccountTokens {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokenRepository,
    private readonly mailer: AccountMailer,
    private readonly throttle: RequestThrottle,
    @Inject(IDENTITY_FEATURE_OPTIONS) private readonly options: IdentityFeatureOptions,
  ) {}

  async issue(manager: EntityManager, account: Pick<AccountEntity, 'id' | 'email' | 'displayName' | 'language'>, purpose: AccountTokenPurpose): Promise<void> {
    const { id, token, secretHash } = newAccountToken();
    const expiresAt = new Date(Date.now() + TTL[purpose]);
    await this.tokens.issue({ id, accountId: account.id, purpose, email: account.email, secretHash, expiresAt }, manager);
    await this.mailer.queue(manager, account, TEMPLATE[purpose], { token, expiresAt });
  }

  /**
   * Redeems a token of `purpose`: on success `use` runs in the same transaction as marking it
   * used (and rolls back with it); a wrong try is counted and committed before the refusal.
   */
  async redeem<T>(
    token: string,
    purpose: AccountTokenPurpose,
    clientIp: string,
    use: (manager: EntityManager, row: AccountTokenEntity) => Promise<T>,
  ): Promise<T> {
    const ipKey = `token-failures:ip:${clientIp}`;
    const limit = this.options.accountLimits.tokenFailuresPerHour;
    if (await this.throttle.isOver(ipKey, limit)) {
      throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many wrong codes from this address; wait a while and try again.');
    }
    const parsed = parseAccountToken(token);
    const outcome = parsed
      ? await this.dataSource.transaction(async (manager) => {
          const row = await this.tokens.findForUpdate(parsed.id, manager);
          if (!row || row.purpose !== purpose) return { refused: new DomainError(ErrorCode.TOKEN_INVALID, INVALID), unknown: true };
          const now = new Date();
          const attempt = attemptSecret(row, secretMatches(row.secretHash, parsed.secret), now);
          switch (attempt.kind) {
            case 'accepted':
              await this.tokens.markUsed(row.id, now, manager);
              return { value: await use(manager, row) };
            case 'wrong':
              await this.tokens.saveFailedAttempts(row.id, attempt.failedAttempts, manager);
              return { refused: new DomainError(ErrorCode.TOKEN_INVALID, INVALID, { attemptsLeft: attempt.attemptsLeft }), unknown: false };
            case 'expired':
              return { refused: new DomainError(ErrorCode.TOKEN_EXPIRED, 'This code has expired: ask for a new one.'), unknown: false };
            case 'used':
            case 'revoked':
            case 'locked':
              return { refused: new DomainError(ErrorCode.TOKEN_INVALID, INVALID), unknown: false };
          }
        })
      : { refused: new DomainError(ErrorCode.TOKEN_INVALID, INVALID), unknown: true };
    if ('value' in outcome) return outcome.value as T;
    await this.throttle.hit(ipKey, limit, 3_600);
    throw outcome.refused;
  }
}
