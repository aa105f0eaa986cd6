import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { BodyKind } from '@civic/assemblies-domain';
import { BodyEntity } from './body.entity';
import { BodyMembershipEntity } from './body-membership.entity';
import { appendMembershipChanges } from './body-membership.events';

/** A delegate in office: the holder of an open tenure, with the seat's county and district. */
export interface DelegateInOffice {
  tenureId: string;
  accountId: string;
  displayName: string;
  countyId: string;
  countyCode: string;
  districtCode: string | null;
  termStart: string;
  termEnd: string;
}

const DELEGATES_IN_OFFICE = `
  SELECT t.id AS "tenureId", t.account_id AS "accountId", t.display_name AS "displayName",
         j.id AS "countyId", j.code AS "countyCode", d.code AS "districtCode",
         to_char(t.term_start, 'YYYY-MM-DD') AS "termStart", to_char(t.term_end, 'YYYY-MM-DD') AS "termEnd"
    FROM "assemblies"."tenure" t
    JOIN "assemblies"."seat" s ON s.id = t.seat_id
    JOIN "assemblies"."jurisdiction" j ON j.id = s.jurisdiction_id
    LEFT JOIN "assemblies"."jurisdiction" d ON d.id = j.parent_id
   WHERE t.ended_at IS NULL`;

/**
 * Bodies and their memberships; county delegations' members are read from the seats. Every
 * method that begins or ends a membership also appends 'assemblies.body-membership-changed'
 * to the outbox, so it must run inside a transaction.
 */
