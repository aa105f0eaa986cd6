import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { JurisdictionEntity } from '../jurisdictions';
import { SeatEntity } from './seat.entity';
import { TenureEntity } from './tenure.entity';

/** Seats and the tenures of the people who hold them. */
@Injectable()
export class SeatRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  seatsOfJurisdictions(jurisdictionIds: readonly string[]): Promise<SeatEntity[]> {
    return this.dataSource.getRepository(SeatEntity).find({
      where: { jurisdictionId: In([...jurisdictionIds]) },
      order: { number: 'ASC' },
    });
  }

  seatsByIds(ids: readonly string[]): Promise<SeatEntity[]> {
    return this.dataSource.getRepository(SeatEntity).findBy({ id: In([...ids]) });
  }

  openTenuresOfSeats(seatIds: readonly string[]): Promise<TenureEntity[]> {
    return this.dataSource.getRepository(TenureEntity).findBy({ seatId: In([...seatIds]), endedAt: IsNull() });
  }

  /** Locks the seat row so that two appointments to one vacancy queue up. */
  lockSeat(manager: EntityManager, jurisdictionCode: string, number: number): Promise<(SeatEntity & { jurisdictionCode: string }) | null> {
    return manager
      .createQueryBuilder(SeatEntity, 'seat')
      .innerJoin(JurisdictionEntity, 'jurisdiction', 'jurisdiction.id = seat.jurisdiction_id')
      .addSelect('jurisdiction.code', 'jurisdiction_code')
      .setLock('pessimistic_write', undefined, ['seat'])
      .where('jurisdiction.code = :jurisdictionCode AND seat.number = :number', { jurisdictionCode, number })
      .getRawAndEntities()
      .then(({ entities, raw }) => {
        const seat = entities[0];
        const code = (raw[0] as { jurisdiction_code?: string } | undefined)?.jurisdiction_code;
        return seat && code ? Object.assign(seat, { jurisdictionCode: code }) : null;
      });
  }

  lockTenure(manager: EntityManager, tenureId: string): Promise<TenureEntity | null> {
    return manager.getRepository(TenureEntity).createQueryBuilder('tenure').setLock('pessimistic_write').where('tenure.id = :tenureId', { tenureId }).getOne();
  }

  findOpenTenure(manager: EntityManager, seatId: string): Promise<TenureEntity | null> {
    return manager.findOneBy(TenureEntity, { seatId, endedAt: IsNull() });
  }

  /** The seat's latest tenure, open or not: its term end is the vacancy's. */
  findLatestTenure(manager: EntityManager, seatId: string): Promise<TenureEntity | null> {
    return manager.findOne(TenureEntity, { where: { seatId }, order: { termStart: 'DESC', createdAt: 'DESC' } });
  }

  /** All of a person's tenures in one jurisdiction (for term limits). */
  tenuresOfAccountIn(manager: EntityManager, accountId: string, jurisdictionId: string): Promise<TenureEntity[]> {
    return manager
      .createQueryBuilder(TenureEntity, 'tenure')
      .innerJoin(SeatEntity, 'seat', 'seat.id = tenure.seat_id')
      .where('tenure.account_id = :accountId AND seat.jurisdiction_id = :jurisdictionId', { accountId, jurisdictionId })
      .getMany();
  }

  /** A delegate's record, newest first. */
  tenuresOfAccount(accountId: string, offset: number, limit: number): Promise<[TenureEntity[], number]> {
    return this.dataSource
      .getRepository(TenureEntity)
      .findAndCount({ where: { accountId }, order: { termStart: 'DESC', createdAt: 'DESC' }, skip: offset, take: limit });
  }

  /** Everyone in office, by jurisdiction code then seat number (a stable order for cursors). */
  async openTenuresPage(congressId: string, offset: number, limit: number): Promise<[TenureEntity[], number]> {
    const query = this.dataSource
      .createQueryBuilder(TenureEntity, 'tenure')
      .innerJoin(SeatEntity, 'seat', 'seat.id = tenure.seat_id')
      .innerJoin(JurisdictionEntity, 'jurisdiction', 'jurisdiction.id = seat.jurisdiction_id')
      .where('seat.congress_id = :congressId AND tenure.ended_at IS NULL', { congressId });
    const [rows, total] = await Promise.all([
      query.clone().orderBy('jurisdiction.code', 'ASC').addOrderBy('seat.number', 'ASC').offset(offset).limit(limit).getMany(),
      query.clone().getCount(),
    ]);
    return [rows, total];
  }

  async seatCounts(congressId: string): Promise<{ seats: number; filled: number }> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS seats, count(t.id)::int AS filled
         FROM "assemblies"."seat" s
         LEFT JOIN "assemblies"."tenure" t ON t.seat_id = s.id AND t.ended_at IS NULL
        WHERE s.congress_id = $1`,
      [congressId],
    )) as Array<{ seats: number; filled: number }>;
    return row ?? { seats: 0, filled: 0 };
  }

  /** Creates a new jurisdiction's seats from its tier's plan (seat n has seatClassCodes[n-1]), all vacant. */
  async createSeats(manager: EntityManager, congressId: string, jurisdictionId: string, seatClassCodes: readonly string[]): Promise<void> {
    if (seatClassCodes.length === 0) return;
    await manager.insert(
      SeatEntity,
      seatClassCodes.map((classCode, index) => ({ congressId, jurisdictionId, number: index + 1, classCode })),
    );
  }

  /**
   * Makes the seats match the plan: creates missing seats, updates classes, and deletes
   * seats the plan no longer has. Returns the number of seats that cannot be deleted
   * because someone holds or has held them (the caller refuses the change then).
   */
  async syncSeatPlan(
    manager: EntityManager,
    congressId: string,
    plans: ReadonlyArray<{ tierLevel: number; seatClassCodes: readonly string[] }>,
  ): Promise<{ blocked: number }> {
    for (const plan of plans) {
      if (plan.seatClassCodes.length === 0) continue;
      await manager.query(
        `INSERT INTO "assemblies"."seat" ("congress_id", "jurisdiction_id", "number", "class_code")
         SELECT $1, j.id, n, ($3::text[])[n]
           FROM "assemblies"."jurisdiction" j CROSS JOIN generate_series(1, cardinality($3::text[])) AS n
          WHERE j.congress_id = $1 AND j.tier_level = $2
         ON CONFLICT ("jurisdiction_id", "number") DO UPDATE SET "class_code" = EXCLUDED."class_code"
          WHERE "seat"."class_code" <> EXCLUDED."class_code"`,
        [congressId, plan.tierLevel, plan.seatClassCodes],
      );
    }
    const tiers = plans.map((plan) => plan.tierLevel);
    const counts = plans.map((plan) => plan.seatClassCodes.length);
    const excess = `
      FROM "assemblies"."seat" s
      JOIN "assemblies"."jurisdiction" j ON j.id = s.jurisdiction_id
      LEFT JOIN unnest($2::int[], $3::int[]) AS p(tier_level, seats) ON p.tier_level = j.tier_level
     WHERE s.congress_id = $1 AND (p.seats IS NULL OR s.number > p.seats)`;
    const [row] = (await manager.query(`SELECT count(*)::int AS blocked ${excess} AND EXISTS (SELECT 1 FROM "assemblies"."tenure" t WHERE t.seat_id = s.id)`, [
      congressId,
      tiers,
      counts,
    ])) as Array<{ blocked: number }>;
    const blocked = row?.blocked ?? 0;
    if (blocked === 0) {
      await manager.query(`DELETE FROM "assemblies"."seat" WHERE id IN (SELECT s.id ${excess})`, [congressId, tiers, counts]);
    }
    return { blocked };
  }
}
