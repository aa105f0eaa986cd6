import { Module } from '@nestjs/common';
import { JurisdictionRepository } from '@civic/assemblies-data-access';
import { CongressResolver } from './jurisdictions/congress.resolver';
import { JurisdictionReader } from './jurisdictions/jurisdiction-reader.service';
import { JurisdictionResolver } from './jurisdictions/jurisdiction.resolver';
import { CheckInResolver } from './meetings/check-in.resolver';
import { CountyMeetingAdminResolver } from './meetings/county-meeting-admin.resolver';
import { CountyMeetingResolver } from './meetings/county-meeting.resolver';
import { CountyMeetingsModule } from './meetings/county-meetings.module';
import { ConfigurationResolver } from './configuration/configuration.resolver';
import { JurisdictionAdminResolver } from './configuration/jurisdiction-admin.resolver';
import {
  DelegatesResolver,
  JurisdictionSeatsResolver,
  SeatResolver,
  TenureResolver,
} from './representation/representation.resolver';
import { SeatsModule } from './seats/seats.module';
import { VacancyResolver } from './seats/vacancy.resolver';
import { BodiesModule } from './bodies/bodies.module';
import { BodyAdminResolver } from './bodies/body-admin.resolver';
import { BodyMemberResolver } from './bodies/body-member.resolver';
import {
  BodiesResolver,
  BodyAgendaItemResolver,
  BodyAttendeeResolver,
  BodyMeetingResolver,
  BodyMembershipResolver,
  BodyMotionResolver,
  BodyVoteResolver,
  ConflictOfInterestResolver,
} from './bodies/bodies.resolver';
import { ElectionsModule } from './elections/elections.module';
import { ElectionAdminResolver } from './elections/election-admin.resolver';
import { ElectionParticipationResolver } from './elections/election-participation.resolver';
import { BodyElectionsResolver, CountyMeetingElectionResolver, ElectionCandidateResolver, ElectionResolver } from './elections/election.resolver';

export const assembliesResolvers = [
  CongressResolver,
  JurisdictionResolver,
  CountyMeetingResolver,
  CountyMeetingAdminResolver,
  CheckInResolver,
  ConfigurationResolver,
  JurisdictionAdminResolver,
  VacancyResolver,
  JurisdictionSeatsResolver,
  SeatResolver,
  TenureResolver,
  DelegatesResolver,
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
  ElectionResolver,
  ElectionCandidateResolver,
  CountyMeetingElectionResolver,
  BodyElectionsResolver,
  ElectionAdminResolver,
  ElectionParticipationResolver,
];

@Module({
  imports: [CountyMeetingsModule, SeatsModule, BodiesModule, ElectionsModule],
  providers: [JurisdictionRepository, JurisdictionReader, ...assembliesResolvers],
  exports: [CountyMeetingsModule],
})
export class AssembliesFeatureModule {}
