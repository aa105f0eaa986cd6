import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ResidencyVerificationMethod } from '@civic/contracts';
import { badInput, notFound, requireUuid } from '@civic/util';
import { isValidJurisdictionCode, verifyResidency } from '@civic/identity-domain';
import { AccountRepository, residencyOf } from '@civic/identity-data-access';
import { appendToOutbox } from '@civic/data-access';
import { requireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { toAccountView, type AccountView } from '../accounts';

export interface VerifyResidencyCommand {
  accountId: string;
  jurisdictionCode: string;
  method: ResidencyVerificationMethod;
}

/**
 * Staff, or a clerk of the county named, verify where a person lives. The change and its `identity.resident-verified`
 * event commit together, so the voting service learns of every verification and of
 * nothing that was rolled back.
 */
@Injectable()
export class VerifyResidencyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
  ) {}

  async verify(command: VerifyResidencyCommand, user: AuthenticatedUser): Promise<AccountView> {
    const jurisdictionCode = command.jurisdictionCode.trim().toUpperCase();
    if (!isValidJurisdictionCode(jurisdictionCode)) {
      throw badInput('jurisdictionCode', 'jurisdictionCode is not a valid code');
    }
    requireCountyAccess(user, jurisdictionCode);
    return this.dataSource.transaction(async (manager) => {
      const account = await this.accounts.findByIdForUpdate(requireUuid(command.accountId, 'accountId'), manager);
      if (!account) throw notFound('Account');
      const outcome = verifyResidency(residencyOf(account), jurisdictionCode, command.method, new Date());
      if (outcome.kind === 'unchanged') return toAccountView(account);
      const { residency } = outcome;
      await this.accounts.saveResidency(account.id, residency, manager);
      await appendToOutbox(manager, 'identity.resident-verified', {
        accountId: account.id,
        jurisdictionCode,
        method: command.method,
        verifiedAt: (residency.verifiedAt ?? new Date()).toISOString(),
        displayName: account.displayName,
      });
      return toAccountView({
        ...account,
        residencyJurisdictionCode: residency.jurisdictionCode,
        residencyStatus: residency.status,
        residencyMethod: residency.method,
        residencyVerifiedAt: residency.verifiedAt,
      });
    });
  }
}
