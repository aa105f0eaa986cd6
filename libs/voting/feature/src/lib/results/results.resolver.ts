import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@civic/platform';
import { QuestionResultType } from './question-result.type';
import { ResultReader } from './result-reader.service';

/** Results are public, county by county: published snapshots while voting runs, exact once it closed, certified after. */
@Resolver(() => QuestionResultType)
export class ResultsResolver {
  constructor(private readonly reader: ResultReader) {}

  @Public()
  @Query(() => [QuestionResultType], {
    description:
      "The results of a congress year's questionnaire, in questionnaire order: each question's certified result, else its live count (online and in-room ballots " +
      'and confirmed paper totals). While voting is open the live count is published in snapshots that cannot isolate a ballot: each county channel moves only once ' +
      "at least k (the questionnaire's resultsPublicationThreshold, default 10) more ballots arrived there since its last snapshot, a county below k shows belowThreshold " +
      'instead of counts, and district and statewide figures are sums of the published county figures; a snapshot shows within about a second. Exact once voting ' +
      'has closed. Empty while the questionnaire is a draft.',
  })
  questionResults(@Args('year', { type: () => Int }) year: number): Promise<QuestionResultType[]> {
    return this.reader.forYear(year);
  }

  @Public()
  @Query(() => QuestionResultType, {
    nullable: true,
    description:
      "A question's certified result, else its live count (published snapshots while voting is open, as in questionResults; exact once it closed); " +
      'null for an unknown question or while the questionnaire is a draft.',
  })
  questionResult(@Args('questionId', { type: () => ID }) questionId: string): Promise<QuestionResultType | null> {
    return this.reader.forQuestion(questionId);
  }
}
