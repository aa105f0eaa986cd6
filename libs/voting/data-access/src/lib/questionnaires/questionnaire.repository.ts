import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, type EntityManager } from 'typeorm';
import type { QuestionnaireStatus } from '@civic/voting-domain';
import { QuestionResultEntity } from '../results';
import { QuestionnaireQuestionEntity } from './questionnaire-question.entity';
import { QuestionnaireEntity } from './questionnaire.entity';

/**
 * Everything but ballots that changes a questionnaire's results: its status, its questions
 * (advisory and county ones may join after opening), confirmed paper totals (confirmed rows
 * are never changed or removed, so their number says enough), certified results, and the
 * county → district mapping. Each part reads through an index or a small table.
 */
const RESULTS_VERSION = `
  SELECT q."id", q."status", q."results_publication_threshold", concat_ws(':', q."status", q."results_publication_threshold",
           (SELECT count(*) FROM "voting"."questionnaire_question" qq WHERE qq."questionnaire_id" = q."id"),
           (SELECT count(*) FROM "voting"."paper_totals" p WHERE p."questionnaire_id" = q."id" AND p."confirmed_at" IS NOT NULL),
           (SELECT count(*) FROM "voting"."question_result" r JOIN "voting"."questionnaire_question" rq ON rq."id" = r."question_id" WHERE rq."questionnaire_id" = q."id"),
           (SELECT md5(string_agg(j."code" || '>' || coalesce(j."parent_code", ''), ',' ORDER BY j."code")) FROM "voting"."jurisdiction" j)) AS "version"
    FROM "voting"."questionnaire" q`;

export type NewQuestion = Omit<QuestionnaireQuestionEntity, 'id' | 'position' | 'createdAt'>;

/** Where a questionnaire's results stand, apart from its ballots (see resultsVersion). */
export interface ResultsVersion {
  questionnaireId: string;
  status: QuestionnaireStatus;
  /** k, the publication threshold of its results while voting is open. */
  resultsPublicationThreshold: number;
  /** Equal for two reads unless something other than a ballot changed what results show. */
  version: string;
}

