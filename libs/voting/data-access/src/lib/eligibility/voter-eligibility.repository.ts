import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { qualifiedTable } from '@civic/data-access';
import type { Eligibility } from '@civic/voting-domain';
import { VoterEligibilityEntity } from './voter-eligibility.entity';

/** Reads and writes the eligibility read model; callers pass the transaction (or manager) to use. */
@Injectable()
export class VoterEligibilityRepository {
  /** The current eligibility, locked until the transaction ends so events for one account apply one after another. */
  async findForUpdate(manager: EntityManager, accountId: string): Promise<Eligibility | null> {
    const row = await manager
      .createQueryBuilder(VoterEligibilityEntity, 'eligibility')
      .where('eligibility.accountId = :accountId', { accountId })
      .setLock('pessimistic_write')
      .getOne();
    return row ? toEligibility(row) : null;
  }

  async find(manager: EntityManager, accountId: string): Promise<Eligibility | null> {
    const row = await manager.findOneBy(VoterEligibilityEntity, { accountId });
    return row ? toEligibility(row) : null;
  }

  /**
   * The jurisdiction the account votes in while eligible, else null: one indexed read of one
   * column, no entity (every ballot cast asks this).
   */
  async eligibleJurisdiction(manager: EntityManager, accountId: string): Promise<string | null> {
    const [row] = (await manager.query(
      `SELECT "jurisdiction_code" FROM ${qualifiedTable(manager, VoterEligibilityEntity)} WHERE "account_id" = $1 AND "status" = 'eligible'`,
      [accountId],
    )) as Array<{
      jurisdiction_code: string;
    }>;
    return row?.jurisdiction_code ?? null;
  }

  /**
   * Stores the new state. The conflict clause repeats the newest-fact-wins rule, so two
   * first events for one account racing to insert cannot let the older one win.
   */
  async save(manager: EntityManager, eligibility: Eligibility, eventId: string): Promise<void> {
    await manager.query(
      `INSERT INTO ${qualifiedTable(manager, VoterEligibilityEntity)} AS current
         ("account_id", "jurisdiction_code", "status", "method", "verified_at", "effective_at", "updated_at", "last_event_id")
       VALUES ($1, $2, $3, $4, $5, $6, now(), $7)
       ON CONFLICT ("account_id") DO UPDATE SET
         "jurisdiction_code" = EXCLUDED."jurisdiction_code",
         "status" = EXCLUDED."status",
         "method" = EXCLUDED."method",
         "verified_at" = EXCLUDED."verified_at",
         "effective_at" = EXCLUDED."effective_at",
         "updated_at" = now(),
         "last_event_id" = EXCLUDED."last_event_id"
       WHERE current."effective_at" < EXCLUDED."effective_at"`,
      [eligibility.accountId, eligibility.jurisdictionCode, eligibility.status, eligibility.method, eligibility.verifiedAt, eligibility.effectiveAt, eventId],
    );
  }
}

/** The table as the datasource maps it (schema-qualified when it has one). */
function toEligibility(row: VoterEligibilityEntity): Eligibility {
  return {
    accountId: row.accountId,
    jurisdictionCode: row.jurisdictionCode,
    status: row.status,
    method: row.method,
    verifiedAt: row.verifiedAt,
    effectiveAt: row.effectiveAt,
  };
}
