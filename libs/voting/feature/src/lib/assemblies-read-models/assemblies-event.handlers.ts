import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EventHandlerRegistry } from '@civic/data-access';
import { AssembliesReadModelsRepository } from '@civic/voting-data-access';

/**
 * Assemblies' facts voting needs without calling assemblies: delegates' seats (roll calls),
 * check-ins (the in-room channel) and the jurisdiction tree (results by district). Body
 * memberships come through BodyMembershipReadModelModule.
 */
@Injectable()
export class AssembliesEventHandlers implements OnModuleInit {
  private readonly logger = new Logger('AssembliesEvents');

  constructor(
    private readonly registry: EventHandlerRegistry,
    private readonly readModels: AssembliesReadModelsRepository,
  ) {}

  onModuleInit(): void {
    this.registry
      .handler('assemblies.delegate-seat-changed', async (payload, envelope, manager) => {
        if (!(await this.readModels.upsertDelegateSeat(manager, payload))) {
          this.logger.debug(`tenure ${payload.tenureId}: a newer change is already stored, event ${envelope.id} ignored`);
        }
      })
      .handler('assemblies.attendee-checked-in', async (payload, envelope, manager) => {
        if (!(await this.readModels.insertAttendee(manager, payload))) {
          this.logger.debug(`check-in of ${payload.accountId} at ${payload.meetingId} already known, event ${envelope.id} ignored`);
        }
      })
      .handler('assemblies.jurisdiction-changed', async (payload, envelope, manager) => {
        if (!(await this.readModels.upsertJurisdiction(manager, payload))) {
          this.logger.debug(`jurisdiction ${payload.code}: a newer change is already stored, event ${envelope.id} ignored`);
        }
      });
  }
}
