import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BallotRepository, type QuestionnaireQuestionEntity } from '@civic/voting-data-access';
import { tallyCountyQuestionResult, tallyStatewide, type QuestionTally } from '@civic/voting-domain';

/**
 * The one reader of counts: each question's count over every channel, county by county,
 * from the tally counters (online and in-room ballots, bumped by the ballot box in each
 * batch's transaction) and the confirmed paper totals — never from the ballots themselves.
 * Live results show it; certification stores it (reading in its own transaction). One
 * statement whatever the number of ballots: questions × counties × channels × choices
 * counters, as fresh as the last committed batch.
 */
@Injectable()
export class LiveResults {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ballots: BallotRepository,
  ) {}

  /**
   * Each question's count (statewide, or in its own county for a county-local question).
   * Pass the transaction's manager to count what it sees.
   */
  async tallies(
    questionnaireId: string,
    questions: readonly QuestionnaireQuestionEntity[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, QuestionTally>> {
    if (questions.length === 0) return new Map();
    const totals = await this.ballots.channelTotals(
      manager,
      questionnaireId,
      questions.map((question) => question.id),
    );
    return new Map(
      questions.map((question) => {
        const questionTotals = totals.get(question.id) ?? [];
        const tally =
          question.countyCode === null
            ? tallyStatewide(question.choices, questionTotals)
            : tallyCountyQuestionResult(question.choices, question.countyCode, questionTotals);
        return [question.id, tally];
      }),
    );
  }
}
