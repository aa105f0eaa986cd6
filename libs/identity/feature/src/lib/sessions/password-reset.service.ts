import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { badInput, characterCount, DomainError } from '@civic/util';
import { isPlausibleEmail, normalizeEmail } from '@civic/identity-domain';
import { AccountRepository, RefreshTokenRepository } from '@civic/identity-data-access';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from '../identity-feature.options';
import { RequestThrottle } from '../limits';
import { AccountMailer } from '../mail';
import { AccountTokens } from '../verification';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PasswordHasher } from './password-hasher.service';

const TOO_MANY = 'Too many password resets asked for; wait an hour and try again.';

/**
 * Forgotten passwords. Asking always answers the same, whether or not the email has an
 * account (no enumeration); requests are rate limited per email and per client address.
 * Resetting sets the new password, verifies the email (the code came to it), ends every
 * session of the account (all refresh-token families) and tells the person by mail.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly passwords: PasswordHasher,
    private readonly tokens: AccountTokens,
    private readonly mailer: AccountMailer,
    private readonly throttle: RequestThrottle,
    @Inject(IDENTITY_FEATURE_OPTIONS) private readonly options: IdentityFeatureOptions,
  ) {}

  async request(rawEmail: string, clientIp: string): Promise<boolean> {
    const email = normalizeEmail(rawEmail);
    if (!isPlausibleEmail(email)) throw badInput('email', 'email is not a valid address');
    const perHour = this.options.accountLimits.mailRequestsPerHour;
    const [byEmail, byIp] = await Promise.all([
      this.throttle.hit(`password-reset:email:${email}`, perHour, 3_600),
      this.throttle.hit(`password-reset:ip:${clientIp}`, perHour * 10, 3_600),
    ]);
    if (byEmail || byIp) throw new DomainError(ErrorCode.RATE_LIMITED, TOO_MANY);
    const account = await this.accounts.findByEmail(email);
    if (account) await this.dataSource.transaction((manager) => this.tokens.issue(manager, account, 'password-reset'));
    return true;
  }

  async reset(token: string, newPassword: string, clientIp: string): Promise<boolean> {
    const length = characterCount(newPassword);
    if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
      throw badInput('newPassword', `the password must be ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters`);
    }
    const passwordHash = await this.passwords.hash(newPassword);
    return this.tokens.redeem(token, 'password-reset', clientIp, async (manager, row) => {
      const account = await this.accounts.findByIdForUpdate(row.accountId, manager);
      if (!account || account.email !== row.email) throw new DomainError(ErrorCode.TOKEN_INVALID, 'This code is not valid for the account’s current email.');
      const now = new Date();
      await this.accounts.savePassword(account.id, passwordHash, manager);
      await this.accounts.markEmailVerified(account.id, now, manager);
      await this.refreshTokens.revokeAllForAccount(account.id, now, manager);
      await this.mailer.queue(manager, account, 'password-changed');
      return true;
    });
  }
}
