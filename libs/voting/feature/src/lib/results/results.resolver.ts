import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@civic/platform';
import { QuestionResultType } from './question-result.type';
import { ResultReader } from './result-reader.service';

/** Results are public, county by county: live while voting runs, certified after. */
@Resolver(() => QuestionResultType)
export class ResultsResolver {
  constructor(private readonly reader: ResultReader) {}

  @Public()
  @Query(() => [QuestionResultType], {
    description:
      "The results of a congress year's questionnaire, in questionnaire order: each question's certified result, else its live count (online and in-room ballots " +
      'and confirmed paper totals; fresh with every committed batch). Empty while the questionnaire is a draft.',
  })
  questionResults(@Args('year', { type: () => Int }) year: number): Promise<QuestionResultType[]> {
    return this.reader.forYear(year);
  }

  @Public()
  @Query(() => QuestionResultType, {
    nullable: true,
    description: "A question's certified result, else its live count; null for an unknown question or while the questionnaire is a draft.",
  })
  questionResult(@Args('questionId', { type: () => ID }) questionId: string): Promise<QuestionResultType | null> {
    return this.reader.forQuestion(questionId);
  }
}
