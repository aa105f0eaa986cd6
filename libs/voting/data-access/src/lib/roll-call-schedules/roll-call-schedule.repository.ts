import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { RollCallScheduleEntity, type RollCallScheduleStatus } from './roll-call-schedule.entity';

export type NewRollCallSchedule = Pick<RollCallScheduleEntity, 'motion' | 'rollCallId' | 'opensAt' | 'closesAt' | 'status' | 'scheduledBy'>;

/** Roll calls' scheduled openings and closings. Writes take the caller's transaction. */
@Injectable()
export class RollCallScheduleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async create(manager: EntityManager, schedule: NewRollCallSchedule): Promise<RollCallScheduleEntity> {
    const now = new Date();
    return manager.save(RollCallScheduleEntity, manager.create(RollCallScheduleEntity, { ...schedule, failure: null, scheduledAt: now, updatedAt: now }));
  }

  /** Locked for update until the transaction ends: a job, the sweep and staff change it one at a time. */
  lock(manager: EntityManager, id: string): Promise<RollCallScheduleEntity | null> {
    return manager.createQueryBuilder(RollCallScheduleEntity, 'schedule').where('schedule.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  lockByRollCall(manager: EntityManager, rollCallId: string): Promise<RollCallScheduleEntity | null> {
    return manager
      .createQueryBuilder(RollCallScheduleEntity, 'schedule')
      .where('schedule.rollCallId = :rollCallId', { rollCallId })
      .setLock('pessimistic_write')
      .getOne();
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: Partial<Pick<RollCallScheduleEntity, 'rollCallId' | 'closesAt' | 'status' | 'failure' | 'scheduledBy'>>,
  ): Promise<void> {
    await manager.update(RollCallScheduleEntity, { id }, { ...changes, updatedAt: new Date() });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<RollCallScheduleEntity | null> {
    return manager.findOneBy(RollCallScheduleEntity, { id });
  }

  forRollCalls(rollCallIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<RollCallScheduleEntity[]> {
    return rollCallIds.length === 0 ? Promise.resolve([]) : manager.findBy(RollCallScheduleEntity, { rollCallId: In([...rollCallIds]) });
  }

  /** Soonest opening first, then the newest scheduled. */
  list(status?: RollCallScheduleStatus, manager: EntityManager = this.dataSource.manager): Promise<RollCallScheduleEntity[]> {
    return manager.find(RollCallScheduleEntity, {
      where: status ? { status } : {},
      order: { opensAt: { direction: 'ASC', nulls: 'LAST' }, scheduledAt: 'DESC', id: 'ASC' },
    });
  }

  /** Schedules whose time passed without their job having acted (the sweep's question). */
  /**
   * Whether the roll call's scheduled closing time has passed by the database's clock while its
   * schedule still waits to close it (the job is late, or Redis is down).
   */
  async closeIsDue(manager: EntityManager, rollCallId: string): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM "voting"."roll_call_schedule" WHERE "roll_call_id" = $1 AND "status" = 'opened' AND "closes_at" <= clock_timestamp() LIMIT 1`,
      [rollCallId],
    )) as unknown[];
    return rows.length > 0;
  }

  async due(now: Date): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT "id" FROM "voting"."roll_call_schedule"
        WHERE ("status" = 'waiting' AND "opens_at" <= $1) OR ("status" = 'opened' AND "closes_at" <= $1)
        ORDER BY coalesce("opens_at", "closes_at"), "id"`,
      [now],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }
}
