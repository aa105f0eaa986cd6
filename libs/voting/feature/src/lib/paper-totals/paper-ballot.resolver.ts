import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { IssuePaperBallotService } from './issue-paper-ballot.service';
import { IssuePaperBallotInput } from './paper-ballot.input';
import { PaperBallotIssueType } from './paper-ballot.type';

/** A county's clerks (or agency staff) hand paper ballots to attendees of its meeting, one per person and questionnaire. */
@RequireCountyAccess()
@Resolver(() => PaperBallotIssueType)
export class PaperBallotResolver {
  constructor(private readonly issuing: IssuePaperBallotService) {}

  @Mutation(() => PaperBallotIssueType, {
    description:
      "Hands a paper ballot for the year's questionnaire to a person checked in with a vote at their county's meeting (agency staff, or a clerk of that county: another county's clerk is FORBIDDEN). " +
      'Records that they voted, channel PAPER, so any later ballot through any channel is ALREADY_VOTED; someone who already voted (online, in the room or on paper) ' +
      'gets ALREADY_VOTED with the channel and no paper. Not checked in with a vote, or a resident of another county: NOT_ELIGIBLE. Outside the voting window: VOTING_CLOSED.',
  })
  issuePaperBallot(@CurrentUser() user: AuthenticatedUser, @Args('input') input: IssuePaperBallotInput): Promise<PaperBallotIssueType> {
    return this.issuing.issue(user, input);
  }
}
