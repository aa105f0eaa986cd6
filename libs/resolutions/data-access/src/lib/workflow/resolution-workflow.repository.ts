import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { CountyResultEntity } from '../events';
import { ResolutionEntity, ResolutionTransitionEntity, ResolutionVersionEntity } from '../resolutions';

/**
 * How to lock a resolution before changing it: `nowait` fails at once when another
 * transaction holds the row (a caller's race lost), `wait` queues behind it (event handlers
 * and jobs, whose transaction would only be retried anyway).
 */
export type ResolutionLockMode = 'nowait' | 'wait';

/** The row is locked by another transaction (only with `nowait`). */
export class ResolutionLockedError extends Error {
  override readonly name = 'ResolutionLockedError';
}

/** PostgreSQL's lock_not_available, raised by FOR UPDATE NOWAIT. */
const LOCK_NOT_AVAILABLE = '55P03';

/** What the workflow reads and writes to move a resolution along its pipeline. */
@Injectable()
export class ResolutionWorkflowRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Locks the row for the rest of the transaction; throws ResolutionLockedError when `nowait` finds it taken. */
  async lockResolution(manager: EntityManager, id: string, mode: ResolutionLockMode): Promise<ResolutionEntity | null> {
    const [row] = await this.lockResolutions(manager, [id], mode);
    return row ?? null;
  }

  /**
   * Locks the rows for the rest of the transaction, one after another in id order, so that
   * two transactions locking overlapping sets cannot deadlock. Returns them in that order;
   * ids that match no resolution are left out. Throws ResolutionLockedError when `nowait`
   * finds one taken.
   */
  async lockResolutions(manager: EntityManager, ids: readonly string[], mode: ResolutionLockMode): Promise<ResolutionEntity[]> {
    if (ids.length === 0) return [];
    const query = manager
      .getRepository(ResolutionEntity)
      .createQueryBuilder('resolution')
      .setLock('pessimistic_write')
      .where('resolution.id IN (:...ids)', { ids: [...new Set(ids)] })
      // PostgreSQL locks the rows as the sorted result yields them.
      .orderBy('resolution.id', 'ASC');
    if (mode === 'nowait') query.setOnLocked('nowait');
    try {
      return await query.getMany();
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === LOCK_NOT_AVAILABLE) {
        const which = ids.length === 1 ? `resolution ${ids[0]} is` : `one of resolutions ${ids.join(', ')} is`;
        throw new ResolutionLockedError(`${which} locked by another transaction`, { cause: error });
      }
      throw error;
    }
  }

  countyResult(manager: EntityManager, resolutionId: string, year: number): Promise<CountyResultEntity | null> {
    return manager.findOneBy(CountyResultEntity, { resolutionId, year });
  }

  async hasStatewideResult(manager: EntityManager, resolutionId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM "resolutions"."statewide_result" WHERE "resolution_id" = $1 LIMIT 1`, [resolutionId]);
    return rows.length > 0;
  }

  /** Codes of the bodies the account sits on today (term end is exclusive, as in assemblies). */
  async activeBodyCodes(manager: EntityManager, accountId: string): Promise<string[]> {
    const rows: Array<{ code: string }> = await manager.query(
      `SELECT DISTINCT "body_code" AS "code" FROM "resolutions"."body_member"
        WHERE "account_id" = $1 AND "active" AND "term_start" <= current_date AND "term_end" > current_date`,
      [accountId],
    );
    return rows.map((row) => row.code);
  }

  async conflictedBodyCodes(manager: EntityManager, resolutionId: string, accountId: string): Promise<string[]> {
    const rows: Array<{ code: string }> = await manager.query(
      `SELECT DISTINCT "body_code" AS "code" FROM "resolutions"."declared_conflict" WHERE "resolution_id" = $1 AND "account_id" = $2`,
      [resolutionId, accountId],
    );
    return rows.map((row) => row.code);
  }

  /** The character limit of a congress year's cycle, when the year is configured. */
  async maxCharacters(manager: EntityManager, year: number): Promise<number | null> {
    const rows: Array<{ max: number }> = await manager.query(`SELECT "max_characters" AS "max" FROM "resolutions"."cycle_configuration" WHERE "year" = $1`, [
      year,
    ]);
    return rows[0]?.max ?? null;
  }

  /** Applies the change and returns the row as stored. */
  async updateResolution(manager: EntityManager, id: string, patch: Partial<Omit<ResolutionEntity, 'id'>>): Promise<ResolutionEntity> {
    await manager.update(ResolutionEntity, { id }, patch);
    return manager.findOneByOrFail(ResolutionEntity, { id });
  }

  async insertTransition(manager: EntityManager, row: Omit<ResolutionTransitionEntity, 'id'>): Promise<ResolutionTransitionEntity> {
    return manager.save(ResolutionTransitionEntity, manager.create(ResolutionTransitionEntity, row));
  }

  async insertVersion(manager: EntityManager, row: ResolutionVersionEntity): Promise<void> {
    await manager.insert(ResolutionVersionEntity, row);
  }
}
