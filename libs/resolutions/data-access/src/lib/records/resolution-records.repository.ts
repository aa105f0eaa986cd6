import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CountyResultEntity, StatewideResultEntity } from '../events';
import { ImplementationReportEntity } from './implementation-report.entity';
import { ResolutionEntity, ResolutionTransitionEntity } from '../resolutions';
import { applyResolutionFilter, type ResolutionFilter } from './resolution-filter';

export interface StageCount {
  stage: string;
  count: number;
  flagged: number;
}

export interface CommitteeCount {
  committeeCode: string;
  count: number;
  /** Whose deadline has passed (flagged or not yet swept). */
  overdue: number;
}

/**
 * Reads of the public record: resolutions, their lineage, results, reports and steps (by id:
 * ResolutionLookupRepository). Batch methods take many ids at once so that lists load their
 * fields in one query each.
 */
@Injectable()
export class ResolutionRecordsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findByNumber(number: string): Promise<ResolutionEntity | null> {
    return this.dataSource.getRepository(ResolutionEntity).findOneBy({ number });
  }

  /** One page of the filtered resolutions, by number (a stable order for cursors). */
  page(filter: ResolutionFilter, offset: number, limit: number): Promise<[ResolutionEntity[], number]> {
    return this.filtered(filter).orderBy('r.number', 'ASC').skip(offset).take(limit).getManyAndCount();
  }

  /** Every filtered resolution by number, up to `limit` (the CSV export). */
  list(filter: ResolutionFilter, limit: number): Promise<ResolutionEntity[]> {
    return this.filtered(filter).orderBy('r.number', 'ASC').limit(limit).getMany();
  }

  count(filter: ResolutionFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  /** The resolutions merged into any of `targetIds`, by number. */
  mergedInto(targetIds: readonly string[]): Promise<ResolutionEntity[]> {
    if (targetIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(ResolutionEntity).find({ where: { mergedIntoId: In([...targetIds]) }, order: { number: 'ASC' } });
  }

  /** Every member of these families, oldest submission first. */
  familyMembers(familyIds: readonly string[]): Promise<ResolutionEntity[]> {
    if (familyIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(ResolutionEntity).find({ where: { familyId: In([...familyIds]) }, order: { submittedYear: 'ASC', number: 'ASC' } });
  }

  /**
   * The resolution and every resolution merged into it, directly or through another merge:
   * the ids whose steps make up its provenance. UNION (not UNION ALL) stops at a cycle.
   */
  async lineageIds(rootId: string): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `WITH RECURSIVE lineage(id) AS (
         SELECT r.id FROM "resolutions"."resolution" r WHERE r.id = $1
         UNION
         SELECT r.id FROM "resolutions"."resolution" r JOIN lineage l ON r.merged_into_id = l.id
       )
       SELECT id FROM lineage`,
      [rootId],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  countyResults(resolutionIds: readonly string[]): Promise<CountyResultEntity[]> {
    if (resolutionIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(CountyResultEntity)
      .find({ where: { resolutionId: In([...resolutionIds]) }, order: { year: 'ASC', countyCode: 'ASC' } });
  }

  countyResultsByIds(resultIds: readonly string[]): Promise<CountyResultEntity[]> {
    if (resultIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(CountyResultEntity).findBy({ resultId: In([...resultIds]) });
  }

  statewideResults(resolutionIds: readonly string[]): Promise<StatewideResultEntity[]> {
    if (resolutionIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(StatewideResultEntity).find({ where: { resolutionId: In([...resolutionIds]) }, order: { year: 'ASC' } });
  }

  statewideResultsByIds(resultIds: readonly string[]): Promise<StatewideResultEntity[]> {
    if (resultIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(StatewideResultEntity).findBy({ resultId: In([...resultIds]) });
  }

  implementationReports(resolutionIds: readonly string[]): Promise<ImplementationReportEntity[]> {
    if (resolutionIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(ImplementationReportEntity)
      .find({ where: { resolutionId: In([...resolutionIds]) }, order: { year: 'ASC', reportedAt: 'ASC' } });
  }

  /** The steps of these resolutions, each resolution's in sequence. */
  transitions(resolutionIds: readonly string[]): Promise<ResolutionTransitionEntity[]> {
    if (resolutionIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(ResolutionTransitionEntity)
      .find({ where: { resolutionId: In([...resolutionIds]) }, order: { occurredAt: 'ASC', sequence: 'ASC' } });
  }

  /** Counts of the filtered resolutions per stage, with how many are flagged. */
  async countsByStage(filter: ResolutionFilter): Promise<StageCount[]> {
    const rows = await this.filtered(filter)
      .select('r.stage', 'stage')
      .addSelect('count(*)::int', 'count')
      .addSelect('count(r.flaggedAt)::int', 'flagged')
      .groupBy('r.stage')
      .orderBy('r.stage', 'ASC')
      .getRawMany<StageCount>();
    return rows.map((row) => ({ stage: row.stage, count: Number(row.count), flagged: Number(row.flagged) }));
  }

  /**
   * Counts per committee of the filtered resolutions that sit in one of `committeeStages`
   * (a committee's desk), with how many are past their deadline at `now`.
   */
  async countsByCommittee(filter: ResolutionFilter, committeeStages: readonly string[], now: Date): Promise<CommitteeCount[]> {
    if (committeeStages.length === 0) return [];
    const rows = await this.filtered(filter)
      .andWhere('r.committeeCode IS NOT NULL')
      .andWhere('r.stage = ANY(:committeeStages)', { committeeStages: [...committeeStages] })
      .select('r.committeeCode', 'committeeCode')
      .addSelect('count(*)::int', 'count')
      .addSelect('(count(*) FILTER (WHERE r.deadlineAt < :now))::int', 'overdue')
      .setParameter('now', now)
      .groupBy('r.committeeCode')
      .orderBy('r.committeeCode', 'ASC')
      .getRawMany<CommitteeCount>();
    return rows.map((row) => ({ committeeCode: row.committeeCode, count: Number(row.count), overdue: Number(row.overdue) }));
  }

  /** The pipeline versions the filtered resolutions follow (to name their stages). */
  async pipelineVersionsInUse(filter: ResolutionFilter): Promise<number[]> {
    const rows = await this.filtered(filter).select('DISTINCT r.pipelineVersion', 'version').getRawMany<{ version: number }>();
    return rows.map((row) => Number(row.version)).sort((a, b) => a - b);
  }

  private filtered(filter: ResolutionFilter) {
    return applyResolutionFilter(this.dataSource.getRepository(ResolutionEntity).createQueryBuilder('r'), 'r', filter);
  }
}
