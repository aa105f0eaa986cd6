import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CycleConfigurationEntity } from './cycle-configuration.entity';

export interface CycleConfigurationValues {
  year: number;
  windowOpensAt: Date;
  windowClosesAt: Date;
  maxCharacters: number;
  maxPerPerson: number;
  updatedBy: string | null;
}

/**
 * The congress years' submission windows and limits. A window is half-open:
 * [windowOpensAt, windowClosesAt).
 */
@Injectable()
export class CycleConfigurationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByYear(year: number, manager: EntityManager = this.dataSource.manager): Promise<CycleConfigurationEntity | null> {
    return manager.findOneBy(CycleConfigurationEntity, { year });
  }

  /** Every configured year, newest first. */
  list(): Promise<CycleConfigurationEntity[]> {
    return this.dataSource.getRepository(CycleConfigurationEntity).find({ order: { year: 'DESC' } });
  }

  /** The cycle whose window contains `at` (windows should not overlap; where they do, the later year wins). */
  findOpenAt(at: Date, manager: EntityManager = this.dataSource.manager): Promise<CycleConfigurationEntity | null> {
    return manager
      .createQueryBuilder(CycleConfigurationEntity, 'cycle')
      .where('cycle.windowOpensAt <= :at AND cycle.windowClosesAt > :at', { at })
      .orderBy('cycle.year', 'DESC')
      .getOne();
  }

  /**
   * The cycle a visitor means by "the current one": the open one, else the next to open,
   * else the latest. Null only when no year is configured.
   */
  findCurrent(at: Date, manager: EntityManager = this.dataSource.manager): Promise<CycleConfigurationEntity | null> {
    return (
      manager
        .createQueryBuilder(CycleConfigurationEntity, 'cycle')
        .addSelect(`CASE WHEN cycle.windowOpensAt <= :at AND cycle.windowClosesAt > :at THEN 0 WHEN cycle.windowOpensAt > :at THEN 1 ELSE 2 END`, 'rank')
        .setParameter('at', at)
        .orderBy('rank', 'ASC')
        // The nearest upcoming window first; among past ones, the latest.
        .addOrderBy(`CASE WHEN cycle.windowOpensAt > :at THEN cycle.windowOpensAt END`, 'ASC', 'NULLS LAST')
        .addOrderBy('cycle.year', 'DESC')
        .getOne()
    );
  }

  /** The window nearest to `at` (the next to open, else the last to close): what a closed window's error points to. */
  findNearest(at: Date, manager: EntityManager = this.dataSource.manager): Promise<CycleConfigurationEntity | null> {
    return this.findCurrent(at, manager);
  }

  /** Held until the transaction ends: configurations of cycles are written one after another. */
  async lockWriters(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [CYCLE_CONFIGURATION_LOCK_KEY]);
  }

  async upsert(manager: EntityManager, values: CycleConfigurationValues): Promise<CycleConfigurationEntity> {
    await manager.query(
      `INSERT INTO "resolutions"."cycle_configuration"
         ("year", "window_opens_at", "window_closes_at", "max_characters", "max_per_person", "updated_by", "updated_at")
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT ("year") DO UPDATE SET
         "window_opens_at" = EXCLUDED."window_opens_at",
         "window_closes_at" = EXCLUDED."window_closes_at",
         "max_characters" = EXCLUDED."max_characters",
         "max_per_person" = EXCLUDED."max_per_person",
         "updated_by" = EXCLUDED."updated_by",
         "updated_at" = now()`,
      [values.year, values.windowOpensAt, values.windowClosesAt, values.maxCharacters, values.maxPerPerson, values.updatedBy],
    );
    return manager.findOneByOrFail(CycleConfigurationEntity, { year: values.year });
  }
}

/** Serialises cycle configuration writes: a fixed key ("cycle" in ASCII); never reuse it for anything else. */
export const CYCLE_CONFIGURATION_LOCK_KEY = '427238321253';
