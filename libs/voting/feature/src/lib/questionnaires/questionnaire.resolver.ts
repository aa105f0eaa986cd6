import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, Public, type AuthenticatedUser } from '@civic/platform';
import { QuestionnaireQuestionType } from './questionnaire-question.type';
import { QuestionnaireReader } from './questionnaire-reader.service';
import { QuestionnaireType } from './questionnaire.type';

/** Questionnaires are public: every question, statewide and county-local, with its background. */
@Resolver(() => QuestionnaireType)
export class QuestionnaireResolver {
  constructor(private readonly reader: QuestionnaireReader) {}

  @Public()
  @Query(() => QuestionnaireType, { nullable: true, description: 'The questionnaire of a congress year; null if there is none yet.' })
  questionnaire(@Args('year', { type: () => Int }) year: number): Promise<QuestionnaireType | null> {
    return this.reader.byYear(year);
  }

  @Authenticated()
  @Query(() => QuestionnaireType, {
    nullable: true,
    description:
      "The caller's questionnaire for a congress year: the statewide questions and their own county's citizen resolutions (the county of their verified residency). " +
      'Without a verified residency: NOT_ELIGIBLE. Null if the year has no questionnaire yet.',
  })
  myQuestionnaire(@CurrentUser() user: AuthenticatedUser, @Args('year', { type: () => Int }) year: number): Promise<QuestionnaireType | null> {
    return this.reader.forVoter(user, year);
  }

  @Public()
  @ResolveField(() => [QuestionnaireQuestionType], {
    description:
      'The questions in order. With countyCode: the statewide questions and that county’s citizen resolutions; without: every question ' +
      '(in myQuestionnaire, the voter’s county is the default).',
  })
  questions(
    @Parent() questionnaire: QuestionnaireType,
    @Args('countyCode', { type: () => String, nullable: true }) countyCode?: string | null,
  ): Promise<QuestionnaireQuestionType[]> {
    return this.reader.questions(questionnaire, countyCode);
  }
}
