import { Args, GraphQLISODateTime, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { RollCallReader } from './roll-call-reader.service';
import { RollCallScheduleStatus } from './roll-call-schedule.enums';
import { RollCallScheduleService } from './roll-call-schedule.service';
import { RollCallScheduleType } from './roll-call-schedule.type';
import { RollCallType } from './roll-call.type';
import { ScheduleRollCallInput } from './schedule-roll-call.input';

/** Staff schedule roll calls; the schedule, like the roll calls, is public. */
@Resolver(() => RollCallScheduleType)
export class RollCallScheduleResolver {
  constructor(
    private readonly schedules: RollCallScheduleService,
    private readonly reader: RollCallReader,
  ) {}

  @RequireRoles('staff', 'admin')
  @Mutation(() => RollCallScheduleType, {
    description:
      'Schedules a roll call to open at opensAt (staff), and to close at closesAt if given, by scheduled jobs with no one at the keyboard. ' +
      "The motion is checked now; its electorate (the body's members) and the quorum against it when it opens — if it cannot open then, the schedule is FAILED with the reason. " +
      'BAD_USER_INPUT for a bad motion or window; NOT_FOUND for an unknown question.',
  })
  scheduleRollCall(@CurrentUser() user: AuthenticatedUser, @Args('input') input: ScheduleRollCallInput): Promise<RollCallScheduleType> {
    return this.schedules.schedule(user, input);
  }

  @RequireRoles('staff', 'admin')
  @Mutation(() => RollCallType, {
    description:
      'Sets or moves the time an open roll call closes by itself (staff); it closes in their name. BAD_USER_INPUT for a time not in the future; CONFLICT once closed.',
  })
  scheduleRollCallClose(
    @CurrentUser() user: AuthenticatedUser,
    @Args('rollCallId', { type: () => ID }) rollCallId: string,
    @Args('closesAt', { type: () => GraphQLISODateTime }) closesAt: Date,
  ): Promise<RollCallType> {
    return this.schedules.scheduleClose(user, rollCallId, closesAt);
  }

  @RequireRoles('staff', 'admin')
  @Mutation(() => RollCallScheduleType, {
    description: 'Cancels a scheduled roll call that has not opened yet (staff). CONFLICT once it opened, failed or was missed.',
  })
  cancelScheduledRollCall(@CurrentUser() user: AuthenticatedUser, @Args('id', { type: () => ID }) id: string): Promise<RollCallScheduleType> {
    return this.schedules.cancel(user, id);
  }

  @Public()
  @Query(() => [RollCallScheduleType], {
    description: 'Scheduled roll calls, soonest opening first: the agenda of roll calls to come, and what became of past ones.',
  })
  rollCallSchedules(
    @Args('status', { type: () => RollCallScheduleStatus, nullable: true }) status?: RollCallScheduleStatus | null,
  ): Promise<RollCallScheduleType[]> {
    return this.schedules.list(status ?? null);
  }

  @Public()
  @ResolveField(() => RollCallType, { nullable: true, description: 'The roll call, once it opened.' })
  rollCall(@Parent() schedule: RollCallScheduleType): Promise<RollCallType | null> {
    return schedule.rollCallId === null ? Promise.resolve(null) : this.reader.find(schedule.rollCallId);
  }
}