/** Questionnaires and their questions. Writes take the caller's transaction. */
@Injectable()
export class QuestionnaireRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findByYear(year: number, manager: EntityManager = this.dataSource.manager): Promise<QuestionnaireEntity | null> {
    return manager.findOneBy(QuestionnaireEntity, { year });
  }

  /**
   * The version of a questionnaire's results (by year, or by one of its questions): a cache
   * of results stays right while it is unchanged, except for ballots, which only an open
   * questionnaire takes. Null when there is no such questionnaire.
   */
  async resultsVersion(of: { year: number } | { questionId: string }, manager: EntityManager = this.dataSource.manager): Promise<ResultsVersion | null> {
    const [row] = (await ('year' in of
      ? manager.query(`${RESULTS_VERSION} WHERE q."year" = $1`, [of.year])
      : manager.query(`${RESULTS_VERSION} WHERE q."id" = (SELECT "questionnaire_id" FROM "voting"."questionnaire_question" WHERE "id" = $1)`, [
          of.questionId,
        ]))) as Array<{
      id: string;
      status: QuestionnaireStatus;
      results_publication_threshold: number;
      version: string;
    }>;
    return row ? { questionnaireId: row.id, status: row.status, resultsPublicationThreshold: row.results_publication_threshold, version: row.version } : null;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<QuestionnaireEntity | null> {
    return manager.findOneBy(QuestionnaireEntity, { id });
  }

  /**
   * The year's questionnaire, locked until the transaction ends. 'update' serializes what
   * changes the questionnaire as a whole (status, question list, certification); 'share'
   * lets paper totals of many counties go side by side while holding those off.
   */
  lockByYear(manager: EntityManager, year: number, mode: 'share' | 'update'): Promise<QuestionnaireEntity | null> {
    return this.lock(manager, 'questionnaire.year = :year', { year }, mode);
  }

  lockById(manager: EntityManager, id: string, mode: 'share' | 'update'): Promise<QuestionnaireEntity | null> {
    return this.lock(manager, 'questionnaire.id = :id', { id }, mode);
  }

  private lock(manager: EntityManager, where: string, parameters: Record<string, unknown>, mode: 'share' | 'update'): Promise<QuestionnaireEntity | null> {
    return manager
      .createQueryBuilder(QuestionnaireEntity, 'questionnaire')
      .where(where, parameters)
      .setLock(mode === 'update' ? 'pessimistic_write' : 'pessimistic_read')
      .getOne();
  }

  /** The year's questionnaire, made in draft if there is none yet, locked for update. */
  async lockOrCreate(manager: EntityManager, year: number): Promise<QuestionnaireEntity> {
    await manager.createQueryBuilder().insert().into(QuestionnaireEntity).values({ year, status: 'draft' }).orIgnore().execute();
    const questionnaire = await this.lockByYear(manager, year, 'update');
    if (!questionnaire) throw new Error(`the ${year} questionnaire vanished while being created`);
    return questionnaire;
  }

  /** Years whose scheduled opening or closing has passed while their status has not followed. */
  async yearsWithPendingWindow(now: Date): Promise<number[]> {
    const rows: Array<{ year: number }> = await this.dataSource.query(
      `SELECT year FROM "voting"."questionnaire"
        WHERE (status = 'draft' AND opens_at <= $1) OR (status = 'open' AND closes_at <= $1)
        ORDER BY year`,
      [now],
    );
    return rows.map((row) => row.year);
  }

  async update(manager: EntityManager, id: string, changes: Partial<Omit<QuestionnaireEntity, 'id'>>): Promise<void> {
    await manager.update(QuestionnaireEntity, { id }, { ...changes, updatedAt: new Date() } as Parameters<EntityManager['update']>[2]);
  }

  /**
   * The questions in order. With a county code: the statewide ones and that county's own;
   * without: all of them.
   */
  questions(questionnaireId: string, countyCode?: string, manager: EntityManager = this.dataSource.manager): Promise<QuestionnaireQuestionEntity[]> {
    const query = manager.createQueryBuilder(QuestionnaireQuestionEntity, 'question').where('question.questionnaireId = :questionnaireId', { questionnaireId });
    if (countyCode !== undefined) {
      query.andWhere(new Brackets((or) => or.where('question.countyCode IS NULL').orWhere('question.countyCode = :countyCode', { countyCode })));
    }
    return query.orderBy('question.position', 'ASC').getMany();
  }

  questionsById(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<QuestionnaireQuestionEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : manager.find(QuestionnaireQuestionEntity, { where: { id: In([...ids]) } });
  }

  findQuestion(id: string, manager: EntityManager = this.dataSource.manager): Promise<QuestionnaireQuestionEntity | null> {
    return manager.findOneBy(QuestionnaireQuestionEntity, { id });
  }

  /** The question drawn from a resolution (for one county, or statewide with null). */
  findResolutionQuestion(
    manager: EntityManager,
    questionnaireId: string,
    resolutionId: string,
    countyCode: string | null,
  ): Promise<QuestionnaireQuestionEntity | null> {
    return manager
      .createQueryBuilder(QuestionnaireQuestionEntity, 'question')
      .where('question.questionnaireId = :questionnaireId', { questionnaireId })
      .andWhere('question.resolutionId = :resolutionId', { resolutionId })
      .andWhere(countyCode === null ? 'question.countyCode IS NULL' : 'question.countyCode = :countyCode', { countyCode })
      .getOne();
  }

  /** Appends the question at the end of the list. Call with the questionnaire locked for update. */
  async appendQuestion(manager: EntityManager, question: NewQuestion): Promise<QuestionnaireQuestionEntity> {
    const [row] = (await manager.query(
      `SELECT COALESCE(MAX("position"), 0) + 1 AS "next" FROM "voting"."questionnaire_question" WHERE "questionnaire_id" = $1`,
      [question.questionnaireId],
    )) as Array<{ next: number }>;
    return manager.save(QuestionnaireQuestionEntity, manager.create(QuestionnaireQuestionEntity, { ...question, position: row?.next ?? 1 }));
  }

  /** How many questions the questionnaire has, and how many of them have no certified result. */
  async questionCounts(manager: EntityManager, questionnaireId: string): Promise<{ questions: number; uncertifiedQuestions: number }> {
    const [row] = (await manager
      .createQueryBuilder(QuestionnaireQuestionEntity, 'question')
      .leftJoin(QuestionResultEntity, 'result', 'result.questionId = question.id')
      .select('count(*)::int', 'questions')
      .addSelect('count(*) FILTER (WHERE result.id IS NULL)::int', 'uncertifiedQuestions')
      .where('question.questionnaireId = :questionnaireId', { questionnaireId })
      .getRawMany()) as Array<{ questions: number; uncertifiedQuestions: number }>;
    return { questions: row?.questions ?? 0, uncertifiedQuestions: row?.uncertifiedQuestions ?? 0 };
  }
}
