import { Module } from '@nestjs/common';
import { BodyMeetingRepository, BodyRepository, JurisdictionRepository } from '@civic/assemblies-data-access';
import {
  BodiesResolver,
  BodyAgendaItemResolver,
  BodyAttendeeResolver,
  BodyMeetingResolver,
  BodyMembershipResolver,
  BodyMotionResolver,
  BodyVoteResolver,
  ConflictOfInterestResolver,
} from './bodies.resolver';
import { BodyAdminResolver } from './body-admin.resolver';
import { BodyMeetingAdminService } from './body-meeting-admin.service';
import { BodyMemberResolver } from './body-member.resolver';
import { BodyMembers } from './body-members.service';
import { BodyMembershipService } from './body-membership.service';
import { BodyReader } from './body-reader.service';
import { BodyVoteService } from './body-vote.service';
import { CreateCommitteeService } from './create-committee.service';

/**
 * The bodies of the congress, their members and their meetings. Exported for the election
 * engine: `BodyMembershipService.fill` seats a certified council or Executive Committee
 * result, and `BodyReader` resolves an election's body.
 */
@Module({
  providers: [
    BodyRepository,
    BodyMeetingRepository,
    JurisdictionRepository,
    BodyMembers,
    BodyMembershipService,
    CreateCommitteeService,
    BodyMeetingAdminService,
    BodyVoteService,
    BodyReader,
    BodiesResolver,
    BodyMembershipResolver,
    BodyMeetingResolver,
    BodyAgendaItemResolver,
    BodyMotionResolver,
    BodyVoteResolver,
    ConflictOfInterestResolver,
    BodyAttendeeResolver,
    BodyAdminResolver,
    BodyMemberResolver,
  ],
  exports: [BodyMembershipService, BodyReader],
})
export class BodiesModule {}
