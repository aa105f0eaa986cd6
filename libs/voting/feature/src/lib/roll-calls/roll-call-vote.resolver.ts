import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, type AuthenticatedUser } from '@civic/platform';
import { CastRollCallVoteService } from './cast-roll-call-vote.service';
import { DeclareRollCallConflictService } from './declare-roll-call-conflict.service';
import { CastRollCallVoteInput, DeclareRollCallConflictInput } from './roll-call.input';
import { RollCallVoteType } from './roll-call.type';

/** Members of a roll call's electorate vote by name; whether the caller is one is the use case's check. */
@Authenticated()
@Resolver(() => RollCallVoteType)
export class RollCallVoteResolver {
  constructor(
    private readonly casting: CastRollCallVoteService,
    private readonly declaring: DeclareRollCallConflictService,
  ) {}

  @Mutation(() => RollCallVoteType, {
    description:
      "Casts or changes the caller's named vote (delegate: a member of the roll call's electorate) while the roll call is open; every change is kept. " +
      'Not a member: NOT_ELIGIBLE; after a declared conflict: CONFLICT_OF_INTEREST_DECLARED; closed: VOTING_CLOSED.',
  })
  castRollCallVote(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CastRollCallVoteInput): Promise<RollCallVoteType> {
    return this.casting.cast(user, input);
  }

  @Mutation(() => RollCallVoteType, {
    description:
      'Declares a conflict of interest on a roll call, publicly with a reason (delegate: a member of its electorate). The delegate may no longer vote on it, ' +
      'a vote already cast is withdrawn, and they count as present. Not a member: NOT_ELIGIBLE; closed: VOTING_CLOSED; declared before: CONFLICT.',
  })
  declareRollCallConflict(@CurrentUser() user: AuthenticatedUser, @Args('input') input: DeclareRollCallConflictInput): Promise<RollCallVoteType> {
    return this.declaring.declare(user, input);
  }
}
