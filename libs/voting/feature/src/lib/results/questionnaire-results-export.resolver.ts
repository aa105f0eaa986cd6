import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@civic/platform';
import { QuestionnaireResultRowType } from './questionnaire-result-row.type';
import { QuestionnaireResultsExport } from './questionnaire-results-export.service';

/** Results as open data: public, per county. */
@Resolver(() => QuestionnaireResultRowType)
export class QuestionnaireResultsExportResolver {
  constructor(private readonly exports: QuestionnaireResultsExport) {}

  @Public()
  @Query(() => [QuestionnaireResultRowType], {
    description: 'Open data: every question’s result in every county that counted, live or certified (as questionResults).',
  })
  questionnaireResultRows(@Args('year', { type: () => Int }) year: number): Promise<QuestionnaireResultRowType[]> {
    return this.exports.rows(year);
  }

  @Public()
  @Query(() => String, {
    description:
      'Open data as CSV (RFC 4180): year, question_position, question_id, county_code, choice, online, in_room, paper, total, status (live | certified); one line per question, county and choice.',
  })
  questionnaireResultsCsv(@Args('year', { type: () => Int }) year: number): Promise<string> {
    return this.exports.csv(year);
  }
}
