import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';
import { afterFailedSignIn, afterSuccessfulSignIn, isLocked, normalizeEmail } from '@civic/identity-domain';
import { AccountRepository } from '@civic/identity-data-access';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from '../identity-feature.options';
import { PasswordHasher } from './password-hasher.service';
import { SessionIssuer, type AuthSession } from './session-issuer.service';
import { SignInThrottle } from './sign-in-throttle.service';

/** One message for an unknown email and a wrong password, so neither is revealed. */
export const WRONG_CREDENTIALS = 'The email or password is not correct.';

@Injectable()
export class SignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionIssuer,
    private readonly throttle: SignInThrottle,
    @Inject(IDENTITY_FEATURE_OPTIONS) private readonly options: IdentityFeatureOptions,
  ) {}

  async signIn(input: { email: string; password: string }, clientIp: string): Promise<AuthSession> {
    const email = normalizeEmail(input.email);
    if (await this.throttle.isThrottled(clientIp, email)) {
      throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many failed sign-ins; wait a few minutes and try again.');
    }
    const account = await this.accounts.findByEmail(email);
    if (!account) {
      await this.passwords.verifyAgainstNothing(input.password);
      await this.throttle.recordFailure(clientIp, email);
      throw new DomainError(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);
    }
    if (isLocked(account, new Date())) {
      // The password is not checked while locked, but the time spent is the same.
      await this.passwords.verifyAgainstNothing(input.password);
      throw lockedError(account.lockedUntil);
    }
    const valid = await this.passwords.verify(account.passwordHash, input.password);
    if (!valid) {
      await this.throttle.recordFailure(clientIp, email);
      const state = await this.recordFailedAttempt(account.id);
      if (state && isLocked(state, new Date())) throw lockedError(state.lockedUntil);
      throw new DomainError(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);
    }
    return this.dataSource.transaction(async (manager) => {
      if (account.failedSignInCount > 0 || account.lockedUntil) {
        await this.accounts.saveLockout(account.id, afterSuccessfulSignIn(), manager);
      }
      return this.sessions.issue(account, manager);
    });
  }

  /** Counts the failure under a row lock, so concurrent guesses are all counted. */
  private recordFailedAttempt(accountId: string) {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.accounts.findByIdForUpdate(accountId, manager);
      if (!current) return undefined;
      const next = afterFailedSignIn(current, this.options.lockout, new Date());
      await this.accounts.saveLockout(accountId, next, manager);
      return next;
    });
  }
}

function lockedError(lockedUntil: Date | null): DomainError {
  return new DomainError(ErrorCode.ACCOUNT_LOCKED, 'This account is locked after repeated failed sign-ins; try again later.', {
    ...(lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : {}),
  });
}
