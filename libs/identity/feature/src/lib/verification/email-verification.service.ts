import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';
import { AccountRepository } from '@civic/identity-data-access';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from '../identity-feature.options';
import { RequestThrottle } from '../limits';
import { AccountTokens } from './account-tokens.service';

/** Proving an email address: the token from the mail, and asking for a new mail. */
@Injectable()
export class EmailVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly tokens: AccountTokens,
    private readonly throttle: RequestThrottle,
    @Inject(IDENTITY_FEATURE_OPTIONS) private readonly options: IdentityFeatureOptions,
  ) {}

  async verify(token: string, clientIp: string): Promise<boolean> {
    return this.tokens.redeem(token, 'email-verification', clientIp, async (manager, row) => {
      const account = await this.accounts.findByIdForUpdate(row.accountId, manager);
      // The token proves the address it was sent to, not one the account has since moved to.
      if (!account || account.email !== row.email) throw new DomainError(ErrorCode.TOKEN_INVALID, 'This code is not valid for the account’s current email.');
      await this.accounts.markEmailVerified(account.id, new Date(), manager);
      return true;
    });
  }

  /** Sends a new verification mail (the previous code stops working); false when the email is verified already. */
  async resend(accountId: string): Promise<boolean> {
    const account = await this.accounts.findById(accountId);
    if (!account) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This account no longer exists.');
    if (account.emailVerifiedAt) return false;
    if (await this.throttle.hit(`verification-mail:account:${account.id}`, this.options.accountLimits.mailRequestsPerHour, 3_600)) {
      throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many verification mails asked for; wait an hour and try again.');
    }
    await this.dataSource.transaction((manager) => this.tokens.issue(manager, account, 'email-verification'));
    return true;
  }
}
