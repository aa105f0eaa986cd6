import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { CongressEntity } from './congress.entity';
import { JurisdictionEntity } from './jurisdiction.entity';
import { TierEntity } from './tier.entity';

export interface JurisdictionFilter {
  tierLevel?: number;
  parentId?: string;
}

/** How many rows refer to one jurisdiction (see the domain's `removalBlockers`). */
export interface JurisdictionReferenceCounts {
  children: number;
  seatsEverHeld: number;
  meetings: number;
  elections: number;
  residents: number;
  bodyMemberships: number;
}

/** The congress and its jurisdiction tree: public reads, and staff edits inside a caller's transaction. */
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
    return this.dataSource.getRepository(JurisdictionEntity).findAndCount({ where, order: { name: 'ASC', code: 'ASC' }, skip: offset, take: limit });
  }

  /** The whole tree of a congress (a few hundred rows at most), for checking an edit against the tree rules. */
  treeOf(manager: EntityManager, congressId: string): Promise<JurisdictionEntity[]> {
    return manager.find(JurisdictionEntity, { where: { congressId }, order: { tierLevel: 'ASC', code: 'ASC' } });
  }

  tiersOf(manager: EntityManager, congressId: string): Promise<TierEntity[]> {
    return manager.find(TierEntity, { where: { congressId }, order: { level: 'ASC' } });
  }

  async renameTier(manager: EntityManager, congressId: string, level: number, names: { name: string; pluralName: string }): Promise<void> {
    await manager.update(TierEntity, { congressId, level }, names);
  }

  insertJurisdiction(manager: EntityManager, row: Omit<JurisdictionEntity, 'id'>): Promise<JurisdictionEntity> {
    return manager.save(JurisdictionEntity, manager.create(JurisdictionEntity, row));
  }

  saveJurisdiction(manager: EntityManager, row: JurisdictionEntity): Promise<JurisdictionEntity> {
    return manager.save(JurisdictionEntity, row);
  }

  /** Deletes the jurisdiction; its never-held seats and its empty delegation go with it (ON DELETE CASCADE). */
  async deleteJurisdiction(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(JurisdictionEntity, { id });
  }

  async referenceCounts(manager: EntityManager, jurisdiction: { id: string; code: string }): Promise<JurisdictionReferenceCounts> {
    const [row] = (await manager.query(
      `SELECT
         (SELECT count(*)::int FROM "assemblies"."jurisdiction" c WHERE c.parent_id = $1) AS children,
         (SELECT count(DISTINCT s.id)::int FROM "assemblies"."seat" s JOIN "assemblies"."tenure" t ON t.seat_id = s.id WHERE s.jurisdiction_id = $1) AS "seatsEverHeld",
         (SELECT count(*)::int FROM "assemblies"."county_meeting" m WHERE m.jurisdiction_id = $1)
           + (SELECT count(*)::int FROM "assemblies"."body_meeting" bmt
                JOIN "assemblies"."body" b ON b.id = bmt.body_id WHERE b.jurisdiction_id = $1) AS meetings,
         (SELECT count(*)::int FROM "assemblies"."election" e
            WHERE e.jurisdiction_id = $1
               OR e.body_id IN (SELECT b.id FROM "assemblies"."body" b WHERE b.jurisdiction_id = $1)) AS elections,
         (SELECT count(*)::int FROM "assemblies"."resident" r WHERE r.jurisdiction_code = $2) AS residents,
         (SELECT count(*)::int FROM "assemblies"."body_membership" bm
            WHERE bm.county_code = $2 OR bm.district_code = $2
               OR bm.body_id IN (SELECT b.id FROM "assemblies"."body" b WHERE b.jurisdiction_id = $1)) AS "bodyMemberships"`,
      [jurisdiction.id, jurisdiction.code],
    )) as JurisdictionReferenceCounts[];
    if (!row) throw new Error('reference counts query returned no row');
    return row;
  }
}
