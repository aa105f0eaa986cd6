import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { CountyMeetingEntity } from '@civic/assemblies-data-access';
import { CurrentUser, RequireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { ChangeMeetingStatusService } from './change-meeting-status.service';
import { CreateCountyMeetingInput, UpdateCountyMeetingInput } from './county-meeting.input';
import { CountyMeeting } from './county-meeting.type';
import { ScheduleCountyMeetingService } from './schedule-county-meeting.service';
import { UpdateCountyMeetingService } from './update-county-meeting.service';

/** The county's clerks (and agency staff) run its meetings: schedule, edit, open check-in, close. */
@RequireCountyAccess()
@Resolver(() => CountyMeeting)
export class CountyMeetingAdminResolver {
  constructor(
    private readonly scheduling: ScheduleCountyMeetingService,
    private readonly updating: UpdateCountyMeetingService,
    private readonly status: ChangeMeetingStatusService,
  ) {}

  @Mutation(() => CountyMeeting, {
    description:
      "Schedules a county's meeting for a congress year (agency staff, or a clerk of the county; another county's clerk: FORBIDDEN). One per county per year.",
  })
  createCountyMeeting(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CreateCountyMeetingInput): Promise<CountyMeetingEntity> {
    return this.scheduling.schedule(user, input);
  }

  @Mutation(() => CountyMeeting, { description: 'Changes place, time or agenda until the meeting closes (agency staff, or a clerk of the county).' })
  updateCountyMeeting(@CurrentUser() user: AuthenticatedUser, @Args('input') input: UpdateCountyMeetingInput): Promise<CountyMeetingEntity> {
    return this.updating.update(user, input);
  }

  @Mutation(() => CountyMeeting, { description: 'Opens a scheduled meeting: check-in starts (agency staff, or a clerk of the county).' })
  openCountyMeeting(@CurrentUser() user: AuthenticatedUser, @Args('meetingId', { type: () => ID }) meetingId: string): Promise<CountyMeetingEntity> {
    return this.status.apply(user, meetingId, 'open');
  }

  @Mutation(() => CountyMeeting, { description: 'Closes an open meeting for good: check-in ends (agency staff, or a clerk of the county).' })
  closeCountyMeeting(@CurrentUser() user: AuthenticatedUser, @Args('meetingId', { type: () => ID }) meetingId: string): Promise<CountyMeetingEntity> {
    return this.status.apply(user, meetingId, 'close');
  }
}
