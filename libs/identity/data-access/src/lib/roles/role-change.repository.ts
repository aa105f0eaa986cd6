import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { RoleHolding } from '@civic/identity-domain';
import { AccountEntity } from '../accounts';
import { RoleChangeEntity } from './role-change.entity';

/** Role changes: the account's current holding and the append-only history beside it. */
@Injectable()
export class RoleChangeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Role changes take turns (a transaction-scoped advisory lock), so that two admins revoking
   * each other at once cannot both pass the last-admin check.
   */
  async serialize(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('identity:role-changes'))`);
  }

  async countAdmins(manager: EntityManager): Promise<number> {
    const [row] = (await manager.query(`SELECT count(*)::int AS n FROM "identity"."account" WHERE 'admin' = ANY("roles")`)) as Array<{ n: number }>;
    return row?.n ?? 0;
  }

  saveHolding(accountId: string, holding: RoleHolding, manager: EntityManager): Promise<unknown> {
    return manager.update(AccountEntity, { id: accountId }, { roles: [...holding.roles], clerkOf: [...holding.clerkOf] });
  }

  append(changes: ReadonlyArray<RoleChangeEntity>, manager: EntityManager): Promise<unknown> {
    if (changes.length === 0) return Promise.resolve();
    return manager.insert(RoleChangeEntity, [...changes]);
  }

  /** One account's changes, newest first, and their total. */
  findPage(accountId: string, offset: number, limit: number): Promise<[RoleChangeEntity[], number]> {
    return this.dataSource.manager.findAndCount(RoleChangeEntity, {
      where: { accountId },
      order: { changedAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }
}
