import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Role } from '@civic/contracts';
import type { LockoutState, MailLanguage, Residency, ResidencyStatus } from '@civic/identity-domain';
import { AccountEntity } from './account.entity';

export interface AccountFilter {
  /** Part of the email, case-insensitive. */
  emailContains?: string;
  jurisdictionCode?: string;
  residencyStatus?: ResidencyStatus;
  role?: Role;
}

export type NewAccount = Pick<AccountEntity, 'id' | 'email' | 'displayName' | 'passwordHash' | 'roles'> & {
  residency: Residency;
  language?: MailLanguage | null;
};

/** Reads and writes of accounts. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class AccountRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<AccountEntity | null> {
    return manager.findOneBy(AccountEntity, { id });
  }

  findByIds(ids: readonly string[]): Promise<AccountEntity[]> {
    return this.dataSource.manager.findBy(AccountEntity, { id: In([...ids]) });
  }

  /** `email` must already be normalized. */
  findByEmail(email: string): Promise<AccountEntity | null> {
    return this.dataSource.manager.findOneBy(AccountEntity, { email });
  }

  findByEmails(emails: readonly string[], manager: EntityManager): Promise<AccountEntity[]> {
    return manager.findBy(AccountEntity, { email: In([...emails]) });
  }

  /** Locks the row until the transaction ends, so concurrent changes apply one after the other. */
  findByIdForUpdate(id: string, manager: EntityManager): Promise<AccountEntity | null> {
    return manager.findOne(AccountEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts; returns false when the email is taken (no exception, no half-written row). */
  async insert(account: NewAccount, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(AccountEntity)
      .values({ ...toColumns(account) })
      .orIgnore()
      .returning(['id'])
      .execute();
    return Array.isArray(result.raw) && result.raw.length > 0;
  }

  saveLockout(id: string, state: LockoutState, manager: EntityManager): Promise<unknown> {
    return manager.update(AccountEntity, { id }, { failedSignInCount: state.failedSignInCount, lockedUntil: state.lockedUntil });
  }

  /** Marks the email verified (keeps the first time it was). */
  markEmailVerified(id: string, at: Date, manager: EntityManager): Promise<unknown> {
    return manager.query(`UPDATE "identity"."account" SET "email_verified_at" = COALESCE("email_verified_at", $2), "updated_at" = now() WHERE "id" = $1`, [
      id,
      at,
    ]);
  }

  /** A new password; the lockout is cleared with it. */
  savePassword(id: string, passwordHash: string, manager: EntityManager): Promise<unknown> {
    return manager.update(AccountEntity, { id }, { passwordHash, failedSignInCount: 0, lockedUntil: null });
  }

  saveResidency(id: string, residency: Residency, manager: EntityManager): Promise<unknown> {
    return manager.update(AccountEntity, { id }, residencyColumns(residency));
  }

  /** Verifies many residencies in one statement (voter-roll imports, the demo seed). */
  async saveVerifiedResidencies(changes: ReadonlyArray<{ accountId: string; residency: Residency }>, manager: EntityManager): Promise<void> {
    for (let start = 0; start < changes.length; start += 5_000) {
      const chunk = changes.slice(start, start + 5_000);
      await manager.query(
        `UPDATE "identity"."account" AS a
            SET "residency_jurisdiction_code" = v.code, "residency_status" = v.status,
                "residency_method" = v.method, "residency_verified_at" = v.verified_at, "updated_at" = now()
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
                AS v(id, code, status, method, verified_at)
          WHERE a."id" = v.id`,
        [
          chunk.map((change) => change.accountId),
          chunk.map((change) => change.residency.jurisdictionCode),
          chunk.map((change) => change.residency.status),
          chunk.map((change) => change.residency.method),
          chunk.map((change) => change.residency.verifiedAt?.toISOString() ?? null),
        ],
      );
    }
  }

  /** One page, oldest first (stable under inserts at the end), and the total. */
  findPage(filter: AccountFilter, offset: number, limit: number): Promise<[AccountEntity[], number]> {
    const query = this.dataSource.manager
      .createQueryBuilder(AccountEntity, 'account')
      .orderBy('account.createdAt', 'ASC')
      .addOrderBy('account.id', 'ASC')
      .skip(offset)
      .take(limit);
    if (filter.emailContains) {
      query.andWhere(`account.email LIKE :pattern ESCAPE '\\'`, {
        pattern: `%${filter.emailContains.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    if (filter.jurisdictionCode) query.andWhere('account.residencyJurisdictionCode = :code', { code: filter.jurisdictionCode });
    if (filter.residencyStatus) query.andWhere('account.residencyStatus = :status', { status: filter.residencyStatus });
    if (filter.role) query.andWhere(':role = ANY(account.roles)', { role: filter.role });
    return query.getManyAndCount();
  }
}

export function residencyOf(account: AccountEntity): Residency {
  return {
    jurisdictionCode: account.residencyJurisdictionCode,
    status: account.residencyStatus,
    method: account.residencyMethod,
    verifiedAt: account.residencyVerifiedAt,
  };
}

function residencyColumns(residency: Residency): Partial<AccountEntity> {
  return {
    residencyJurisdictionCode: residency.jurisdictionCode,
    residencyStatus: residency.status,
    residencyMethod: residency.method,
    residencyVerifiedAt: residency.verifiedAt,
  };
}

function toColumns(account: NewAccount): Partial<AccountEntity> {
  const { residency, ...rest } = account;
  return { ...rest, ...residencyColumns(residency) };
}
