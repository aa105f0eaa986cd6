import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EventHandlerRegistry } from '@civic/data-access';
import { BodyMemberRepository, DeclaredConflictRepository } from '@civic/resolutions-data-access';

/**
 * Assemblies' events: who sits on which body, and who declared a conflict on a resolution.
 * The workflow reads both when a person takes a committee's or the council's transition.
 */
@Injectable()
export class AssembliesEventHandlers implements OnModuleInit {
  private readonly logger = new Logger('AssembliesEvents');

  constructor(
    private readonly registry: EventHandlerRegistry,
    private readonly members: BodyMemberRepository,
    private readonly conflicts: DeclaredConflictRepository,
  ) {}

  onModuleInit(): void {
    this.registry
      .handler('assemblies.body-membership-changed', async (payload, envelope, manager) => {
        const stored = await this.members.upsert(manager, {
          membershipId: payload.membershipId,
          bodyCode: payload.bodyCode,
          bodyName: payload.bodyName,
          accountId: payload.accountId,
          displayName: payload.displayName,
          office: payload.office,
          active: payload.active,
          termStart: payload.termStart,
          termEnd: payload.termEnd,
          changedAt: new Date(payload.changedAt),
        });
        if (!stored) this.logger.debug(`membership ${payload.membershipId}: a newer change is already stored, event ${envelope.id} ignored`);
      })
      .handler('assemblies.resolution-conflict-declared', async (payload, envelope, manager) => {
        const stored = await this.conflicts.insertOnce(manager, {
          conflictId: payload.conflictId,
          resolutionId: payload.resolutionId,
          bodyCode: payload.bodyCode,
          accountId: payload.accountId,
          displayName: payload.displayName,
          reason: payload.reason,
          declaredAt: new Date(payload.declaredAt),
        });
        if (!stored) this.logger.debug(`conflict ${payload.conflictId} already known, event ${envelope.id} ignored`);
      });
  }
}
