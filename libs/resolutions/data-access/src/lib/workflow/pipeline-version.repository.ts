import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PipelineDefinition } from '@civic/resolutions-domain';
import { PipelineVersionEntity } from './pipeline-version.entity';

/** Serialises publishers so that two publications cannot claim the same version number. */
export const PIPELINE_PUBLISH_LOCK_KEY = '8083694713';

/** Published pipeline versions. Rows are never updated: a change is a new version. */
@Injectable()
export class PipelineVersionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async latest(manager: EntityManager = this.dataSource.manager): Promise<PipelineVersionEntity | null> {
    const [latest] = await manager.getRepository(PipelineVersionEntity).find({ order: { version: 'DESC' }, take: 1 });
    return latest ?? null;
  }

  byVersion(manager: EntityManager, version: number): Promise<PipelineVersionEntity | null> {
    return manager.findOneBy(PipelineVersionEntity, { version });
  }

  /** Inserts the row unless that version exists already (concurrent first starts race here harmlessly). */
  async insertIfAbsent(
    manager: EntityManager,
    row: { version: number; definition: PipelineDefinition; reason: string; publishedBy: string | null },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO "resolutions"."pipeline_version" ("version", "definition", "reason", "published_by")
       VALUES ($1, $2::jsonb, $3, $4) ON CONFLICT ("version") DO NOTHING`,
      [row.version, JSON.stringify(row.definition), row.reason, row.publishedBy],
    );
  }

  /** Held until the caller's transaction ends. */
  async lockPublishers(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [PIPELINE_PUBLISH_LOCK_KEY]);
  }
}
