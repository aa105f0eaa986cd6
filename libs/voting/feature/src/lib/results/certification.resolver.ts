import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { CertifyCountyResolutionVoteInput, CertifyQuestionResultInput } from './certify.input';
import { CertifyCountyResolutionVoteService } from './certify-county-resolution-vote.service';
import { CertifyQuestionResultService } from './certify-question-result.service';
import { QuestionResultType } from './question-result.type';

/** Staff certify results once voting closed and every paper total is confirmed. */
@RequireRoles('staff', 'admin')
@Resolver(() => QuestionResultType)
export class CertificationResolver {
  constructor(
    private readonly countyVotes: CertifyCountyResolutionVoteService,
    private readonly statewide: CertifyQuestionResultService,
  ) {}

  @Mutation(() => QuestionResultType, {
    description:
      "Certifies a county's vote on a citizen resolution introduced there (staff): counts the county's confirmed totals, passes on more yes than no, " +
      'and reports the result to the resolutions service. Only on a CLOSED questionnaire, with no paper totals waiting for confirmation, once: otherwise CONFLICT. ' +
      'A statewide question: BAD_USER_INPUT.',
  })
  certifyCountyResolutionVote(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CertifyCountyResolutionVoteInput): Promise<QuestionResultType> {
    return this.countyVotes.certify(user, input);
  }

  @Mutation(() => QuestionResultType, {
    description:
      'Certifies a statewide question (staff): sums confirmed totals county by county and statewide, counts the counties in favour, passes on more yes than no; ' +
      'a question from a citizen resolution is reported to the resolutions service. Only on a CLOSED questionnaire, with no paper totals waiting, once: otherwise CONFLICT. ' +
      'A county-local question: BAD_USER_INPUT.',
  })
  certifyQuestionResult(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CertifyQuestionResultInput): Promise<QuestionResultType> {
    return this.statewide.certify(user, input);
  }
}
