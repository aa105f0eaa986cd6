import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '@civic/data-access';
import { ImplementationReportEntity } from './implementation-report.entity';
import { ResolutionEntity } from '../resolutions';

/** Another report for the same resolution and year was stored first. */
export class DuplicateImplementationReportError extends Error {
  override readonly name = 'DuplicateImplementationReportError';
}

/** Yearly implementation reports, and the flag a missing one leaves on its resolution. */
@Injectable()
export class ImplementationReportRepository {
  findFor(manager: EntityManager, resolutionId: string, year: number): Promise<ImplementationReportEntity | null> {
    return manager.findOneBy(ImplementationReportEntity, { resolutionId, year });
  }

  /** Throws DuplicateImplementationReportError when the (resolution, year) pair exists. */
  async insert(
    manager: EntityManager,
    row: Pick<ImplementationReportEntity, 'resolutionId' | 'year' | 'text' | 'reportedBy' | 'reporterName'>,
  ): Promise<ImplementationReportEntity> {
    try {
      return await manager.save(ImplementationReportEntity, manager.create(ImplementationReportEntity, row));
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DuplicateImplementationReportError(`an implementation report for ${row.year} exists`, { cause: error });
      }
      throw error;
    }
  }

  /**
   * A report answers the flag a missing report raised, and restarts the clock for the next
   * one. Bumps `row_version` like every change of the resolution row.
   */
  async clearFlagAndRestartDeadline(manager: EntityManager, resolutionId: string, nextDeadlineAt: Date | null, clearFlag: boolean): Promise<ResolutionEntity> {
    await manager.query(
      `UPDATE "resolutions"."resolution"
          SET "deadline_at" = $2,
              "flagged_at" = CASE WHEN $3 THEN NULL ELSE "flagged_at" END,
              "flag_reason" = CASE WHEN $3 THEN NULL ELSE "flag_reason" END,
              "row_version" = "row_version" + 1,
              "updated_at" = now()
        WHERE "id" = $1`,
      [resolutionId, nextDeadlineAt, clearFlag],
    );
    return manager.findOneByOrFail(ResolutionEntity, { id: resolutionId });
  }
}
