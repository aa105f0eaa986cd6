import { Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventHandlerRegistry } from '../events';
import { applyResidencyFact, type ResidencyFact } from './resident-record';
import { ResidentRepository } from './resident.repository';

/** Folds identity's residency events into the service's `resident` table. */
@Injectable()
export class ResidencyReadModelHandlers implements OnModuleInit {
  private readonly logger = new Logger('ResidencyReadModel');

  constructor(
    private readonly registry: EventHandlerRegistry,
    private readonly residents: ResidentRepository,
  ) {}

  onModuleInit(): void {
    this.registry
      .handler('identity.resident-verified', (payload, envelope, manager) =>
        this.record(
          manager,
          {
            kind: 'verified',
            accountId: payload.accountId,
            jurisdictionCode: payload.jurisdictionCode,
            at: new Date(payload.verifiedAt),
            ...(payload.displayName ? { displayName: payload.displayName } : {}),
          },
          envelope.id,
        ),
      )
      .handler('identity.residency-revoked', (payload, envelope, manager) =>
        this.record(
          manager,
          { kind: 'revoked', accountId: payload.accountId, jurisdictionCode: payload.jurisdictionCode, at: new Date(payload.revokedAt) },
          envelope.id,
        ),
      );
  }

  /** Runs inside the consumer's transaction, together with the inbox entry. */
  async record(manager: EntityManager, fact: ResidencyFact, eventId: string): Promise<void> {
    const current = await this.residents.findForUpdate(manager, fact.accountId);
    const result = applyResidencyFact(current, fact);
    if (result.kind === 'ignore') {
      this.logger.debug(`residency ${fact.kind} for ${fact.accountId} ignored (${result.reason}), event ${eventId}`);
      return;
    }
    await this.residents.save(manager, result.next, eventId);
  }
}

/**
 * The residency read model of a service that consumes identity's residency events:
 * registers their handlers and provides `ResidentRepository` for reads. Needs the app's
 * EventConsumerModule (the handler registry) and `ResidentEntity` in the service's
 * datasource, with its table (`createResidentTable`) in the service's schema.
 */
@Module({
  providers: [ResidentRepository, ResidencyReadModelHandlers],
  exports: [ResidentRepository],
})
export class ResidencyReadModelModule {}
