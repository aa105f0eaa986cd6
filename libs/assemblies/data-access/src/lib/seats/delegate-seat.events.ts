import type { EntityManager } from 'typeorm';
import type { DelegateSeatChangedPayload } from '@civic/contracts';
import { appendManyToOutbox } from '@civic/data-access';

interface SeatChangeRow extends Omit<DelegateSeatChangedPayload, 'changedAt'> {
  changedAt: Date;
}

/**
 * Appends 'assemblies.delegate-seat-changed' for each tenure, as it stands in the caller's
 * transaction: active while open, inactive once ended; `changedAt` is when it began or
 * ended, so a consumer keeps the newest state whatever the delivery order. Every write that
 * begins or ends a tenure (certification, appointment, resignation, removal, term
 * extension, the demo seed) calls this in its own transaction, so the voting service's
 * roll of delegates cannot miss one.
 */
export async function appendDelegateSeatChanges(manager: EntityManager, tenureIds: readonly string[]): Promise<void> {
  if (tenureIds.length === 0) return;
  const rows = (await manager.query(
    `SELECT t.id AS "tenureId", t.account_id AS "accountId", t.display_name AS "displayName",
            j.code AS "countyCode", s.number AS "seatNumber", t.ended_at IS NULL AS active,
            to_char(t.term_start, 'YYYY-MM-DD') AS "termStart", to_char(t.term_end, 'YYYY-MM-DD') AS "termEnd",
            coalesce(t.ended_at, t.created_at) AS "changedAt"
       FROM "assemblies"."tenure" t
       JOIN "assemblies"."seat" s ON s.id = t.seat_id
       JOIN "assemblies"."jurisdiction" j ON j.id = s.jurisdiction_id
      WHERE t.id = ANY($1::uuid[])
      ORDER BY coalesce(t.ended_at, t.created_at), j.code, s.number, t.id`,
    [[...tenureIds]],
  )) as SeatChangeRow[];
  await appendManyToOutbox(
    manager,
    'assemblies.delegate-seat-changed',
    rows.map((row) => ({
      tenureId: row.tenureId,
      accountId: row.accountId,
      displayName: row.displayName,
      countyCode: row.countyCode,
      seatNumber: row.seatNumber,
      active: row.active,
      termStart: row.termStart,
      termEnd: row.termEnd,
      changedAt: new Date(row.changedAt).toISOString(),
    })),
  );
}
