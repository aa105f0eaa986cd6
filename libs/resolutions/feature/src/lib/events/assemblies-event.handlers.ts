import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EventHandlerRegistry } from '@civic/data-access';
import { DeclaredConflictRepository } from '@civic/resolutions-data-access';

/**
 * Assemblies' conflict declarations: a member who declared one may not decide on that
 * resolution for that body. (Who sits on which body arrives through
 * BodyMembershipReadModelModule, shared with voting.)
 */
@Injectable()
export class AssembliesEventHandlers implements OnModuleInit {
  private readonly logger = new Logger('AssembliesEvents');

  constructor(
    private readonly registry: EventHandlerRegistry,
    private readonly conflicts: DeclaredConflictRepository,
  ) {}

  onModuleInit(): void {
    this.registry.handler('assemblies.resolution-conflict-declared', async (payload, envelope, manager) => {
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
