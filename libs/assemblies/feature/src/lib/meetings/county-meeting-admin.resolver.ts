import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { CountyMeetingEntity } from '@civic/assemblies-data-access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { ChangeMeetingStatusService } from './change-meeting-status.service';
import { CreateCountyMeetingInput, UpdateCountyMeetingInput } from './county-meeting.input';
import { CountyMeeting } from './county-meeting.type';
import { ScheduleCountyMeetingService } from './schedule-county-meeting.service';
import { UpdateCountyMeetingService } from './update-county-meeting.service';

/** Staff run county meetings: schedule, edit, open check-in, close. */
@RequireRoles('staff', 'admin')
@Resolver(() => CountyMeeting)
export class CountyMeetingAdminResolver {
  constructor(
    private readonly scheduling: ScheduleCountyMeetingService,
    private readonly updating: UpdateCountyMeetingService,
    private readonly status: ChangeMeetingStatusService,
  ) {}

  @Mutation(() => CountyMeeting, { description: "Schedules a county's meeting for a congress year (staff). One per county per year." })
  createCountyMeeting(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CreateCountyMeetingInput): Promise<CountyMeetingEntity> {
    return this.scheduling.schedule(user, input);
  }

  @Mutation(() => CountyMeeting, { description: 'Changes place, time or agenda until the meeting closes (staff).' })
  updateCountyMeeting(@Args('input') input: UpdateCountyMeetingInput): Promise<CountyMeetingEntity> {
    return this.updating.update(input);
  }

  @Mutation(() => CountyMeeting, { description: 'Opens a scheduled meeting: check-in starts (staff).' })
  openCountyMeeting(@Args('meetingId', { type: () => ID }) meetingId: string): Promise<CountyMeetingEntity> {
    return this.status.apply(meetingId, 'open');
  }

  @Mutation(() => CountyMeeting, { description: 'Closes an open meeting for good: check-in ends (staff).' })
  closeCountyMeeting(@Args('meetingId', { type: () => ID }) meetingId: string): Promise<CountyMeetingEntity> {
    return this.status.apply(meetingId, 'close');
  }
}
