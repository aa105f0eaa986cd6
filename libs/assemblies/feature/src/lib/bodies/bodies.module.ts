import { Module } from '@nestjs/common';
import { BodyMeetingRepository, BodyRepository, JurisdictionRepository } from '@civic/assemblies-data-access';
import { BodyMeetingAdminService } from './body-meeting-admin.service';
import { BodyMembers } from './body-members.service';
import { BodyMembershipService } from './body-membership.service';
import { BodyReader } from './body-reader.service';
import { BodyVoteService } from './body-vote.service';
import { CreateCommitteeService } from './create-committee.service';

/**
 * The bodies of the congress and their meetings (resolvers are listed in
 * assembliesResolvers). `BodyMembershipService.fill` is exported for the election engine:
 * a certified council or Executive Committee result fills memberships through it.
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
  ],
  exports: [BodyMembershipService, BodyReader, BodyMembers, BodyMeetingAdminService, BodyVoteService, CreateCommitteeService],
})
export class BodiesModule {}
