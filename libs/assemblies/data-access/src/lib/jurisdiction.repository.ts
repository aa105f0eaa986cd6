import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type FindOptionsWhere } from 'typeorm';
import { CongressEntity } from './entities/congress.entity';
import { JurisdictionEntity } from './entities/jurisdiction.entity';
import { TierEntity } from './entities/tier.entity';

export interface JurisdictionFilter {
  tierLevel?: number;
  parentId?: string;
}

/** Reads of the congress and its jurisdiction tree. */
@Injectable()
export class JurisdictionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The deployment's congress: the first one created. */
  findDefaultCongress(): Promise<CongressEntity | null> {
    return this.dataSource.getRepository(CongressEntity).findOne({ where: {}, order: { createdAt: 'ASC' } });
  }

  findTiers(congressId: string): Promise<TierEntity[]> {
    return this.dataSource.getRepository(TierEntity).find({ where: { congressId }, order: { level: 'ASC' } });
  }

  findByCodes(codes: readonly string[]): Promise<JurisdictionEntity[]> {
    return this.dataSource.getRepository(JurisdictionEntity).findBy({ code: In([...codes]) });
  }

  findByIds(ids: readonly string[]): Promise<JurisdictionEntity[]> {
    return this.dataSource.getRepository(JurisdictionEntity).findBy({ id: In([...ids]) });
  }

  findRoot(congressId: string): Promise<JurisdictionEntity | null> {
    return this.dataSource.getRepository(JurisdictionEntity).findOneBy({ congressId, parentId: IsNull() });
  }

  /** One page, ordered by name then code so that cursors stay stable. */
  findPage(filter: JurisdictionFilter, offset: number, limit: number): Promise<[JurisdictionEntity[], number]> {
    const where: FindOptionsWhere<JurisdictionEntity> = {};
    if (filter.tierLevel !== undefined) where.tierLevel = filter.tierLevel;
    if (filter.parentId !== undefined) where.parentId = filter.parentId;
    return this.dataSource
      .getRepository(JurisdictionEntity)
      .findAndCount({ where, order: { name: 'ASC', code: 'ASC' }, skip: offset, take: limit });
  }
}
