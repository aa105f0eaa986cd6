import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { VoterRollRow } from '@civic/identity-domain';
import { VoterCodeEntity } from './voter-code.entity';
import { VoterRollEntryEntity } from './voter-roll-entry.entity';

/** Roll entries and their voter codes. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class VoterRollRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Adds new voter ids and updates known ones (names, email, jurisdiction) in set-based
   * statements; a claim is never changed by an import. Returns how many were new.
   */
  async upsertEntries(rows: readonly VoterRollRow[], importId: string, manager: EntityManager): Promise<number> {
    let added = 0;
    for (let start = 0; start < rows.length; start += 5_000) {
      const chunk = rows.slice(start, start + 5_000);
      const result = (await manager.query(
        `INSERT INTO "identity"."voter_roll_entry" ("id", "voter_id", "first_name", "last_name", "email", "jurisdiction_code", "import_id")
         SELECT gen_random_uuid(), v.voter_id, v.first_name, v.last_name, v.email, v.code, $6
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS v(voter_id, first_name, last_name, email, code)
         ON CONFLICT ("voter_id") DO UPDATE
           SET "first_name" = EXCLUDED."first_name", "last_name" = EXCLUDED."last_name", "email" = EXCLUDED."email",
               "jurisdiction_code" = EXCLUDED."jurisdiction_code", "import_id" = EXCLUDED."import_id", "updated_at" = now()
         RETURNING (xmax = 0) AS "inserted"`,
        [
          chunk.map((row) => row.voterId),
          chunk.map((row) => row.firstName),
          chunk.map((row) => row.lastName),
          chunk.map((row) => row.email),
          chunk.map((row) => row.jurisdictionCode),
          importId,
        ],
      )) as Array<{ inserted: boolean }>;
      added += result.filter((row) => row.inserted).length;
    }
    return added;
  }

  findEntryByVoterId(voterId: string, manager: EntityManager = this.dataSource.manager): Promise<VoterRollEntryEntity | null> {
    return manager.findOneBy(VoterRollEntryEntity, { voterId });
  }

  /** Locks the entry and its code until the transaction ends: claims of one entry apply one after the other. */
  async findForClaim(voterId: string, manager: EntityManager): Promise<{ entry: VoterRollEntryEntity; code: VoterCodeEntity | null } | null> {
    const entry = await manager.findOne(VoterRollEntryEntity, { where: { voterId }, lock: { mode: 'pessimistic_write' } });
    if (!entry) return null;
    const code = await manager.findOne(VoterCodeEntity, { where: { rollEntryId: entry.id }, lock: { mode: 'pessimistic_write' } });
    return { entry, code };
  }

  findEntryClaimedBy(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<VoterRollEntryEntity | null> {
    return manager.findOneBy(VoterRollEntryEntity, { claimedBy: accountId });
  }

  /** Replaces the entry's code (a re-issue withdraws the previous one, attempts start again). */
  async replaceCode(code: Pick<VoterCodeEntity, 'rollEntryId' | 'codeHash' | 'issuedBy' | 'issuedAt' | 'expiresAt'>, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "identity"."voter_code" ("roll_entry_id", "code_hash", "issued_by", "issued_at", "expires_at", "failed_attempts", "used_at", "used_by")
       VALUES ($1, $2, $3, $4, $5, 0, NULL, NULL)
       ON CONFLICT ("roll_entry_id") DO UPDATE
         SET "code_hash" = EXCLUDED."code_hash", "issued_by" = EXCLUDED."issued_by", "issued_at" = EXCLUDED."issued_at",
             "expires_at" = EXCLUDED."expires_at", "failed_attempts" = 0, "used_at" = NULL, "used_by" = NULL`,
      [code.rollEntryId, code.codeHash, code.issuedBy, code.issuedAt, code.expiresAt],
    );
  }

  saveFailedAttempts(rollEntryId: string, failedAttempts: number, manager: EntityManager): Promise<unknown> {
    return manager.update(VoterCodeEntity, { rollEntryId }, { failedAttempts });
  }

  /** Marks the code used and the entry claimed; the unique `claimed_by` refuses a second entry for one account. */
  async claim(rollEntryId: string, accountId: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(VoterCodeEntity, { rollEntryId }, { usedAt: at, usedBy: accountId });
    await manager.update(VoterRollEntryEntity, { id: rollEntryId }, { claimedBy: accountId, claimedAt: at });
  }
}
