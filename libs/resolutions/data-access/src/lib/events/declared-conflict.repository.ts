import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface DeclaredConflictFact {
  conflictId: string;
  resolutionId: string;
  bodyCode: string;
  accountId: string;
  displayName: string;
  reason: string;
  declaredAt: Date;
}

/** Conflicts of interest declared in assemblies' bodies, by resolution. */
@Injectable()
export class DeclaredConflictRepository {
  /** Inserts the declaration once (keyed by the assemblies' conflict id); false if already known. */
  async insertOnce(manager: EntityManager, fact: DeclaredConflictFact): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO "resolutions"."declared_conflict"
         ("conflict_id", "resolution_id", "body_code", "account_id", "display_name", "reason", "declared_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ("conflict_id") DO NOTHING
       RETURNING "conflict_id"`,
      [fact.conflictId, fact.resolutionId, fact.bodyCode, fact.accountId, fact.displayName, fact.reason, fact.declaredAt],
    )) as unknown[];
    return rows.length > 0;
  }
}
