import { Injectable } from '@nestjs/common';
import { QuestionnaireRepository, QuestionResultRepository } from '@civic/voting-data-access';
import { tallyByCounty, yesNoAbstain } from '@civic/voting-domain';
import { QuestionTallyService } from '../results/question-tally.service';

export interface CountyCounts {
  yes: number;
  no: number;
  abstain: number;
}

/** What the public of each county answered on one question. */
export interface CountyPublicResult {
  /** True when read from the certified result; false for the live (provisional) count. */
  certified: boolean;
  counties: ReadonlyMap<string, CountyCounts>;
}

/**
 * The one place representation reads the public's per-county answers: the certified result
 * when there is one (county_result), else the live count of every channel so far (the same
 * QuestionTallyService certification counts from). Switch the source here, nowhere else.
 */
@Injectable()
export class CountyPublicResults {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly results: QuestionResultRepository,
    private readonly tally: QuestionTallyService,
  ) {}

  async forQuestions(questionIds: readonly string[]): Promise<Map<string, CountyPublicResult>> {
    const ids = [...new Set(questionIds)];
    const found = new Map<string, CountyPublicResult>();
    if (ids.length === 0) return found;
    const certified = await this.results.forQuestions(ids);
    const countyRows = await this.results.counties(certified.map((result) => result.id));
    for (const result of certified) {
      const counties = new Map(countyRows.filter((row) => row.resultId === result.id).map((row): [string, CountyCounts] => [row.countyCode, yesNoAbstain(row.counts)]));
      found.set(result.questionId, { certified: true, counties });
    }
    const uncertified = ids.filter((id) => !found.has(id));
    if (uncertified.length === 0) return found;
    const questions = await this.questionnaires.questionsById(uncertified);
    // One read-only transaction: every question counted from the same moment.
    await this.questionnaires.transaction(async (manager) => {
      for (const question of questions) {
        const tallies = tallyByCounty(question.choices, await this.tally.channelTotals(manager, question.id));
        found.set(question.id, { certified: false, counties: new Map(tallies.map((county): [string, CountyCounts] => [county.countyCode, yesNoAbstain(county.counts)])) });
      }
    });
    return found;
  }
}
