import { Module } from '@nestjs/common';
import { AttendanceRepository, CountyMeetingRepository, JurisdictionRepository } from '@civic/assemblies-data-access';
import { ResidencyReadModelModule } from '@civic/data-access';
import { ChangeMeetingStatusService } from './change-meeting-status.service';
import { CheckInService } from './check-in.service';
import { CountyMeetingContext } from './county-meeting-context.service';
import { CountyMeetingReader } from './county-meeting-reader.service';
import { MeetingVotingRightsService } from './meeting-voting-rights.service';
import { ScheduleCountyMeetingService } from './schedule-county-meeting.service';
import { UpdateCountyMeetingService } from './update-county-meeting.service';

const useCases = [
  CountyMeetingReader,
  ScheduleCountyMeetingService,
  UpdateCountyMeetingService,
  ChangeMeetingStatusService,
  CheckInService,
  MeetingVotingRightsService,
];

/**
 * County meetings and the residents read model behind check-in (the shared
 * ResidencyReadModelModule). Needs the app's TypeOrmModule and EventConsumerModule (for
 * the handler registry). The resolvers live in
 * AssembliesFeatureModule (with every resolver of the subgraph); `MeetingVotingRightsService`
 * is exported for the elections and county votes that come next.
 */
@Module({
  imports: [ResidencyReadModelModule],
  providers: [
    CountyMeetingRepository,
    AttendanceRepository,
    JurisdictionRepository,
    CountyMeetingContext,
    ...useCases,
  ],
  exports: useCases,
})
export class CountyMeetingsModule {}
