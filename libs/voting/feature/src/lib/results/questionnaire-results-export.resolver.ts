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
    description:
      'Open data: every question’s result in every county that counted, live or certified, with exactly the figures questionResults shows: while voting is open, ' +
      "published snapshots (a county channel's counts move only once k more ballots arrived there; a county below k has belowThreshold and no counts), exact once it closed.",
  })
  questionnaireResultRows(@Args('year', { type: () => Int }) year: number): Promise<QuestionnaireResultRowType[]> {
    return this.exports.rows(year);
  }

  @Public()
  @Query(() => String, {
    description:
      'Open data as CSV (RFC 4180): year, question_position, question_id, county_code, choice, online, in_room, paper, total, status (live | certified | below-threshold); ' +
      'one line per question, county and choice. The figures of questionnaireResultRows: published snapshots while voting is open, a county below the threshold with ' +
      'empty counts and status below-threshold.',
  })
  questionnaireResultsCsv(@Args('year', { type: () => Int }) year: number): Promise<string> {
    return this.exports.csv(year);
  }
}
