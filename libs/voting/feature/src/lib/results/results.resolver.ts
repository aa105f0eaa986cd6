import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@civic/platform';
import { QuestionResultType } from './question-result.type';
import { ResultReader } from './result-reader.service';

/** Certified results are public, county by county. */
@Resolver(() => QuestionResultType)
export class ResultsResolver {
  constructor(private readonly reader: ResultReader) {}

  @Public()
  @Query(() => [QuestionResultType], { description: "The certified results of a congress year's questionnaire, in questionnaire order." })
  questionResults(@Args('year', { type: () => Int }) year: number): Promise<QuestionResultType[]> {
    return this.reader.forYear(year);
  }

  @Public()
  @Query(() => QuestionResultType, { nullable: true, description: "A question's certified result; null until it is certified." })
  questionResult(@Args('questionId', { type: () => ID }) questionId: string): Promise<QuestionResultType | null> {
    return this.reader.forQuestion(questionId);
  }
}
