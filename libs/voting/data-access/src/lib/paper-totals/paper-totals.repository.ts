import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { ChoiceCounts } from '@civic/voting-domain';
import { QuestionResultEntity } from '../results';
import { PaperTotalsEntity } from './paper-totals.entity';

/** Paper totals per question and county. Writes take the caller's transaction. */
@Injectable()
export class PaperTotalsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  forCounty(questionnaireId: string, countyCode: string, manager: EntityManager = this.dataSource.manager): Promise<PaperTotalsEntity[]> {
    return manager.find(PaperTotalsEntity, { where: { questionnaireId, countyCode }, order: { enteredAt: 'ASC', questionId: 'ASC' } });
  }

  /** The county's rows for these questions (all of its rows without), locked until the transaction ends. */
  lockForCounty(manager: EntityManager, questionnaireId: string, countyCode: string, questionIds?: readonly string[]): Promise<PaperTotalsEntity[]> {
    if (questionIds?.length === 0) return Promise.resolve([]);
    const query = manager
      .createQueryBuilder(PaperTotalsEntity, 'paper')
      .where('paper.questionnaireId = :questionnaireId', { questionnaireId })
      .andWhere('paper.countyCode = :countyCode', { countyCode });
    if (questionIds) query.andWhere('paper.questionId IN (:...questionIds)', { questionIds: [...questionIds] });
    return query.orderBy('paper.questionId', 'ASC').setLock('pessimistic_write').getMany();
  }

  /**
   * Stores the county's totals for each question, replacing unconfirmed ones. A confirmed
   * row is never overwritten here (the caller refuses that first; the WHERE is the backstop).
   */
  async enter(
    manager: EntityManager,
    questionnaireId: string,
    countyCode: string,
    lines: ReadonlyArray<{ questionId: string; counts: ChoiceCounts }>,
    enteredBy: string,
    at: Date,
  ): Promise<void> {
    for (const line of lines) {
      await manager.query(
        `INSERT INTO "voting"."paper_totals" AS current ("question_id", "county_code", "questionnaire_id", "counts", "entered_by", "entered_at")
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ("question_id", "county_code") DO UPDATE SET
           "counts" = EXCLUDED."counts", "entered_by" = EXCLUDED."entered_by", "entered_at" = EXCLUDED."entered_at"
         WHERE current."confirmed_at" IS NULL`,
        [line.questionId, countyCode, questionnaireId, JSON.stringify(line.counts), enteredBy, at],
      );
    }
  }

  async confirm(manager: EntityManager, countyCode: string, questionIds: readonly string[], confirmedBy: string, at: Date): Promise<void> {
    if (questionIds.length === 0) return;
    await manager.update(PaperTotalsEntity, { countyCode, questionId: In([...questionIds]), confirmedAt: IsNull() }, { confirmedBy, confirmedAt: at });
  }

  /** Counties whose totals for the question still wait for their second staff member. */
  async unconfirmedCounties(manager: EntityManager, questionId: string): Promise<string[]> {
    const rows = await manager.find(PaperTotalsEntity, {
      where: { questionId, confirmedAt: IsNull() },
      order: { countyCode: 'ASC' },
      select: { countyCode: true },
    });
    return rows.map((row) => row.countyCode);
  }

  /** Of these questions, the ones whose result is certified: their totals can no longer change. */
  async certifiedQuestions(manager: EntityManager, questionIds: readonly string[]): Promise<string[]> {
    if (questionIds.length === 0) return [];
    const rows = await manager.find(QuestionResultEntity, { where: { questionId: In([...questionIds]) }, select: { questionId: true } });
    return rows.map((row) => row.questionId);
  }
}
