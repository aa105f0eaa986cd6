import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { notFound } from '@civic/util';
import { PaperBallotRepository, PaperTotalsRepository, QuestionnaireRepository, type QuestionnaireEntity } from '@civic/voting-data-access';
import { toQuestionType } from '../questionnaires';
import { toTallyCounts } from '../tallies';
import { requireCountyCode } from './paper-totals-validation';
import type { PaperQuestionTotalsType, QuestionnairePaperTotalsType } from './paper-totals.type';

/** Staff read a county's paper totals, to check them before confirming. */
@Injectable()
export class PaperTotalsReader {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly paper: PaperTotalsRepository,
    private readonly paperBallots: PaperBallotRepository,
  ) {}

  async forCounty(year: number, countyCodeInput: string): Promise<QuestionnairePaperTotalsType> {
    const countyCode = requireCountyCode(year, countyCodeInput);
    const questionnaire = await this.questionnaires.findByYear(year);
    if (!questionnaire) throw notFound(`The ${year} questionnaire`, { year });
    return this.load(questionnaire, countyCode);
  }

  /** The county's totals as they stand (inside the caller's transaction when given). */
  async load(questionnaire: QuestionnaireEntity, countyCode: string, manager?: EntityManager): Promise<QuestionnairePaperTotalsType> {
    const [rows, paperBallotsIssued] = await Promise.all([
      this.paper.forCounty(questionnaire.id, countyCode, manager),
      this.paperBallots.issuedInCounty(questionnaire.id, countyCode, manager),
    ]);
    const questions = new Map(
      (
        await this.questionnaires.questionsById(
          rows.map((row) => row.questionId),
          manager,
        )
      ).map((question) => [question.id, question]),
    );
    const totals = rows.flatMap((row): Array<PaperQuestionTotalsType & { position: number }> => {
      const question = questions.get(row.questionId);
      if (!question) return [];
      return [
        {
          position: question.position,
          question: toQuestionType(question, questionnaire.year),
          ...toTallyCounts(question.choices, row.counts),
          enteredBy: row.enteredBy,
          enteredAt: row.enteredAt,
          confirmedBy: row.confirmedBy,
          confirmedAt: row.confirmedAt,
        },
      ];
    });
    totals.sort((a, b) => a.position - b.position);
    return {
      year: questionnaire.year,
      countyCode,
      county: { code: countyCode },
      paperBallotsIssued,
      totals: totals.map(({ position: _position, ...line }) => line),
    };
  }
}
