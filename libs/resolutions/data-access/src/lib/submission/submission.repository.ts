import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ResolutionEntity, ResolutionLookupRepository, ResolutionTransitionEntity, ResolutionVersionEntity, type ResolutionKind } from '../resolutions';

export interface NewResolution {
  id: string;
  number: string;
  familyId: string;
  authorId: string;
  authorName: string;
  presenterName: string;
  kind: ResolutionKind;
  topic: string;
  title: string;
  text: string;
  countyCode: string;
  submittedYear: number;
  pipelineVersion: number;
  stage: string;
  at: Date;
}

export interface NewResolutionVersion {
  resolutionId: string;
  version: number;
  title: string;
  text: string;
  editedBy: string | null;
  editorName: string;
  note: string | null;
  editedAt: Date;
}

export interface SubmissionTransition {
  resolutionId: string;
  toStage: string;
  cycleYear: number;
  pipelineVersion: number;
  actorId: string;
  actorName: string;
  occurredAt: Date;
}

export interface ResidencyRow {
  jurisdictionCode: string;
  status: 'verified' | 'revoked';
}

export interface SimilarityQuery {
  text: string;
  /** The resolution the text belongs to, left out of its own matches. */
  excludeId: string | null;
  limit: number;
  /** Matches ranking below this are noise (a shared common word). */
  minScore: number;
}

export interface SimilarityMatch {
  resolution: ResolutionEntity;
  score: number;
}

/**
 * The two-key advisory lock namespace of per-author submission locks ("subm" in ASCII);
 * the second key is a hash of the author's id. Never reuse it for anything else.
 */
export const SUBMISSION_AUTHOR_LOCK_NAMESPACE = 1937072749;

