import { Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { EventHandlerRegistry } from '../events';
import { BodyMemberRepository } from './body-member.repository';

/** Folds assemblies' body-membership events into the service's `body_member` table. */
@Injectable()
export class BodyMembershipReadModelHandlers implements OnModuleInit {
  private readonly logger = new Logger('BodyMembershipReadModel');

  constructor(
    private readonly registry: EventHandlerRegistry,
    private readonly members: BodyMemberRepository,
  ) {}

  onModuleInit(): void {
    this.registry.handler('assemblies.body-membership-changed', async (payload, envelope, manager) => {
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
    });
  }
}

/**
 * The body-membership read model of a service that consumes assemblies'
 * `body-membership-changed` events: registers the handler and provides
 * `BodyMemberRepository`. Needs the app's EventConsumerModule (the handler registry) and
 * `BodyMemberEntity` in the service's datasource, with its table (`createBodyMemberTable`)
 * in the service's schema.
 */
@Module({
  providers: [BodyMemberRepository, BodyMembershipReadModelHandlers],
  exports: [BodyMemberRepository],
})
export class BodyMembershipReadModelModule {}
