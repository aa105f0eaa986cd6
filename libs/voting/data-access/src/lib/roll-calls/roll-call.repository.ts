import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { RollCallChoice, RollCallCount, RollCallStatus } from '@civic/voting-domain';
import type { Elector } from './roll-call-electorate.repository';
import { RollCallMemberEntity } from './roll-call-member.entity';
import { RollCallVoteChangeEntity, type RollCallVoteAction } from './roll-call-vote-change.entity';
import { RollCallEntity } from './roll-call.entity';

export type NewRollCall = Omit<
  RollCallEntity,
  'id' | 'status' | 'closedBy' | 'closedAt' | 'yes' | 'no' | 'abstain' | 'conflicts' | 'present' | 'quorumMet' | 'outcome'
>;

export interface RollCallFilter {
  bodyCode?: string;
  year?: number;
  status?: RollCallStatus;
}

/** Roll calls, their electorate and votes. Writes take the caller's transaction. */
@Injectable()
export class RollCallRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async create(manager: EntityManager, rollCall: NewRollCall, electorate: readonly Elector[]): Promise<RollCallEntity> {
    const saved = await manager.save(RollCallEntity, manager.create(RollCallEntity, { ...rollCall, status: 'open' }));
    if (electorate.length > 0) {
      await manager.insert(
        RollCallMemberEntity,
        electorate.map((member) => ({ ...member, rollCallId: saved.id })),
      );
    }
    return saved;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<RollCallEntity | null> {
    return manager.findOneBy(RollCallEntity, { id });
  }

  /**
   * The roll call locked until the transaction ends: 'share' lets members vote side by side
   * while it keeps the roll call from closing under them; 'update' (closing) waits for them.
   */
  lock(manager: EntityManager, id: string, mode: 'share' | 'update'): Promise<RollCallEntity | null> {
    return manager
      .createQueryBuilder(RollCallEntity, 'rollCall')
      .where('rollCall.id = :id', { id })
      .setLock(mode === 'update' ? 'pessimistic_write' : 'pessimistic_read')
      .getOne();
  }

  /** The member's row locked for update: their vote and conflict change one at a time. */
  lockMember(manager: EntityManager, rollCallId: string, accountId: string): Promise<RollCallMemberEntity | null> {
    return manager
      .createQueryBuilder(RollCallMemberEntity, 'member')
      .where('member.rollCallId = :rollCallId AND member.accountId = :accountId', { rollCallId, accountId })
      .setLock('pessimistic_write')
      .getOne();
  }

  async updateMember(manager: EntityManager, member: RollCallMemberEntity): Promise<void> {
    const { rollCallId, accountId, ...changes } = member;
    await manager.update(RollCallMemberEntity, { rollCallId, accountId }, changes);
  }

  async recordChange(
    manager: EntityManager,
    rollCallId: string,
    accountId: string,
    choice: RollCallChoice | null,
    action: RollCallVoteAction,
    at: Date,
  ): Promise<void> {
    await manager.insert(RollCallVoteChangeEntity, { rollCallId, accountId, choice, action, at });
  }

  async count(manager: EntityManager, rollCallId: string): Promise<RollCallCount> {
    const [row] = (await manager.query(
      `SELECT count(*) FILTER (WHERE "choice" = 'yes')::int AS yes,
              count(*) FILTER (WHERE "choice" = 'no')::int AS no,
              count(*) FILTER (WHERE "choice" = 'abstain')::int AS abstain,
              count(*) FILTER (WHERE "conflict_reason" IS NOT NULL)::int AS conflicts
         FROM "voting"."roll_call_member" WHERE "roll_call_id" = $1`,
      [rollCallId],
    )) as RollCallCount[];
    return row ?? { yes: 0, no: 0, abstain: 0, conflicts: 0 };
  }

  async close(
    manager: EntityManager,
    id: string,
    changes: Pick<RollCallEntity, 'closedBy' | 'closedAt' | 'yes' | 'no' | 'abstain' | 'conflicts' | 'present' | 'quorumMet' | 'outcome'>,
  ): Promise<void> {
    await manager.update(RollCallEntity, { id }, { ...changes, status: 'closed' });
  }

  list(filter: RollCallFilter, manager: EntityManager = this.dataSource.manager): Promise<RollCallEntity[]> {
    // Only the given criteria: an undefined one must not become "IS NULL" or an error.
    const where = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
    return manager.find(RollCallEntity, { where, order: { openedAt: 'DESC', id: 'ASC' } });
  }

  /** Members of the roll calls, by county then seat then name. */
  members(rollCallIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<RollCallMemberEntity[]> {
    return rollCallIds.length === 0
      ? Promise.resolve([])
      : manager
          .createQueryBuilder(RollCallMemberEntity, 'member')
          .where('member.rollCallId IN (:...rollCallIds)', { rollCallIds })
          .orderBy('member.countyCode', 'ASC', 'NULLS LAST')
          .addOrderBy('member.seatNumber', 'ASC', 'NULLS LAST')
          .addOrderBy('member.displayName', 'ASC')
          .addOrderBy('member.accountId', 'ASC')
          .getMany();
  }

  changes(rollCallId: string, accountIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<RollCallVoteChangeEntity[]> {
    return accountIds.length === 0
      ? Promise.resolve([])
      : manager.find(RollCallVoteChangeEntity, { where: { rollCallId, accountId: In([...accountIds]) }, order: { id: 'ASC' } });
  }
}
