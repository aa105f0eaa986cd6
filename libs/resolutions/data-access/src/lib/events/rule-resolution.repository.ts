import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ResolutionEntity, ResolutionTransitionEntity } from '../resolutions';

/** Where a resolution stands, enough to decide whether a yearly rule applies to it. */
export interface ResolutionPosition {
  id: string;
  stage: string;
  pipelineVersion: number;
}

/**
 * The resolutions the self-running rules act on (results from voting, the 3:2 rule,
 * deadlines, carry-over). Callers pass the transaction and lock a resolution before changing
 * it with ResolutionWorkflowRepository.lockResolution, so a rule and a person never change
 * one resolution at the same time.
 */
@Injectable()
export class RuleResolutionRepository {
  /** A family's resolutions in one congress year's cycle, lowest number first. */
  async familyInCycle(manager: EntityManager, familyId: string, cycleYear: number): Promise<ResolutionEntity[]> {
    return manager
      .createQueryBuilder(ResolutionEntity, 'resolution')
      .where('resolution.familyId = :familyId', { familyId })
      .andWhere('resolution.cycleYear = :cycleYear', { cycleYear })
      .orderBy('resolution.number', 'ASC')
      .getMany();
  }

  /** Whether some resolution of the family already took one of `transitions` in that year's cycle (the 3:2 rule fires once). */
  async familyTookTransition(manager: EntityManager, familyId: string, transitions: readonly string[], cycleYear: number): Promise<boolean> {
    if (transitions.length === 0) return false;
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM "resolutions"."resolution_transition" t
         JOIN "resolutions"."resolution" r ON r."id" = t."resolution_id"
        WHERE r."family_id" = $1 AND t."transition" = ANY($2::text[]) AND t."cycle_year" = $3
        LIMIT 1`,
      [familyId, [...transitions], cycleYear],
    );
    return rows.length > 0;
  }

  /**
   * Whether anything but the given steps (steps that leave the stage alone, such as a
   * carry-over) happened to the resolution after transition `sequence`.
   */
  async movedSince(manager: EntityManager, resolutionId: string, sequence: number, steps: readonly string[]): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM "resolutions"."resolution_transition"
        WHERE "resolution_id" = $1 AND "sequence" > $2 AND NOT ("transition" = ANY($3::text[]))
        LIMIT 1`,
      [resolutionId, sequence, [...steps]],
    );
    return rows.length > 0;
  }

  /**
   * Resolutions whose stage deadline has passed and that nobody flagged yet (every pipeline
   * transition clears the flag): what a lost or late delayed job would have handled.
   */
  async findOverdueIds(manager: EntityManager, now: Date, limit: number): Promise<string[]> {
    const rows = await manager
      .createQueryBuilder(ResolutionEntity, 'resolution')
      .select('resolution.id', 'id')
      .where('resolution.deadlineAt <= :now', { now })
      .andWhere('resolution.flaggedAt IS NULL')
      .orderBy('resolution.deadlineAt', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** Every resolution in a congress year's cycle, with its stage and pipeline version. */
  async findInCycle(manager: EntityManager, cycleYear: number): Promise<ResolutionPosition[]> {
    const rows = await manager
      .createQueryBuilder(ResolutionEntity, 'resolution')
      .select(['resolution.id AS id', 'resolution.stage AS stage', 'resolution.pipelineVersion AS "pipelineVersion"'])
      .where('resolution.cycleYear = :cycleYear', { cycleYear })
      .orderBy('resolution.number', 'ASC')
      .getRawMany<ResolutionPosition>();
    return rows;
  }

  /**
   * The recorded missed deadlines (steps named `step`), newest first, with their total.
   * `currentOnly`: only those whose resolution is still flagged (no transition since).
   */
  async findMissedDeadlines(
    manager: EntityManager,
    step: string,
    options: { stage?: string | null; currentOnly: boolean; offset: number; limit: number },
  ): Promise<[ResolutionTransitionEntity[], number]> {
    const query = manager
      .createQueryBuilder(ResolutionTransitionEntity, 'step')
      .innerJoin(ResolutionEntity, 'resolution', 'resolution.id = step.resolutionId')
      .where('step.transition = :step', { step })
      .orderBy('step.occurredAt', 'DESC')
      .addOrderBy('step.id', 'ASC')
      .offset(options.offset)
      .limit(options.limit);
    if (options.stage) query.andWhere('resolution.stage = :stage', { stage: options.stage });
    if (options.currentOnly) {
      query
        .andWhere('resolution.flaggedAt IS NOT NULL')
        .andWhere('resolution.stage = step.fromStage')
        .andWhere(
          `step.sequence = (SELECT max(latest."sequence") FROM "resolutions"."resolution_transition" latest
                           WHERE latest."resolution_id" = step.resolutionId AND latest."transition" = :step)`,
        );
    }
    return query.getManyAndCount();
  }

  /** The name of a body (a committee) as assemblies last told it, if anyone sits or sat on it. */
  async bodyName(manager: EntityManager, bodyCode: string): Promise<string | null> {
    const rows: Array<{ name: string }> = await manager.query(
      `SELECT "body_name" AS "name" FROM "resolutions"."body_member" WHERE "body_code" = $1 ORDER BY "changed_at" DESC LIMIT 1`,
      [bodyCode],
    );
    return rows[0]?.name ?? null;
  }
}
