import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '@civic/platform';
import { QuestionnaireQuestionType } from '../questionnaires';
import { RollCallStatus } from './roll-call.enums';
import { RollCallReader } from './roll-call-reader.service';
import { RollCallType } from './roll-call.type';

/** Roll calls are public record: every named vote, by delegate and by county. */
@Resolver(() => RollCallType)
export class RollCallResolver {
  constructor(private readonly reader: RollCallReader) {}

  @Public()
  @Query(() => RollCallType, { nullable: true, description: 'A roll call with every named vote, live while it is open.' })
  rollCall(@Args('id', { type: () => ID }) id: string): Promise<RollCallType | null> {
    return this.reader.find(id);
  }

  @Public()
  @Query(() => [RollCallType], { description: "Roll calls, newest first; bodyCode 'convention' for the convention's." })
  rollCalls(
    @Args('bodyCode', { type: () => String, nullable: true }) bodyCode?: string | null,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
    @Args('status', { type: () => RollCallStatus, nullable: true }) status?: RollCallStatus | null,
  ): Promise<RollCallType[]> {
    return this.reader.list({ bodyCode, year, status });
  }

  @Public()
  @ResolveField(() => QuestionnaireQuestionType, { nullable: true, description: 'The questionnaire question the motion decides.' })
  question(@Parent() rollCall: RollCallType): Promise<QuestionnaireQuestionType | null> {
    return this.reader.question(rollCall.questionId);
  }
}
