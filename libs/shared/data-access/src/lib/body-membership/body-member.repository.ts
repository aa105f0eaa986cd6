import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { qualifiedTable } from '../database';
import { BodyMemberEntity } from './body-member.entity';

/** A membership as of `changedAt`, as assemblies announced it. */
export interface BodyMemberFact {
  membershipId: string;
  bodyCode: string;
  bodyName: string;
  accountId: string;
  displayName: string;
  office: string | null;
  active: boolean;
  /** Calendar dates (YYYY-MM-DD). */
  termStart: string;
  termEnd: string;
  changedAt: Date;
}

/** Reads and writes the body-membership read model; callers pass the transaction (or manager) to use. */
@Injectable()
export class BodyMemberRepository {
  /**
   * Stores the membership as of `changedAt`. Events may arrive out of order (retries), so an
   * older fact never replaces a newer one; the conflict clause makes that hold under races too.
   * Returns false when the stored row was newer (or as new) and was kept.
   */
  async upsert(manager: EntityManager, fact: BodyMemberFact): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO ${qualifiedTable(manager, BodyMemberEntity)} AS current
         ("membership_id", "body_code", "body_name", "account_id", "display_name", "office", "active", "term_start", "term_end", "changed_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT ("membership_id") DO UPDATE SET
         "body_code" = EXCLUDED."body_code",
         "body_name" = EXCLUDED."body_name",
         "account_id" = EXCLUDED."account_id",
         "display_name" = EXCLUDED."display_name",
         "office" = EXCLUDED."office",
         "active" = EXCLUDED."active",
         "term_start" = EXCLUDED."term_start",
         "term_end" = EXCLUDED."term_end",
         "changed_at" = EXCLUDED."changed_at"
       WHERE current."changed_at" < EXCLUDED."changed_at"
       RETURNING "membership_id"`,
      [
        fact.membershipId,
        fact.bodyCode,
        fact.bodyName,
        fact.accountId,
        fact.displayName,
        fact.office,
        fact.active,
        fact.termStart,
        fact.termEnd,
        fact.changedAt,
      ],
    )) as unknown[];
    return rows.length > 0;
  }

  async find(manager: EntityManager, membershipId: string): Promise<BodyMemberFact | null> {
    const row = await manager.findOneBy(BodyMemberEntity, { membershipId });
    return row ? toFact(row) : null;
  }

  /** The body's current members (active memberships), by display name. */
  async activeMembers(manager: EntityManager, bodyCode: string): Promise<BodyMemberFact[]> {
    const rows = await manager.find(BodyMemberEntity, { where: { bodyCode, active: true }, order: { displayName: 'ASC', membershipId: 'ASC' } });
    return rows.map(toFact);
  }
}

function toFact(row: BodyMemberEntity): BodyMemberFact {
  return {
    membershipId: row.membershipId,
    bodyCode: row.bodyCode,
    bodyName: row.bodyName,
    accountId: row.accountId,
    displayName: row.displayName,
    office: row.office,
    active: row.active,
    termStart: row.termStart,
    termEnd: row.termEnd,
    changedAt: row.changedAt,
  };
}
