import type { EntityManager } from 'typeorm';
import type { JurisdictionChangedPayload } from '@civic/contracts';
import { appendManyToOutbox } from '@civic/data-access';

interface JurisdictionRow extends Omit<JurisdictionChangedPayload, 'changedAt'> {
  changedAt: Date;
}

/** A jurisdiction as it was before its removal (the row is gone by the time the event is written). */
export interface RemovedJurisdiction {
  code: string;
  name: string;
  tierLevel: number;
  parentCode: string | null;
}

/**
 * Appends 'assemblies.jurisdiction-changed' for each jurisdiction as it stands in the
 * caller's transaction (added, renamed, moved), parents first. `changedAt` is the
 * database's clock when written: tree edits are serialised by the configuration lock, so a
 * later edit always carries a later time and consumers keep the newest.
 */
export async function appendJurisdictionChanges(manager: EntityManager, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  const rows = (await manager.query(
    `SELECT j.code, j.name, j.tier_level AS "tierLevel", p.code AS "parentCode", false AS removed, clock_timestamp() AS "changedAt"
       FROM "assemblies"."jurisdiction" j
       LEFT JOIN "assemblies"."jurisdiction" p ON p.id = j.parent_id
      WHERE j.code = ANY($1::text[])
      ORDER BY j.tier_level, j.code`,
    [[...codes]],
  )) as JurisdictionRow[];
  await appendManyToOutbox(manager, 'assemblies.jurisdiction-changed', rows.map(toPayload));
}

/** Appends 'assemblies.jurisdiction-changed' with `removed: true` for a jurisdiction taken out of the tree. */
export async function appendJurisdictionRemoved(manager: EntityManager, removed: RemovedJurisdiction): Promise<void> {
  const [clock] = (await manager.query(`SELECT clock_timestamp() AS "changedAt"`)) as Array<{ changedAt: Date }>;
  if (!clock) throw new Error('the database returned no time');
  await appendManyToOutbox(manager, 'assemblies.jurisdiction-changed', [toPayload({ ...removed, removed: true, changedAt: clock.changedAt })]);
}

function toPayload(row: JurisdictionRow): JurisdictionChangedPayload {
  return {
    code: row.code,
    name: row.name,
    tierLevel: row.tierLevel,
    parentCode: row.parentCode,
    removed: row.removed,
    changedAt: new Date(row.changedAt).toISOString(),
  };
}
