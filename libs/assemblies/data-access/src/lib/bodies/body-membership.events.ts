import type { EntityManager } from 'typeorm';
import type { BodyMembershipChangedPayload } from '@civic/contracts';
import { appendManyToOutbox } from '@civic/data-access';

interface MembershipChangeRow extends Omit<BodyMembershipChangedPayload, 'changedAt'> {
  changedAt: Date;
}

/**
 * Appends 'assemblies.body-membership-changed' for each membership, as it stands in the
 * caller's transaction: active while open, inactive once ended. Every write that begins
 * or ends a membership calls this in its own transaction, so the resolutions service's copy
 * of who sits on which body (committee referrals, conflicts) cannot miss one.
 */
export async function appendMembershipChanges(manager: EntityManager, membershipIds: readonly string[]): Promise<void> {
  if (membershipIds.length === 0) return;
  const rows = (await manager.query(
    `SELECT m.id AS "membershipId", b.code AS "bodyCode", b.name AS "bodyName", b.kind AS "bodyKind",
            m.account_id AS "accountId", m.display_name AS "displayName", m.office,
            m.ended_at IS NULL AS active,
            to_char(m.term_start, 'YYYY-MM-DD') AS "termStart", to_char(m.term_end, 'YYYY-MM-DD') AS "termEnd",
            coalesce(m.ended_at, m.created_at) AS "changedAt"
       FROM "assemblies"."body_membership" m
       JOIN "assemblies"."body" b ON b.id = m.body_id
      WHERE m.id = ANY($1::uuid[])
      ORDER BY coalesce(m.ended_at, m.created_at), m.id`,
    [[...membershipIds]],
  )) as MembershipChangeRow[];
  await appendManyToOutbox(
    manager,
    'assemblies.body-membership-changed',
    rows.map((row) => ({
      membershipId: row.membershipId,
      bodyCode: row.bodyCode,
      bodyName: row.bodyName,
      bodyKind: row.bodyKind,
      accountId: row.accountId,
      displayName: row.displayName,
      office: row.office,
      active: row.active,
      termStart: row.termStart,
      termEnd: row.termEnd,
      changedAt: new Date(row.changedAt).toISOString(),
    })),
  );
}
