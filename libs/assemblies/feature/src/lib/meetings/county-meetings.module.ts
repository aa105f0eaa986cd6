import { Module } from '@nestjs/common';
import { AttendanceRepository, CountyMeetingRepository, JurisdictionRepository, ResidentRepository } from '@civic/assemblies-data-access';
import { RecordResidencyService } from '../residents/record-residency.service';
import { ResidencyEventHandlers } from '../residents/residency-event.handlers';
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
 * County meetings and the residents read model behind check-in. Needs the app's
 * TypeOrmModule and EventConsumerModule (for the handler registry). The resolvers live in
 * AssembliesFeatureModule (with every resolver of the subgraph); `MeetingVotingRightsService`
 * is exported for the elections and county votes that come next.
 */
@Module({
  providers: [
    ResidentRepository,
    CountyMeetingRepository,
    AttendanceRepository,
    JurisdictionRepository,
    RecordResidencyService,
    ResidencyEventHandlers,
    CountyMeetingContext,
    ...useCases,
  ],
  exports: useCases,
})
export class CountyMeetingsModule {}
