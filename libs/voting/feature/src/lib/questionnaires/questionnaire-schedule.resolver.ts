import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { QuestionnaireScheduleService } from './questionnaire-schedule.service';
import { QuestionnaireType } from './questionnaire.type';
import { ScheduleQuestionnaireInput } from './schedule-questionnaire.input';

@RequireRoles('staff', 'admin')
@Resolver(() => QuestionnaireType)
export class QuestionnaireScheduleResolver {
  constructor(private readonly schedules: QuestionnaireScheduleService) {}

  @Mutation(() => QuestionnaireType, {
    description:
      "Sets a DRAFT or OPEN questionnaire's voting window (staff): it opens at opensAt and closes at closesAt by scheduled jobs, with no one at the keyboard. " +
      'BAD_USER_INPUT for a window that ends before it starts or is already over; CONFLICT for a closed or certified questionnaire.',
  })
  scheduleQuestionnaire(@CurrentUser() user: AuthenticatedUser, @Args('input') input: ScheduleQuestionnaireInput): Promise<QuestionnaireType> {
    return this.schedules.schedule(user, input);
  }
}
