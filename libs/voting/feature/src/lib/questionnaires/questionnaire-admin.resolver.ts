import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { AddQuestionnaireQuestionService } from './add-questionnaire-question.service';
import { QuestionnaireQuestionType } from './questionnaire-question.type';
import { QuestionnaireStatusService } from './questionnaire-status.service';
import { QuestionnaireType } from './questionnaire.type';
import { AddQuestionnaireQuestionInput } from './questionnaire.input';

/** Staff shape the questionnaire and run its voting window. */
@RequireRoles('staff', 'admin')
@Resolver(() => QuestionnaireType)
export class QuestionnaireAdminResolver {
  constructor(
    private readonly adding: AddQuestionnaireQuestionService,
    private readonly statuses: QuestionnaireStatusService,
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