@Injectable()
export class BodyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The default manager, for reads outside a transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Locks the body: assignments to one body happen one after another, so the council's county and district counts hold. */
  lockBody(manager: EntityManager, bodyId: string): Promise<BodyEntity | null> {
    return manager.getRepository(BodyEntity).createQueryBuilder('body').setLock('pessimistic_write').where('body.id = :bodyId', { bodyId }).getOne();
  }

  findBody(id: string): Promise<BodyEntity | null> {
    return this.dataSource.getRepository(BodyEntity).findOneBy({ id });
  }

  bodiesByIds(ids: readonly string[]): Promise<BodyEntity[]> {
    return this.dataSource.getRepository(BodyEntity).findBy({ id: In([...ids]) });
  }

  findBodyByCode(congressId: string, code: string): Promise<BodyEntity | null> {
    return this.dataSource.getRepository(BodyEntity).findOneBy({ congressId, code });
  }

  findDelegation(congressId: string, countyId: string): Promise<BodyEntity | null> {
    return this.dataSource.getRepository(BodyEntity).findOneBy({ congressId, kind: 'county-delegation', jurisdictionId: countyId });
  }

  findBodyOfKind(manager: EntityManager, congressId: string, kind: BodyKind): Promise<BodyEntity | null> {
    return manager.findOneBy(BodyEntity, { congressId, kind });
  }

  /** One page of bodies, by kind then name (a stable order for cursors). */
  bodiesPage(congressId: string, filter: { kind?: BodyKind; jurisdictionId?: string }, offset: number, limit: number): Promise<[BodyEntity[], number]> {
    const where: FindOptionsWhere<BodyEntity> = { congressId };
    if (filter.kind) where.kind = filter.kind;
    if (filter.jurisdictionId) where.jurisdictionId = filter.jurisdictionId;
    return this.dataSource.getRepository(BodyEntity).findAndCount({ where, order: { kind: 'ASC', name: 'ASC', code: 'ASC' }, skip: offset, take: limit });
  }

  insertBody(manager: EntityManager, row: Pick<BodyEntity, 'congressId' | 'kind' | 'code' | 'name' | 'jurisdictionId'>): Promise<BodyEntity> {
    return manager.save(BodyEntity, manager.create(BodyEntity, row));
  }

  /** Terms that ran out end as completed before new assignments are judged (lazy expiry, no scheduler). */
  async closeExpired(manager: EntityManager, bodyId: string, today: string): Promise<void> {
    const ended = (await manager.query(
      `WITH ended AS (
         UPDATE "assemblies"."body_membership" SET "ended_at" = now(), "end_reason" = 'term-completed'
          WHERE "body_id" = $1 AND "ended_at" IS NULL AND "term_end" <= $2
         RETURNING "id")
       SELECT "id" FROM ended`,
      [bodyId, today],
    )) as Array<{ id: string }>;
    await appendMembershipChanges(
      manager,
      ended.map((row) => row.id),
    );
  }

  /** Memberships in force on `today`, officers first (in office order), then by name. */
  currentMemberships(bodyId: string, today: string, manager: EntityManager = this.dataSource.manager): Promise<BodyMembershipEntity[]> {
    return manager
      .createQueryBuilder(BodyMembershipEntity, 'm')
      .where('m.body_id = :bodyId AND m.ended_at IS NULL AND m.term_start <= :today AND m.term_end > :today', { bodyId, today })
      .orderBy(
        `CASE m.office WHEN 'chair' THEN 1 WHEN 'vice-chair' THEN 2 WHEN 'secretary' THEN 3 WHEN 'public-relations-officer' THEN 4 WHEN 'historian' THEN 5 ELSE 6 END`,
      )
      .addOrderBy('m.district_code', 'ASC', 'NULLS LAST')
      .addOrderBy('m.display_name', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
  }

  isCurrentMember(manager: EntityManager, bodyId: string, accountId: string, today: string): Promise<BodyMembershipEntity | null> {
    return manager
      .createQueryBuilder(BodyMembershipEntity, 'm')
      .where('m.body_id = :bodyId AND m.account_id = :accountId AND m.ended_at IS NULL AND m.term_start <= :today AND m.term_end > :today', {
        bodyId,
        accountId,
        today,
      })
      .getOne();
  }

  async insertMembership(
    manager: EntityManager,
    row: Omit<BodyMembershipEntity, 'id' | 'createdAt' | 'endedAt' | 'endReason' | 'endedBy'>,
  ): Promise<BodyMembershipEntity> {
    const saved = await manager.save(BodyMembershipEntity, manager.create(BodyMembershipEntity, { ...row, endedAt: null, endReason: null, endedBy: null }));
    await appendMembershipChanges(manager, [saved.id]);
    return saved;
  }

  lockMembership(manager: EntityManager, id: string): Promise<BodyMembershipEntity | null> {
    return manager.getRepository(BodyMembershipEntity).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
  }

  async endMembership(manager: EntityManager, id: string, reason: 'resigned' | 'removed', endedBy: string): Promise<void> {
    await manager.update(BodyMembershipEntity, { id }, { endedAt: new Date(), endReason: reason, endedBy });
    await appendMembershipChanges(manager, [id]);
  }

  /** Ends memberships as completed: a certified election replaced their holders. */
  async endReplacedMemberships(manager: EntityManager, ids: readonly string[], endedBy: string): Promise<void> {
    if (ids.length === 0) return;
    const ended = (await manager.query(
      `WITH ended AS (
         UPDATE "assemblies"."body_membership" SET "ended_at" = now(), "end_reason" = 'term-completed', "ended_by" = $2
          WHERE "id" = ANY($1::uuid[]) AND "ended_at" IS NULL
         RETURNING "id")
       SELECT "id" FROM ended`,
      [[...ids], endedBy],
    )) as Array<{ id: string }>;
    await appendMembershipChanges(
      manager,
      ended.map((row) => row.id),
    );
  }

  findMembership(manager: EntityManager, id: string): Promise<BodyMembershipEntity | null> {
    return manager.findOneBy(BodyMembershipEntity, { id });
  }

  /** Every stored membership of a person, newest first (their record across bodies). */
  membershipsOfAccount(accountId: string): Promise<BodyMembershipEntity[]> {
    return this.dataSource.getRepository(BodyMembershipEntity).find({ where: { accountId }, order: { termStart: 'DESC', createdAt: 'DESC' } });
  }

  async delegateInOffice(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<DelegateInOffice | null> {
    const rows = (await manager.query(`${DELEGATES_IN_OFFICE} AND t.account_id = $1 ORDER BY t.term_start DESC LIMIT 1`, [accountId])) as DelegateInOffice[];
    return rows[0] ?? null;
  }

  /** A county delegation's members: the county's delegates in office, by seat number. */
  delegatesOfCounty(countyId: string, manager: EntityManager = this.dataSource.manager): Promise<DelegateInOffice[]> {
    return manager.query(`${DELEGATES_IN_OFFICE} AND j.id = $1 ORDER BY s.number`, [countyId]) as Promise<DelegateInOffice[]>;
  }
}