/** Submitted resolutions, their text versions, and what a submission needs to read. Writes take the caller's transaction. */
@Injectable()
export class SubmissionRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resolutions: ResolutionLookupRepository,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Held until the transaction ends: one author's submissions are counted and inserted one
   * after another, so two parallel submissions cannot both take the last slot of the year.
   */
  async lockAuthor(manager: EntityManager, authorId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1::int, hashtext($2))`, [SUBMISSION_AUTHOR_LOCK_NAMESPACE, authorId]);
  }

  /** The account's row in the residency read model (identity's events), if any. */
  async findResidency(manager: EntityManager, accountId: string): Promise<ResidencyRow | null> {
    const rows = (await manager.query(`SELECT "jurisdiction_code", "status" FROM "resolutions"."resident" WHERE "account_id" = $1`, [accountId])) as Array<{
      jurisdiction_code: string;
      status: 'verified' | 'revoked';
    }>;
    const [row] = rows;
    return row ? { jurisdictionCode: row.jurisdiction_code, status: row.status } : null;
  }

  async countSubmitted(manager: EntityManager, authorId: string, year: number): Promise<number> {
    return manager.countBy(ResolutionEntity, { authorId, submittedYear: year });
  }

  /** The next value of the public numbering (gaps are possible: a refused submission may have drawn one). */
  async nextNumber(manager: EntityManager): Promise<number> {
    const [row] = (await manager.query(`SELECT nextval('"resolutions"."resolution_number_seq"')::int AS "n"`)) as Array<{ n: number }>;
    if (!row) throw new Error('the resolution number sequence returned nothing');
    return row.n;
  }

  async insertResolution(manager: EntityManager, row: NewResolution): Promise<void> {
    const { at, ...values } = row;
    await manager.insert(ResolutionEntity, {
      ...values,
      textVersion: 1,
      cycleYear: row.submittedYear,
      stageEnteredAt: at,
      transitionCount: 1,
      rowVersion: 1,
      createdAt: at,
      updatedAt: at,
    });
  }

  async insertVersion(manager: EntityManager, version: NewResolutionVersion): Promise<void> {
    await manager.insert(ResolutionVersionEntity, version);
  }

  /** The first step of every resolution's path: sequence 1, from nowhere into the pipeline's first stage. */
  async insertSubmitTransition(manager: EntityManager, step: SubmissionTransition): Promise<void> {
    await manager.insert(ResolutionTransitionEntity, {
      resolutionId: step.resolutionId,
      sequence: 1,
      transition: 'submit',
      fromStage: null,
      toStage: step.toStage,
      cycleYear: step.cycleYear,
      pipelineVersion: step.pipelineVersion,
      actorKind: 'person',
      actorId: step.actorId,
      actorName: step.actorName,
      reason: null,
      notes: null,
      vote: null,
      minorityReport: null,
      linked: {},
      occurredAt: step.occurredAt,
    });
  }

  /** An author's resolutions, newest first; optionally of one congress year. */
  findByAuthor(authorId: string, submittedYear?: number): Promise<ResolutionEntity[]> {
    return this.dataSource.getRepository(ResolutionEntity).find({
      where: submittedYear === undefined ? { authorId } : { authorId, submittedYear },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** Writes a new current text; the caller has locked the row and checked its version. */
  async updateText(
    manager: EntityManager,
    id: string,
    change: { title: string; text: string; textVersion: number; rowVersion: number; at: Date },
  ): Promise<void> {
    await manager.update(
      ResolutionEntity,
      { id },
      { title: change.title, text: change.text, textVersion: change.textVersion, rowVersion: change.rowVersion, updatedAt: change.at },
    );
  }

  versions(resolutionId: string): Promise<ResolutionVersionEntity[]> {
    return this.dataSource.getRepository(ResolutionVersionEntity).find({ where: { resolutionId }, order: { version: 'ASC' } });
  }

  async versionsOf(resolutionIds: readonly string[]): Promise<ResolutionVersionEntity[]> {
    if (resolutionIds.length === 0) return [];
    return this.dataSource
      .getRepository(ResolutionVersionEntity)
      .find({ where: { resolutionId: In([...resolutionIds]) }, order: { resolutionId: 'ASC', version: 'ASC' } });
  }

  findVersion(resolutionId: string, version: number): Promise<ResolutionVersionEntity | null> {
    return this.dataSource.getRepository(ResolutionVersionEntity).findOneBy({ resolutionId, version });
  }

  /**
   * Resolutions whose text or title share the most significant words with `text`
   * (PostgreSQL full text): the text's lexemes (English stemming, stop words dropped) are
   * OR-ed into one query, matched against the `search` column through its GIN index and
   * ranked with ts_rank. The lexemes are already normalized, so the query is cast, not
   * parsed again (parsing would stem the stems).
   */
  async findSimilar(query: SimilarityQuery, manager: EntityManager = this.dataSource.manager): Promise<SimilarityMatch[]> {
    const rows = (await manager.query(
      `WITH "terms" AS (
         SELECT DISTINCT "lexeme" FROM unnest(to_tsvector('english', $1)) AS "t"("lexeme", "positions", "weights")
         WHERE length("lexeme") > 2
       ), "query" AS (
         SELECT string_agg('''' || replace(replace("lexeme", '\\', '\\\\'), '''', '''''') || '''', ' | ')::tsquery AS "q" FROM "terms"
       )
       SELECT "r"."id", ts_rank("r"."search", "query"."q") AS "score"
       FROM "resolutions"."resolution" "r", "query"
       WHERE "query"."q" IS NOT NULL
         AND "r"."search" @@ "query"."q"
         AND ($2::uuid IS NULL OR "r"."id" <> $2::uuid)
         AND ts_rank("r"."search", "query"."q") >= $3
       ORDER BY "score" DESC, "r"."created_at" DESC, "r"."id"
       LIMIT $4`,
      [query.text, query.excludeId, query.minScore, query.limit],
    )) as Array<{ id: string; score: number | string }>;
    const byId = new Map(
      (
        await this.resolutions.findByIds(
          rows.map((row) => row.id),
          manager,
        )
      ).map((row) => [row.id, row]),
    );
    return rows.flatMap((row) => {
      const resolution = byId.get(row.id);
      return resolution ? [{ resolution, score: Number(row.score) }] : [];
    });
  }
}
