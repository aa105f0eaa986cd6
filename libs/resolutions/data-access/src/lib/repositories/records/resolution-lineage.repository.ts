import { Injectable } from '@nestjs/common';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { ResolutionTransitionEntity, type TransitionLinks } from '../../entities/resolution-transition.entity';
import { ResolutionVersionEntity } from '../../entities/resolution-version.entity';
import { ResolutionEntity } from '../../entities/resolution.entity';
import { ResolutionLockedError } from '../workflow/resolution-workflow.repository';

/** A new resolution made by merging others: everything but the columns the database fills. */
export type MergedResolutionRow = Omit<ResolutionEntity, 'createdAt' | 'updatedAt'>;

/** A step that records a merge on the resolution receiving it (its stage does not change). */
export interface MergedInStep {
  transition: string;
  actorKind: 'person' | 'system';
  actorId: string | null;
  actorName: string;
  reason: string;
  vote: ResolutionTransitionEntity['vote'];
  linked: TransitionLinks;
  occurredAt: Date;
}

/** PostgreSQL's lock_not_available, raised by FOR UPDATE NOWAIT. */
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * The writes of merging: the pointer from each original to the result, and the resolution
 * a merge creates or the step it records on an existing one. The records area is the only
 * writer of `merged_into_id`.
 */
@Injectable()
export class ResolutionLineageRepository {
  /**
   * Locks every row for the rest of the transaction, in id order (two merges over the same
   * resolutions cannot deadlock). Throws ResolutionLockedError when one is already taken.
   */
  async lockAll(manager: EntityManager, ids: readonly string[]): Promise<ResolutionEntity[]> {
    if (ids.length === 0) return [];
    try {
      return await manager
        .getRepository(ResolutionEntity)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .setOnLocked('nowait')
        .where('r.id IN (:...ids)', { ids: [...ids] })
        .orderBy('r.id', 'ASC')
        .getMany();
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === LOCK_NOT_AVAILABLE) {
        throw new ResolutionLockedError('a resolution is locked by another transaction', { cause: error });
      }
      throw error;
    }
  }

  /**
   * Points the sources at the result. Sources merged elsewhere are not touched: the count
   * returned tells the caller whether another merge got there first.
   */
  async pointToResult(manager: EntityManager, sourceIds: readonly string[], resultId: string): Promise<number> {
    const [, affected] = (await manager.query(
      `UPDATE "resolutions"."resolution" SET "merged_into_id" = $2
        WHERE "id" = ANY($1::uuid[]) AND ("merged_into_id" IS NULL OR "merged_into_id" = $2)`,
      [[...sourceIds], resultId],
    )) as [unknown, number];
    return affected;
  }

  /** The next public sequence number (shared with submissions, so numbers never collide). */
  async nextNumberSequence(manager: EntityManager): Promise<number> {
    const [row] = (await manager.query(`SELECT nextval('"resolutions"."resolution_number_seq"')::int AS "next"`)) as Array<{ next: number }>;
    if (!row) throw new Error('resolution_number_seq returned no value');
    return Number(row.next);
  }

  /** Inserts the merged resolution with its first text version and its first step. */
  async insertMergedResolution(
    manager: EntityManager,
    row: MergedResolutionRow,
    version: Omit<ResolutionVersionEntity, 'resolutionId' | 'version'>,
    step: MergedInStep,
  ): Promise<ResolutionEntity> {
    await manager.insert(ResolutionEntity, { ...row, createdAt: step.occurredAt, updatedAt: step.occurredAt });
    await manager.insert(ResolutionVersionEntity, { ...version, resolutionId: row.id, version: 1 });
    await manager.insert(ResolutionTransitionEntity, {
      resolutionId: row.id,
      sequence: row.transitionCount,
      fromStage: null,
      toStage: row.stage,
      cycleYear: row.cycleYear,
      pipelineVersion: row.pipelineVersion,
      notes: null,
      minorityReport: null,
      ...step,
    });
    return manager.findOneByOrFail(ResolutionEntity, { id: row.id });
  }

  /**
   * Records a merge on an existing (locked) resolution as its next step, and bumps its
   * `row_version` like every change of the resolution row.
   */
  async recordMergedIn(manager: EntityManager, target: ResolutionEntity, step: MergedInStep): Promise<ResolutionEntity> {
    const sequence = target.transitionCount + 1;
    await manager.query(
      `UPDATE "resolutions"."resolution"
          SET "transition_count" = $2, "row_version" = "row_version" + 1, "updated_at" = $3
        WHERE "id" = $1`,
      [target.id, sequence, step.occurredAt],
    );
    await manager.insert(ResolutionTransitionEntity, {
      resolutionId: target.id,
      sequence,
      fromStage: target.stage,
      toStage: target.stage,
      cycleYear: target.cycleYear,
      pipelineVersion: target.pipelineVersion,
      notes: null,
      minorityReport: null,
      ...step,
    });
    return manager.findOneByOrFail(ResolutionEntity, { id: target.id });
  }
}
