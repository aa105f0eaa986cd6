import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ResidentRepository } from '@civic/assemblies-data-access';
import { decideResidency, type ResidencyFact } from '@civic/assemblies-domain';

/** Use case: update the residency read model with a fact from identity. */
@Injectable()
export class RecordResidencyService {
  private readonly logger = new Logger('RecordResidency');

  constructor(private readonly residents: ResidentRepository) {}

  /** Runs inside the consumer's transaction, together with the inbox entry. */
  async record(manager: EntityManager, fact: ResidencyFact, eventId: string): Promise<void> {
    const current = await this.residents.findForUpdate(manager, fact.accountId);
    const decision = decideResidency(current, fact);
    if (decision.kind === 'ignore') {
      this.logger.debug(`residency ${fact.kind} for ${fact.accountId} ignored (${decision.reason}), event ${eventId}`);
      return;
    }
    await this.residents.save(manager, decision.next, eventId);
  }
}
