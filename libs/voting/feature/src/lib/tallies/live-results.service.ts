import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BallotRepository, type QuestionnaireEntity, type QuestionnaireQuestionEntity } from '@civic/voting-data-access';
import {
  tallyByDistrict,
  tallyCountyQuestionResult,
  tallyRowsAsChannelTotals,
  tallyStatewide,
  type ChannelTotals,
  type CountyTally,
  type QuestionTally,
} from '@civic/voting-domain';
import { toTallyCounts } from '../graphql/choice-count.type';
import { toQuestionType, type QuestionnaireQuestionType } from '../questionnaires/questionnaire-question.type';
import { toCountyQuestionResultType, type QuestionResultType } from '../results/question-result.type';

/**
 * Live results: computed from the tally counters (online and in-room ballots, bumped by the
 * ballot box in each batch's transaction) and the confirmed paper totals — never from the
 * ballots themselves. Three small queries whatever the number of ballots: reading costs
 * questions × counties × channels × choices rows, the same at a thousand ballots or a million,
 * and is as fresh as the last committed batch.
 */
@Injectable()
export class LiveResults {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ballots: BallotRepository,
  ) {}

  /** Each question's live result (with districts), in the order given. */
  async forQuestions(questionnaire: QuestionnaireEntity, questions: readonly QuestionnaireQuestionEntity[]): Promise<QuestionResultType[]> {
    if (questions.length === 0) return [];
    const tallies = await this.tallies(questionnaire.id, questions);
    const results = questions.map((question) => toLiveResult(toQuestionType(question, questionnaire.year), tallies.get(question.id) as QuestionTally));
    return this.withDistricts(results);
  }

  /** Each question's count over every channel, county by county: what live results and certification both sum. */
  async tallies(questionnaireId: string, questions: readonly QuestionnaireQuestionEntity[]): Promise<Map<string, QuestionTally>> {
    const manager = this.dataSource.manager;
    const ids = questions.map((question) => question.id);
    const [rows, paper] = await Promise.all([this.ballots.tally(manager, questionnaireId, ids), this.ballots.confirmedPaperTotals(manager, questionnaireId)]);
    const rowsByQuestion = groupBy(rows, (row) => row.questionId);
    const paperByQuestion = groupBy(paper, (row) => row.questionId);
    return new Map(
      questions.map((question) => {
        const totals: ChannelTotals[] = [
          ...tallyRowsAsChannelTotals(rowsByQuestion.get(question.id) ?? []),
          ...(paperByQuestion.get(question.id) ?? []).map((row): ChannelTotals => ({ channel: 'paper', countyCode: row.countyCode, counts: row.counts })),
        ];
        const tally =
          question.countyCode === null ? tallyStatewide(question.choices, totals) : tallyCountyQuestionResult(question.choices, question.countyCode, totals);
        return [question.id, tally];
      }),
    );
  }

  /** Adds the district breakdown from the jurisdiction tree (assemblies' read model). */
  async withDistricts(results: QuestionResultType[]): Promise<QuestionResultType[]> {
    const countyCodes = [...new Set(results.flatMap((result) => result.counties.map((county) => county.countyCode)))];
    const districtOf = await this.ballots.districtsOf(this.dataSource.manager, countyCodes);
    return results.map((result) => {
      const { choices } = result.question;
      const counties: CountyTally[] = result.counties.map((county) => ({
        countyCode: county.countyCode,
        counts: Object.fromEntries(county.counts.map((entry) => [entry.choice, entry.count])),
        byChannel: {},
        inFavour: county.inFavour,
      }));
      const districts = tallyByDistrict(choices, counties, districtOf).map((district) => ({
        districtCode: district.districtCode,
        district: { code: district.districtCode },
        ...toTallyCounts(choices, district.counts),
        countiesInFavour: district.countiesInFavour,
        countiesCounted: district.countiesCounted,
        inFavour: district.inFavour,
      }));
      return { ...result, districts };
    });
  }
}

export function toLiveResult(question: QuestionnaireQuestionType, tally: QuestionTally): QuestionResultType {
  const { choices } = question;
  return {
    id: null,
    live: true,
    question,
    ...toTallyCounts(choices, tally.counts),
    countiesInFavour: tally.countiesInFavour,
    countiesCounted: tally.countiesCounted,
    passed: tally.passed,
    certifiedAt: null,
    counties: tally.counties.map((county) => toCountyQuestionResultType(choices, county)),
    districts: [],
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
