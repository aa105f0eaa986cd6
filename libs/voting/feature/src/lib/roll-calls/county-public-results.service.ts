import { Injectable } from '@nestjs/common';
import { QuestionnaireRepository, QuestionResultRepository, type QuestionnaireQuestionEntity } from '@civic/voting-data-access';
import { yesNoAbstain, type QuestionTally } from '@civic/voting-domain';
import { PublishedResults } from '../tallies';

export interface CountyCounts {
  yes: number;
  no: number;
  abstain: number;
}

/** What the public of each county answered on one question. */
export interface CountyPublicResult {
  /** True when read from the certified result; false for the live (provisional) count: published snapshots while voting is open. */
  certified: boolean;
  counties: ReadonlyMap<string, CountyCounts>;
}

/**
 * The one place representation reads the public's per-county answers: the certified result
 * when there is one (county_result), else the public count of every channel so far (the same
 * PublishedResults questionResults shows: while voting is open, the published snapshots, a
 * county below the threshold absent). Switch the source here, nowhere else.
 */
@Injectable()
export class CountyPublicResults {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly results: QuestionResultRepository,
    private readonly published: PublishedResults,
  ) {}

  async forQuestions(questionIds: readonly string[]): Promise<Map<string, CountyPublicResult>> {
    const ids = [...new Set(questionIds)];
    const found = new Map<string, CountyPublicResult>();
    if (ids.length === 0) return found;
    const certified = await this.results.forQuestions(ids);
    const countyRows = await this.results.counties(certified.map((result) => result.id));
    for (const result of certified) {
      const counties = new Map(
        countyRows.filter((row) => row.resultId === result.id).map((row): [string, CountyCounts] => [row.countyCode, yesNoAbstain(row.counts)]),
      );
      found.set(result.questionId, { certified: true, counties });
    }
    const uncertified = ids.filter((id) => !found.has(id));
    if (uncertified.length === 0) return found;
    const byQuestionnaire = new Map<string, QuestionnaireQuestionEntity[]>();
    for (const question of await this.questionnaires.questionsById(uncertified)) {
      const group = byQuestionnaire.get(question.questionnaireId);
      if (group) group.push(question);
      else byQuestionnaire.set(question.questionnaireId, [question]);
    }
    for (const [questionnaireId, questions] of byQuestionnaire) {
      const questionnaire = await this.questionnaires.findById(questionnaireId);
      if (!questionnaire) continue;
      for (const [questionId, tally] of await this.published.tallies(questionnaire, questions))
        found.set(questionId, { certified: false, counties: countyCounts(tally) });
    }
    return found;
  }
}

function countyCounts(tally: QuestionTally): Map<string, CountyCounts> {
  return new Map(tally.counties.map((county): [string, CountyCounts] => [county.countyCode, yesNoAbstain(county.counts)]));
}
