import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { DomainError, notFound, requireUuid } from '@civic/util';
import { revokeResidency } from '@civic/identity-domain';
import { AccountRepository, residencyOf } from '@civic/identity-data-access';
import { appendToOutbox } from '@civic/data-access';
import { requireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { toAccountView, type AccountView } from '../accounts';

/** Staff, or a clerk of the residency's county, revoke a verified residency; `identity.residency-revoked` commits with it. */
@Injectable()
export class RevokeResidencyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
  ) {}

  async revoke(accountId: string, user: AuthenticatedUser): Promise<AccountView> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.accounts.findByIdForUpdate(requireUuid(accountId, 'accountId'), manager);
      if (!account) throw notFound('Account');
      // A clerk acts only on residencies in the counties they serve (no county: staff only).
      requireCountyAccess(user, account.residencyJurisdictionCode ?? '');
      const outcome = revokeResidency(residencyOf(account));
      if (outcome.kind === 'not-verified') {
        throw new DomainError(ErrorCode.CONFLICT, 'This account has no verified residency to revoke.');
      }
      await this.accounts.saveResidency(account.id, outcome.residency, manager);
      await appendToOutbox(manager, 'identity.residency-revoked', {
        accountId: account.id,
        jurisdictionCode: outcome.jurisdictionCode,
        revokedAt: new Date().toISOString(),
      });
      return toAccountView({ ...account, residencyStatus: outcome.residency.status });
    });
  }
}
