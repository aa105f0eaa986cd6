import { Module } from '@nestjs/common';
import { BodyMembershipReadModelModule } from '@civic/data-access';
import { AssembliesReadModelsRepository } from '@civic/voting-data-access';
import { AssembliesEventHandlers } from './assemblies-event.handlers';

/**
 * Voting's copies of assemblies' facts ("voting"."delegate_seat", "meeting_attendee",
 * "jurisdiction", "body_member"), kept current by its events. Other voting features read
 * these tables with SQL. Needs the app's EventConsumerModule (the handler registry).
 */
@Module({
  imports: [BodyMembershipReadModelModule],
  providers: [AssembliesReadModelsRepository, AssembliesEventHandlers],
  exports: [BodyMembershipReadModelModule],
})
export class AssembliesReadModelsModule {}
