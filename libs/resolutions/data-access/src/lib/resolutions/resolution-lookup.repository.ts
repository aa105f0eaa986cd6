import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ResolutionEntity } from './resolution.entity';

/**
 * The one place every area reads resolutions by id. Pass the caller's transaction as
 * `manager` to read inside it; without one it reads outside any transaction. To change a
 * resolution, lock it instead (ResolutionWorkflowRepository.lockResolution(s)).
 */
@Injectable()
export class ResolutionLookupRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ResolutionEntity | null> {
    return manager.findOneBy(ResolutionEntity, { id });
  }

  /** One row per id asked, in the order asked; ids that match no resolution are left out. */
  async findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ResolutionEntity[]> {
    if (ids.length === 0) return [];
    const rows = await manager.findBy(ResolutionEntity, { id: In([...new Set(ids)]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}
