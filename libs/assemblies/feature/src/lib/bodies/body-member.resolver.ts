import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { BodyConflictEntity, BodyVoteEntity } from '@civic/assemblies-data-access';
import { Authenticated, CurrentUser, type AuthenticatedUser } from '@civic/platform';
import { BodyVoteService } from './body-vote.service';
import { BodyVoteType, ConflictOfInterestType } from './body-meeting.type';
import { CastBodyVoteInput, DeclareConflictOfInterestInput } from './body.input';

/** Members act as themselves: any signed-in account, and the service checks membership of the body. */
@Authenticated()
@Resolver()
export class BodyMemberResolver {
  constructor(private readonly votes: BodyVoteService) {}

  @Mutation(() => BodyVoteType, {
    description: 'Casts the caller’s recorded vote on an open motion (members of the body without a declared conflict on the item).',
  })
  castBodyVote(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CastBodyVoteInput): Promise<BodyVoteEntity> {
    return this.votes.cast(user, input);
  }

  @Mutation(() => ConflictOfInterestType, {
    description: 'Declares the caller’s conflict of interest on an agenda item, publicly (members of the body); they then cannot vote on it.',
  })
  declareConflictOfInterest(@CurrentUser() user: AuthenticatedUser, @Args('input') input: DeclareConflictOfInterestInput): Promise<BodyConflictEntity> {
    return this.votes.declareConflict(user, input);
  }
}
