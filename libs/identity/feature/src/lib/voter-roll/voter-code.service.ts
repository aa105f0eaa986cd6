import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { appendToOutbox } from '@civic/data-access';
import { requireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { badInput, DomainError, notFound, requiredText } from '@civic/util';
import {
  attemptSecret,
  hashVoterCode,
  isVoterCodeShape,
  newVoterCode,
  normalizeVoterCode,
  secretMatches,
  verifyResidency,
  VOTER_CODE_TTL_MS,
} from '@civic/identity-domain';
import { AccountRepository, residencyOf, VoterRollRepository } from '@civic/identity-data-access';
import { toAccountView, type AccountView } from '../accounts';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from '../identity-feature.options';
import { RequestThrottle } from '../limits';
import { badVoterCode } from './voter-code-validation';

export interface IssuedVoterCode {
  voterId: string;
  /** Shown once: only its hash is kept. */
  code: string;
  expiresAt: Date;
  firstName: string;
  lastName: string;
  jurisdictionCode: string;
}

const MAX_VOTER_ID_LENGTH = 64;
const ALREADY_CLAIMED = 'This voter-roll entry already backs an account.';

/**
 * Voter codes: the one way a roll entry becomes an account's residency. Staff (or a clerk of
 * the entry's county) issue a code for an entry (re-issuing withdraws the previous one); the person, signed in with a
 * verified email, claims the entry with its voter id and the code. Wrong codes count against
 * the entry (5 lock it) and against the account (RATE_LIMITED past the hourly limit), so
 * guessing is bounded both ways. The entry row is locked during a claim, and `claimed_by`
 * is unique: of many simultaneous claims exactly one wins.
 */
@Injectable()
export class VoterCodeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roll: VoterRollRepository,
    private readonly accounts: AccountRepository,
    private readonly throttle: RequestThrottle,
    @Inject(IDENTITY_FEATURE_OPTIONS) private readonly options: IdentityFeatureOptions,
  ) {}

  async issue(rawVoterId: string, issuer: AuthenticatedUser): Promise<IssuedVoterCode> {
    const voterId = requiredText(rawVoterId, 'voterId', MAX_VOTER_ID_LENGTH);
    const issuedBy = issuer.accountId;
    return this.dataSource.transaction(async (manager) => {
      const found = await this.roll.findForClaim(voterId, manager);
      if (!found) throw notFound('Voter-roll entry', { voterId });
      requireCountyAccess(issuer, found.entry.jurisdictionCode);
      if (found.entry.claimedBy) throw new DomainError(ErrorCode.ALREADY_CLAIMED, ALREADY_CLAIMED);
      const code = newVoterCode();
      const issuedAt = new Date();
      const expiresAt = new Date(issuedAt.getTime() + VOTER_CODE_TTL_MS);
      await this.roll.replaceCode({ rollEntryId: found.entry.id, codeHash: hashVoterCode(code), issuedBy, issuedAt, expiresAt }, manager);
      const { firstName, lastName, jurisdictionCode } = found.entry;
      return { voterId, code, expiresAt, firstName, lastName, jurisdictionCode };
    });
  }

  async claim(accountId: string, input: { voterId: string; code: string }): Promise<AccountView> {
    const voterId = requiredText(input.voterId, 'voterId', MAX_VOTER_ID_LENGTH);
    const code = normalizeVoterCode(input.code);
    if (!isVoterCodeShape(code)) throw badInput('code', 'a voter code has 16 letters and digits (XXXX-XXXX-XXXX-XXXX)');
    const account = await this.accounts.findById(accountId);
    if (!account) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This account no longer exists.');
    if (!account.emailVerifiedAt) {
      throw new DomainError(ErrorCode.EMAIL_NOT_VERIFIED, 'Verify your email address first (verifyEmail, with the code we mailed you).');
    }
    const accountKey = `voter-code-failures:account:${accountId}`;
    const limit = this.options.accountLimits.voterCodeFailuresPerHour;
    if (await this.throttle.isOver(accountKey, limit)) {
      throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many wrong voter codes from this account; wait an hour and try again.');
    }
    let outcome: { claimed: AccountView } | { refused: DomainError; counts: boolean };
    try {
      outcome = await this.dataSource.transaction((manager) => this.tryClaim(manager, accountId, voterId, code));
    } catch (error) {
      // A second entry for an account that claimed one concurrently: the unique claimed_by refused it.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new DomainError(ErrorCode.ALREADY_CLAIMED, 'This account already has a voter-roll identity.');
      }
      throw error;
    }
    if ('claimed' in outcome) return outcome.claimed;
    if (outcome.counts) await this.throttle.hit(accountKey, limit, 3_600);
    throw outcome.refused;
  }

  private async tryClaim(
    manager: EntityManager,
    accountId: string,
    voterId: string,
    code: string,
  ): Promise<{ claimed: AccountView } | { refused: DomainError; counts: boolean }> {
    const found = await this.roll.findForClaim(voterId, manager);
    // An unknown voter id and an entry without a code answer like a wrong code: nothing is revealed.
    if (!found?.code) return { refused: badVoterCode(), counts: true };
    const { entry, code: stored } = found;
    if (entry.claimedBy) return { refused: new DomainError(ErrorCode.ALREADY_CLAIMED, ALREADY_CLAIMED), counts: false };
    const now = new Date();
    const attempt = attemptSecret({ ...stored, revokedAt: null }, secretMatches(stored.codeHash, code), now);
    switch (attempt.kind) {
      case 'wrong':
        await this.roll.saveFailedAttempts(entry.id, attempt.failedAttempts, manager);
        return {
          refused: attempt.locked
            ? new DomainError(ErrorCode.VOTER_CODE_LOCKED, 'Too many wrong codes: this voter code is locked. Ask the congress staff for a new one.')
            : badVoterCode({ attemptsLeft: attempt.attemptsLeft }),
          counts: true,
        };
      case 'locked':
        return { refused: new DomainError(ErrorCode.VOTER_CODE_LOCKED, 'This voter code is locked. Ask the congress staff for a new one.'), counts: true };
      case 'expired':
        return { refused: new DomainError(ErrorCode.VOTER_CODE_EXPIRED, 'This voter code has expired. Ask the congress staff for a new one.'), counts: false };
      case 'used':
      case 'revoked':
        return { refused: new DomainError(ErrorCode.ALREADY_CLAIMED, ALREADY_CLAIMED), counts: false };
      case 'accepted':
        break;
    }
    const account = await this.accounts.findByIdForUpdate(accountId, manager);
    if (!account) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This account no longer exists.');
    if (await this.roll.findEntryClaimedBy(accountId, manager)) {
      return { refused: new DomainError(ErrorCode.ALREADY_CLAIMED, 'This account already has a voter-roll identity.'), counts: false };
    }
    await this.roll.claim(entry.id, accountId, now, manager);
    const result = verifyResidency(residencyOf(account), entry.jurisdictionCode, 'voter-roll', now);
    if (result.kind === 'unchanged') return { claimed: toAccountView(account, { revealPrivate: true }) };
    const { residency } = result;
    await this.accounts.saveResidency(account.id, residency, manager);
    // The same event verifyResidency announces: voting, assemblies and resolutions learn of the resident.
    await appendToOutbox(manager, 'identity.resident-verified', {
      accountId: account.id,
      jurisdictionCode: entry.jurisdictionCode,
      method: 'voter-roll',
      verifiedAt: (residency.verifiedAt ?? now).toISOString(),
      displayName: account.displayName,
    });
    return {
      claimed: toAccountView(
        {
          ...account,
          residencyJurisdictionCode: residency.jurisdictionCode,
          residencyStatus: residency.status,
          residencyMethod: residency.method,
          residencyVerifiedAt: residency.verifiedAt,
        },
        { revealPrivate: true },
      ),
    };
  }
}
