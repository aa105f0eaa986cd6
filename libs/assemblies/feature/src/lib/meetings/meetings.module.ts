import { Module } from '@nestjs/common';
import { AttendanceRepository, CountyMeetingRepository, JurisdictionRepository } from '@civic/assemblies-data-access';
import { ResidencyReadModelModule } from '@civic/data-access';
import { ChangeMeetingStatusService } from './change-meeting-status.service';
import { CheckInResolver } from './check-in.resolver';
import { CheckInService } from './check-in.service';
import { CountyMeetingAdminResolver } from './county-meeting-admin.resolver';
import { CountyMeetingContext } from './county-meeting-context.service';
import { CountyMeetingReader } from './county-meeting-reader.service';
import { CountyMeetingResolver } from './county-meeting.resolver';
import { MeetingVotingRightsService } from './meeting-voting-rights.service';
import { ScheduleCountyMeetingService } from './schedule-county-meeting.service';
import { UpdateCountyMeetingService } from './update-county-meeting.service';

/**
 * County meetings, check-in at the door and the residents read model behind it (the shared
 * ResidencyReadModelModule). Needs the app's TypeOrmModule and EventConsumerModule (for
 * the handler registry). `MeetingVotingRightsService` is exported for the elections and
 * county votes, which ask who may vote at a meeting.
 */
@Module({
  imports: [ResidencyReadModelModule],
  providers: [
    CountyMeetingRepository,
    AttendanceRepository,
    JurisdictionRepository,
    CountyMeetingContext,
    CountyMeetingReader,
    ScheduleCountyMeetingService,
    UpdateCountyMeetingService,
    ChangeMeetingStatusService,
    CheckInService,
    MeetingVotingRightsService,
    CountyMeetingResolver,
    CountyMeetingAdminResolver,
    CheckInResolver,
  ],
  exports: [MeetingVotingRightsService],
})
export class MeetingsModule {}
