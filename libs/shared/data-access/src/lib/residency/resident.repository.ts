import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { qualifiedTable } from '../database';
import type { ResidentRecord } from './resident-record';
import { ResidentEntity } from './resident.entity';

/** Reads and writes the residency read model; callers pass the transaction (or manager) to use. */
@Injectable()
export class ResidentRepository {
  /** Locked until the transaction ends, so that events about one account apply one after another. */
  async findForUpdate(manager: EntityManager, accountId: string): Promise<ResidentRecord | null> {
    const row = await manager
      .createQueryBuilder(ResidentEntity, 'resident')
      .where('resident.accountId = :accountId', { accountId })
      .setLock('pessimistic_write')
      .getOne();
    return row ? toRecord(row) : null;
  }

  async find(manager: EntityManager, accountId: string): Promise<ResidentRecord | null> {
    const row = await manager.findOneBy(ResidentEntity, { accountId });
    return row ? toRecord(row) : null;
  }

  /**
   * Stores the new state. The conflict clause repeats the newest-fact-wins rule, so two
   * first events about one account racing to insert cannot let the older one win.
   */
  async save(manager: EntityManager, resident: ResidentRecord, eventId: string): Promise<void> {
    await manager.query(
      `INSERT INTO ${qualifiedTable(manager, ResidentEntity)} AS current
         ("account_id", "jurisdiction_code", "status", "verified_at", "effective_at", "updated_at", "last_event_id", "display_name")
       VALUES ($1, $2, $3, $4, $5, now(), $6, $7)
       ON CONFLICT ("account_id") DO UPDATE SET
         "jurisdiction_code" = EXCLUDED."jurisdiction_code",
         "status" = EXCLUDED."status",
         "verified_at" = EXCLUDED."verified_at",
         "effective_at" = EXCLUDED."effective_at",
         "updated_at" = now(),
         "last_event_id" = EXCLUDED."last_event_id",
         "display_name" = EXCLUDED."display_name"
       WHERE current."effective_at" < EXCLUDED."effective_at"`,
      [resident.accountId, resident.jurisdictionCode, resident.status, resident.verifiedAt, resident.effectiveAt, eventId, resident.displayName],
    );
  }
}

function toRecord(row: ResidentEntity): ResidentRecord {
  return {
    accountId: row.accountId,
    jurisdictionCode: row.jurisdictionCode,
    status: row.status,
    verifiedAt: row.verifiedAt,
    effectiveAt: row.effectiveAt,
    displayName: row.displayName,
  };
}
