import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { CloseRollCallService } from './close-roll-call.service';
import { OpenRollCallService } from './open-roll-call.service';
import { OpenRollCallInput } from './roll-call.input';
import { RollCallType } from './roll-call.type';

/** Staff open and close roll calls; members vote on them (RollCallVoteResolver). */
@RequireRoles('staff', 'admin')
@Resolver(() => RollCallType)
export class RollCallAdminResolver {
  constructor(
    private readonly opening: OpenRollCallService,
    private readonly closing: CloseRollCallService,
  ) {}

  @Mutation(() => RollCallType, {
    description:
      "Opens a roll call (staff): bodyCode 'convention' puts it to every delegate in office, a body's code to its current members; the electorate " +
      'is fixed now, with each member’s county. Threshold default MAJORITY, quorum default a majority of the electorate. ' +
      'A body without members, a quorum above the electorate or a bad threshold: BAD_USER_INPUT; an unknown question: NOT_FOUND.',
  })
  openRollCall(@CurrentUser() user: AuthenticatedUser, @Args('input') input: OpenRollCallInput): Promise<RollCallType> {
    return this.opening.open(user, input);
  }

  @Mutation(() => RollCallType, {
    description:
      'Closes a roll call (staff) and records its outcome: PASSED or FAILED when quorum is present (threshold over yes / (yes + no)), NO_QUORUM otherwise. ' +
      'With requireQuorum: true, a roll call without quorum is not closed but refused with QUORUM_NOT_MET and stays open. Already closed: CONFLICT.',
  })
  closeRollCall(
    @CurrentUser() user: AuthenticatedUser,
    @Args('rollCallId', { type: () => ID }) rollCallId: string,
    @Args('requireQuorum', { type: () => Boolean, defaultValue: false }) requireQuorum: boolean,
  ): Promise<RollCallType> {
    return this.closing.close(user, rollCallId, requireQuorum);
  }
}
