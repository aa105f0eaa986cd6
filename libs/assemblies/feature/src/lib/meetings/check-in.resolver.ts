import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AttendanceEntity } from '@civic/assemblies-data-access';
import { Authenticated, CurrentUser, RequireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { Attendance } from './attendance.type';
import { CheckInService } from './check-in.service';
import { CountyMeetingReader } from './county-meeting-reader.service';
import { CheckInInput } from './county-meeting.input';

@Resolver(() => Attendance)
export class CheckInResolver {
  constructor(
    private readonly checking: CheckInService,
    private readonly reader: CountyMeetingReader,
  ) {}

  @RequireCountyAccess()
  @Mutation(() => Attendance, {
    description:
      'Checks a person in at an open meeting (agency staff, or a clerk of the county; another county’s clerk: FORBIDDEN). A verified resident of the county gets a vote; anyone else attends without one. ' +
      'Checking an account in again returns its record (and gives the vote to someone verified since); a walk-in by name is a new record.',
  })
  checkIn(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CheckInInput): Promise<AttendanceEntity> {
    return this.checking.checkIn(user, input);
  }

  @Authenticated()
  @Query(() => Attendance, { nullable: true, description: "The caller's check-in at a meeting; null if they have not checked in." })
  myCheckIn(@CurrentUser() user: AuthenticatedUser, @Args('meetingId', { type: () => ID }) meetingId: string): Promise<AttendanceEntity | null> {
    return this.reader.myCheckIn(user, meetingId);
  }
}
