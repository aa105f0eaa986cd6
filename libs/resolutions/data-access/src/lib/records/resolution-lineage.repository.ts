import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ResolutionEntity, ResolutionTransitionEntity, ResolutionVersionEntity, type TransitionLinks } from '../resolutions';

/** A new resolution made by merging others: everything but the columns the database fills. */
export type MergedResolutionRow = Omit<ResolutionEntity, 'createdAt' | 'updatedAt'>;

/** The first step of a resolution a merge creates. */
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

/**
 * The writes of merging that are not workflow steps: creating the resolution a merge makes.
 * The resolutions involved are locked with ResolutionWorkflowRepository.lockResolutions.
 * Each original's `merged_into_id` is set by its `merge` transition; an existing result
 * records the merge as a workflow step.
 */
@Injectable()
export class ResolutionLineageRepository {
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
}
