import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { VoterEligibilityRepository } from '@civic/voting-data-access';
import { decideEligibility, type ResidencyFact } from '@civic/voting-domain';

/** Use case: update the eligibility read model with a residency fact from identity. */
@Injectable()
export class RecordResidencyService {
  private readonly logger = new Logger('RecordResidency');

  constructor(private readonly eligibility: VoterEligibilityRepository) {}

  /** Runs inside the consumer's transaction, together with the inbox entry. */
  async record(manager: EntityManager, fact: ResidencyFact, eventId: string): Promise<void> {
    const current = await this.eligibility.findForUpdate(manager, fact.accountId);
    const decision = decideEligibility(current, fact);
    if (decision.kind === 'ignore') {
      this.logger.debug(`residency ${fact.kind} for ${fact.accountId} ignored (${decision.reason}), event ${eventId}`);
      return;
    }
    await this.eligibility.save(manager, decision.next, eventId);
  }
}
