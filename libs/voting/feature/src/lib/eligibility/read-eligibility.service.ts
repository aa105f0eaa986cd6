import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, requireUuid } from '@civic/util';
import { VoterEligibilityRepository } from '@civic/voting-data-access';
import { canReadEligibility } from '@civic/voting-domain';
import { toVoterEligibility, type VoterEligibility } from './voter-eligibility.type';

/** Use case: show an account's eligibility to the account itself or to staff. */
@Injectable()
export class ReadEligibilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eligibility: VoterEligibilityRepository,
  ) {}

  /** Null when nothing is known yet (no residency verified). */
  async forViewer(viewer: AuthenticatedUser, accountId: string): Promise<VoterEligibility | null> {
    if (!canReadEligibility(viewer, accountId)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only the account itself, staff and observers may see its eligibility.');
    }
    const eligibility = await this.eligibility.find(this.dataSource.manager, requireUuid(accountId, 'accountId'));
    return eligibility ? toVoterEligibility(eligibility) : null;
  }

  /** For `Account.eligibility`: like identity's private account fields, null for other viewers. */
  async onAccount(viewer: AuthenticatedUser | undefined, accountId: string): Promise<VoterEligibility | null> {
    if (!viewer || !canReadEligibility(viewer, accountId)) return null;
    return this.forViewer(viewer, accountId);
  }
}
