import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { AddQuestionnaireQuestionService } from './add-questionnaire-question.service';
import { QuestionnaireQuestionType } from './questionnaire-question.type';
import { QuestionnaireStatusService } from './questionnaire-status.service';
import { QuestionnaireType } from './questionnaire.type';
import { AddQuestionnaireQuestionInput } from './questionnaire.input';
import { SetResultsPublicationThresholdService } from './set-results-publication-threshold.service';

/** Staff shape the questionnaire and run its voting window. */
@RequireRoles('staff', 'admin')
@Resolver(() => QuestionnaireType)
export class QuestionnaireAdminResolver {
  constructor(
    private readonly adding: AddQuestionnaireQuestionService,
    private readonly statuses: QuestionnaireStatusService,
    private readonly thresholds: SetResultsPublicationThresholdService,
  ) {}

  @Mutation(() => QuestionnaireQuestionType, {
    description:
      "Adds the agency's or the board's question at the end of a congress year's questionnaire (staff), making the questionnaire in DRAFT if needed. " +
      'Only while it is a DRAFT: otherwise CONFLICT. Advisory and county questions arrive from the resolutions pipeline.',
  })
  addQuestionnaireQuestion(@CurrentUser() user: AuthenticatedUser, @Args('input') input: AddQuestionnaireQuestionInput): Promise<QuestionnaireQuestionType> {
    return this.adding.add(user, input);
  }

  @Mutation(() => QuestionnaireType, {
    description:
      "Sets k, the threshold of a congress year's public results while voting is open (staff): a county channel's public figures move only once at least k more " +
      'ballots arrived there, and a county below k shows no counts (default 10; a whole number from 2 to 1,000, else BAD_USER_INPUT). Makes the questionnaire in ' +
      'DRAFT if needed; only while it is a DRAFT: otherwise CONFLICT.',
  })
  setResultsPublicationThreshold(
    @CurrentUser() user: AuthenticatedUser,
    @Args('year', { type: () => Int }) year: number,
    @Args('threshold', { type: () => Int }) threshold: number,
  ): Promise<QuestionnaireType> {
    return this.thresholds.set(user, year, threshold);
  }

  @Mutation(() => QuestionnaireType, {
    description: 'Opens voting on a DRAFT questionnaire that has questions (staff); otherwise CONFLICT. No questionnaire: NOT_FOUND.',
  })
  openQuestionnaire(@CurrentUser() user: AuthenticatedUser, @Args('year', { type: () => Int }) year: number): Promise<QuestionnaireType> {
    return this.statuses.open(user, year);
  }

  @Mutation(() => QuestionnaireType, {
    description:
      'Closes voting on an OPEN questionnaire (staff); otherwise CONFLICT. Paper totals may still be entered and confirmed; results are certified after this.',
  })
  closeQuestionnaire(@CurrentUser() user: AuthenticatedUser, @Args('year', { type: () => Int }) year: number): Promise<QuestionnaireType> {
    return this.statuses.close(user, year);
  }

  @Mutation(() => QuestionnaireType, {
    description: 'Marks a CLOSED questionnaire CERTIFIED once every question has its certified result (staff); otherwise CONFLICT. Final.',
  })
  certifyQuestionnaire(@CurrentUser() user: AuthenticatedUser, @Args('year', { type: () => Int }) year: number): Promise<QuestionnaireType> {
    return this.statuses.certify(user, year);
  }
}
